package de.lagezentrum.briefing.video;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A recording as BigBlueButton's {@code getRecordings} lists it.
 *
 * @param recordId BigBlueButton's id of the recording
 * @param meetingId the meeting it was made in
 * @param state e.g. {@code published}, {@code unpublished}, {@code processing}
 * @param published whether BigBlueButton plays it back
 * @param start when the recorded meeting began; null when BigBlueButton does not say
 * @param end when it ended; null when BigBlueButton does not say
 * @param playbacks its playback formats, e.g. {@code presentation} or {@code video}
 */
public record BigBlueButtonRecording(String recordId, String meetingId, String state, boolean published,
        @Nullable Instant start, @Nullable Instant end, List<Playback> playbacks) {

    /**
     * One playback format of a recording.
     *
     * @param type the format, e.g. {@code presentation} or {@code video}
     * @param url where it plays
     * @param lengthMinutes its length as BigBlueButton gives it, in minutes
     */
    public record Playback(String type, URI url, int lengthMinutes) {
    }
}
