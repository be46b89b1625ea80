package de.lagezentrum.briefing.video;

import java.net.URI;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import de.lagezentrum.briefing.VideoKind;

/**
 * Where briefings' video rooms are held, bound from {@code lagezentrum.briefing.video.*} (see
 * docs/operations.md). The secrets never appear in {@link #toString()}, so they cannot reach a log.
 *
 * @param kind the kind of room every briefing gets; {@code LINK} (the link entered per briefing) by default
 * @param bbb the BigBlueButton server, needed for {@code BIGBLUEBUTTON}
 * @param jitsi the Jitsi server, needed for {@code JITSI}
 */
@ConfigurationProperties("lagezentrum.briefing.video")
public record VideoProperties(@DefaultValue("LINK") VideoKind kind, @DefaultValue Bbb bbb,
        @DefaultValue Jitsi jitsi) {

    /**
     * A BigBlueButton server. With a secret but another kind, only the recording-ready callback is checked.
     *
     * @param url the API's base address, e.g. {@code https://bbb.example/bigbluebutton/api}
     * @param secret the shared secret ({@code bbb-conf --secret}), at least 32 characters
     * @param checksum the checksum's hash; {@code SHA1} only for old servers
     * @param joinWithPassword whether joins also carry the role's password, for servers before role support
     * @param timeout how long one API call may take
     */
    public record Bbb(@Nullable URI url, @Nullable String secret, @DefaultValue("SHA256") ChecksumAlgorithm checksum,
            @DefaultValue("false") boolean joinWithPassword, @DefaultValue("PT10S") Duration timeout) {

        @Override
        public String toString() {
            return "Bbb[url=" + url + ", secret=" + (secret == null ? "none" : "***") + ", checksum=" + checksum
                    + ", joinWithPassword=" + joinWithPassword + ", timeout=" + timeout + "]";
        }
    }

    /**
     * A Jitsi server with token authentication (Prosody's {@code token} module).
     *
     * @param url the server's address, e.g. {@code https://meet.example}
     * @param appId the application id Prosody expects as the token's issuer ({@code app_id})
     * @param secret the application secret tokens are signed with ({@code app_secret}), at least 32 characters
     * @param validBeforeStart how long before a briefing's start its tokens are valid
     * @param validAfterEnd how long after its planned end they stay valid
     */
    public record Jitsi(@Nullable URI url, @Nullable String appId, @Nullable String secret,
            @DefaultValue("PT30M") Duration validBeforeStart, @DefaultValue("PT1H") Duration validAfterEnd) {

        @Override
        public String toString() {
            return "Jitsi[url=" + url + ", appId=" + appId + ", secret=" + (secret == null ? "none" : "***")
                    + ", validBeforeStart=" + validBeforeStart + ", validAfterEnd=" + validAfterEnd + "]";
        }
    }
}
