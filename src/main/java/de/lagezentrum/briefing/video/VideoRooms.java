package de.lagezentrum.briefing.video;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;

import de.lagezentrum.briefing.BriefingRecordingReady;
import de.lagezentrum.briefing.VideoKind;

/**
 * The video room of a briefing, of the kind the installation is configured for: the join address of
 * one participant, and the recording-ready callback of BigBlueButton. Who may join is decided by the
 * caller (accredited journalists and the panel of that briefing only); the address it gets here is
 * valid for that briefing's room only.
 */
public class VideoRooms {

    /** Where BigBlueButton reports processed recordings. */
    public static final String RECORDING_READY_PATH = "/api/v1/briefings/video/recording-ready";

    private final VideoKind kind;
    private final @Nullable BigBlueButtonClient bigBlueButton;
    private final @Nullable RecordingReadyVerifier recordingReady;
    private final @Nullable JitsiTokens jitsi;
    private final URI recordingReadyUrl;
    private final ApplicationEventPublisher events;

    VideoRooms(VideoKind kind, @Nullable BigBlueButtonClient bigBlueButton,
            @Nullable RecordingReadyVerifier recordingReady, @Nullable JitsiTokens jitsi, URI baseUrl,
            ApplicationEventPublisher events) {
        this.kind = kind;
        this.bigBlueButton = bigBlueButton;
        this.recordingReady = recordingReady;
        this.jitsi = jitsi;
        String base = baseUrl.toString();
        this.recordingReadyUrl = URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base)
                + RECORDING_READY_PATH);
        this.events = events;
    }

    /** The kind of room briefings get. */
    public VideoKind kind() {
        return kind;
    }

    /**
     * The address that lets one participant into a briefing's room. For BigBlueButton the meeting is
     * created (recorded) first if it is not running yet; for a plain link the briefing's link is
     * returned as it is.
     *
     * @param room the briefing
     * @param participant who joins; panel members join as moderators, journalists as viewers
     * @throws BigBlueButtonException when BigBlueButton refuses or cannot be reached
     * @throws IllegalArgumentException for {@code LINK} when the briefing has no https link
     */
    public URI joinUrl(Room room, Participant participant) {
        return switch (kind) {
            case BIGBLUEBUTTON -> {
                BigBlueButtonClient client = Objects.requireNonNull(bigBlueButton);
                String meetingId = client.meetingId(room.briefingId());
                if (!client.isMeetingRunning(meetingId)) {
                    client.create(meetingId, room.title(), recordingReadyUrl);
                }
                yield client.joinUrl(meetingId, participant.name(), participant.userId(), participant.moderator());
            }
            case JITSI -> Objects.requireNonNull(jitsi).joinUrl(room.briefingId(), room.start(), room.end(),
                    participant.name(), participant.userId(), participant.moderator());
            case LINK -> {
                URI link = room.link();
                if (link == null || !"https".equals(link.getScheme()) || link.getHost() == null) {
                    throw new IllegalArgumentException("A briefing held by link needs an https link");
                }
                yield link;
            }
        };
    }

    /** The meeting id BigBlueButton knows a briefing by, to match {@link BriefingRecordingReady#meetingId()}. */
    public @Nullable String meetingId(String briefingId) {
        return bigBlueButton == null ? null : bigBlueButton.meetingId(briefingId);
    }

    /**
     * Verifies BigBlueButton's recording-ready callback and publishes {@link BriefingRecordingReady}.
     *
     * @throws ForgedCallbackException when the token is not BigBlueButton's (or no BigBlueButton is configured)
     */
    @Transactional
    public BriefingRecordingReady recordingReady(String signedParameters) {
        if (recordingReady == null) {
            throw new ForgedCallbackException("No BigBlueButton is configured");
        }
        BriefingRecordingReady ready = recordingReady.verify(signedParameters);
        events.publishEvent(ready);
        return ready;
    }

    /**
     * A briefing's room.
     *
     * @param briefingId the briefing's id; the room's name is derived from it with the secret
     * @param title the meeting's name in BigBlueButton
     * @param start when the briefing begins
     * @param end when it ends
     * @param link the room's address for {@code LINK}; ignored otherwise
     */
    public record Room(String briefingId, String title, Instant start, Instant end, @Nullable URI link) {
    }

    /**
     * Who joins.
     *
     * @param name the name the others see
     * @param userId the account's id, for the video server's records
     * @param moderator whether the participant moderates (the panel) or only watches and listens (journalists)
     */
    public record Participant(String name, String userId, boolean moderator) {
    }
}
