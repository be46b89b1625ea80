package de.lagezentrum.briefing.video;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import de.lagezentrum.briefing.VideoKind;
import de.lagezentrum.briefing.video.RecordingInbox.Receipt;
import de.lagezentrum.platform.web.NotFoundException;

/**
 * The video room of a briefing, of the kind the installation is configured for: the join address of
 * one participant, and the recording-ready callback of BigBlueButton. Who may join, and when, is decided
 * by {@link RoomEntrance}; the address it gets here is valid for that briefing's room only (the
 * BigBlueButton meeting id and the Jitsi room are derived from the briefing with the secret).
 */
public class VideoRooms {

    /** Where BigBlueButton reports processed recordings. */
    public static final String RECORDING_READY_PATH = "/api/v1/briefings/video/recording-ready";

    private final VideoKind kind;
    private final @Nullable BigBlueButtonClient bigBlueButton;
    private final @Nullable RecordingReadyVerifier recordingReady;
    private final @Nullable MeetingIds meetings;
    private final @Nullable JitsiTokens jitsi;
    private final URI recordingReadyUrl;
    private final RecordingInbox inbox;

    /**
     * @param bbbSecret BigBlueButton's shared secret, which the callback is verified with; null when none
     *        is configured (every callback is refused)
     */
    VideoRooms(VideoKind kind, @Nullable BigBlueButtonClient bigBlueButton, @Nullable String bbbSecret,
            @Nullable JitsiTokens jitsi, URI baseUrl, RecordingInbox inbox) {
        this.kind = kind;
        this.bigBlueButton = bigBlueButton;
        this.recordingReady = bbbSecret == null ? null : new RecordingReadyVerifier(bbbSecret);
        this.meetings = bbbSecret == null ? null : new MeetingIds(bbbSecret);
        this.jitsi = jitsi;
        String base = baseUrl.toString();
        this.recordingReadyUrl = URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base)
                + RECORDING_READY_PATH);
        this.inbox = inbox;
    }

    /** The kind of room briefings get. */
    public VideoKind kind() {
        return kind;
    }

    /**
     * The address that lets one participant into a briefing's room. For BigBlueButton the meeting is
     * created (recorded; a running one is only looked up) and the address bound to that run of it; for
     * a plain link the briefing's link is returned as it is.
     *
     * @param room the briefing
     * @param participant who joins; the panel joins as moderators, journalists as viewers
     * @throws BigBlueButtonException when BigBlueButton refuses or cannot be reached
     * @throws IllegalArgumentException for {@code LINK} when the briefing has no https link
     */
    public URI joinUrl(Room room, Participant participant) {
        return switch (kind) {
            case BIGBLUEBUTTON -> {
                BigBlueButtonClient client = Objects.requireNonNull(bigBlueButton);
                String meetingId = client.meetingId(room.tenantId(), room.briefingId());
                String createTime = client.create(meetingId, room.title(), recordingReadyUrl);
                yield client.joinUrl(meetingId, participant.name(), participant.userId(), participant.moderator(),
                        createTime);
            }
            case JITSI -> Objects.requireNonNull(jitsi).joinUrl(room.briefingId().toString(), room.start(),
                    room.end(), participant.name(), participant.userId(), participant.moderator());
            case LINK -> {
                URI link = room.link();
                if (link == null || !"https".equals(link.getScheme()) || link.getHost() == null) {
                    throw new IllegalArgumentException("A briefing held by link needs an https link");
                }
                yield link;
            }
        };
    }

    /** Ends a briefing's BigBlueButton meeting, if one runs; nothing for other kinds of room. */
    public void end(UUID tenantId, UUID briefingId) {
        if (kind == VideoKind.BIGBLUEBUTTON) {
            BigBlueButtonClient client = Objects.requireNonNull(bigBlueButton);
            client.end(client.meetingId(tenantId, briefingId));
        }
    }

    /** The meeting id BigBlueButton knows a briefing by; null without a BigBlueButton secret. */
    public @Nullable String meetingId(UUID tenantId, UUID briefingId) {
        return meetings == null ? null : meetings.of(tenantId, briefingId);
    }

    /**
     * Verifies BigBlueButton's recording-ready callback and publishes
     * {@link de.lagezentrum.briefing.BriefingRecordingReady} once per recording.
     *
     * @return whether the recording was new or reported before
     * @throws ForgedCallbackException when the token is not BigBlueButton's (or no BigBlueButton is configured)
     * @throws NotFoundException when the meeting id is not one of ours (malformed, its tag forged) or
     *         names a briefing its municipality does not have
     */
    public Receipt recordingReady(String signedParameters) {
        if (recordingReady == null || meetings == null) {
            throw new ForgedCallbackException("No BigBlueButton is configured");
        }
        RecordingReadyVerifier.Callback callback = recordingReady.verify(signedParameters);
        MeetingIds.Briefing briefing = meetings.briefingOf(callback.meetingId())
                .orElseThrow(() -> new NotFoundException("Meeting"));
        Receipt receipt = inbox.receive(briefing.tenantId(), briefing.briefingId(), callback.meetingId(),
                callback.recordId());
        if (receipt == Receipt.UNKNOWN_BRIEFING) {
            throw new NotFoundException("Meeting");
        }
        return receipt;
    }

    /**
     * A briefing's room.
     *
     * @param tenantId the briefing's municipality
     * @param briefingId the briefing's id; the room's name is derived from it with the secret
     * @param title the meeting's name in BigBlueButton
     * @param start when the briefing begins
     * @param end when it ends
     * @param link the room's address for {@code LINK}; ignored otherwise
     */
    public record Room(UUID tenantId, UUID briefingId, String title, Instant start, Instant end,
            @Nullable URI link) {
    }

    /**
     * Who joins.
     *
     * @param name the name the others see
     * @param userId the person's id, for the video server's records
     * @param moderator whether the participant moderates (the panel) or only watches and listens (journalists)
     */
    public record Participant(String name, String userId, boolean moderator) {
    }
}
