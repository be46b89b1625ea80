package de.lagezentrum.briefing.video;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * Briefings' rooms on BigBlueButton: one meeting per briefing, its id and passwords derived with the
 * shared secret ({@link RoomIds}), panel members as moderators, journalists as viewers.
 */
class BigBlueButtonRooms {

    private final BigBlueButtonClient client;
    private final RoomIds ids;
    private final URI recordingReadyUrl;
    private final boolean joinWithPassword;

    BigBlueButtonRooms(BigBlueButtonClient client, RoomIds ids, URI recordingReadyUrl, boolean joinWithPassword) {
        this.client = client;
        this.ids = ids;
        this.recordingReadyUrl = recordingReadyUrl;
        this.joinWithPassword = joinWithPassword;
    }

    /** Creates the meeting if BigBlueButton does not hold it yet, and signs the participant's join. */
    URI joinUrl(VideoRooms.Room room, VideoRooms.Participant participant) {
        String meetingId = meetingId(room);
        BigBlueButtonClient.Meeting meeting = client.create(meetingId, room.title(), password("moderator", meetingId),
                password("attendee", meetingId), recordingReadyUrl);
        String role = participant.moderator() ? "moderator" : "attendee";
        return client.joinUrl(meeting, participant.displayName(), participant.userId().toString(),
                participant.moderator(), joinWithPassword ? password(role, meetingId) : null);
    }

    boolean isRunning(VideoRooms.Room room) {
        return client.isMeetingRunning(meetingId(room));
    }

    List<BigBlueButtonRecording> recordings(VideoRooms.Room room) {
        return client.recordings(meetingId(room));
    }

    boolean end(VideoRooms.Room room) {
        String meetingId = meetingId(room);
        return client.end(meetingId, joinWithPassword ? password("moderator", meetingId) : null);
    }

    Optional<RoomIds.Briefing> briefingOf(String meetingId) {
        return ids.briefingOf(meetingId);
    }

    String meetingId(VideoRooms.Room room) {
        return ids.meetingId(room.tenantId(), room.briefingId());
    }

    private String password(String role, String meetingId) {
        return ids.password(role, meetingId);
    }
}
