package de.lagezentrum.briefing.video;

import java.net.URI;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import de.lagezentrum.briefing.VideoKind;

/**
 * Where briefings' video rooms are held, bound from {@code lagezentrum.briefing.video.*}. The secrets
 * never appear in {@link #toString()}, so they cannot reach a log.
 *
 * @param kind the kind of room every briefing gets; {@code LINK} (a link given per briefing) by default
 * @param bbb the BigBlueButton server, needed for {@code BIGBLUEBUTTON}
 * @param jitsi the Jitsi server, needed for {@code JITSI}
 * @param tokenMargin the join window of BigBlueButton and Jitsi rooms: how long before a briefing's start
 *        the room opens (and a Jitsi token becomes valid) and how long after its end it stays open
 */
@ConfigurationProperties("lagezentrum.briefing.video")
public record VideoProperties(@DefaultValue("LINK") VideoKind kind, @DefaultValue Bbb bbb,
        @DefaultValue Jitsi jitsi, @DefaultValue("PT30M") Duration tokenMargin) {

    /**
     * A BigBlueButton server.
     *
     * @param url the API's base address, e.g. {@code https://bbb.example/bigbluebutton/api}
     * @param secret the shared secret ({@code bbb-conf --secret})
     */
    public record Bbb(@Nullable URI url, @Nullable String secret) {

        @Override
        public String toString() {
            return "Bbb[url=" + url + ", secret=" + (secret == null ? "none" : "***") + "]";
        }
    }

    /**
     * A Jitsi server with token authentication.
     *
     * @param url the server's address, e.g. {@code https://meet.example}
     * @param appId the application id Prosody expects as the token's issuer
     * @param secret the application secret tokens are signed with (HS256, at least 32 bytes)
     */
    public record Jitsi(@Nullable URI url, @Nullable String appId, @Nullable String secret) {

        @Override
        public String toString() {
            return "Jitsi[url=" + url + ", appId=" + appId + ", secret=" + (secret == null ? "none" : "***") + "]";
        }
    }
}
