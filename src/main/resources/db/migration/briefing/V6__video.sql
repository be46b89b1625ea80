-- Video rooms (issue 9, point 3): BigBlueButton calls its recording-ready callback once per playback
-- format, and again after a retry; each recording is reported to the rest of the module only once. A
-- row per recording BigBlueButton reported, keyed by its record id.

CREATE TABLE recording_ready
(
    tenant_id   UUID        NOT NULL,
    record_id   TEXT        NOT NULL CHECK (length(record_id) BETWEEN 1 AND 200),
    briefing_id UUID        NOT NULL REFERENCES briefing (id),
    meeting_id  TEXT        NOT NULL CHECK (length(meeting_id) BETWEEN 1 AND 256),
    received_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (tenant_id, record_id)
);
CREATE INDEX recording_ready_briefing_idx ON recording_ready (briefing_id);

-- Row-level security (see __root/V2).
SELECT public.lagezentrum_isolate('briefing.recording_ready');
