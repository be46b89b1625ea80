package de.lagezentrum.briefing.video;

import java.util.UUID;

/** Where verified recording-ready callbacks go: each recording is passed on once. */
interface RecordingInbox {

    /**
     * Takes a recording of a briefing's meeting in.
     *
     * @return whether it was new, a repetition, or names a briefing the municipality does not have
     */
    Receipt receive(UUID tenantId, UUID briefingId, String meetingId, String recordId);

    /** What became of a callback. */
    enum Receipt {
        /** First report of this recording: {@code BriefingRecordingReady} is published. */
        NEW,
        /** Reported before (another playback format, a retry): nothing is published again. */
        REPEATED,
        /** The municipality has no such briefing. */
        UNKNOWN_BRIEFING
    }
}
