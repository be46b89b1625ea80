-- Recordings and O-Töne of briefings (issue 9, point 6). A medium is a recording of a briefing or an
-- O-Ton; an O-Ton is either a file of its own or a time range of a recording of the same briefing.
-- Files live in the platform's file store and are referenced by id (no foreign key across schemas).

CREATE TABLE medium
(
    id                   UUID        NOT NULL PRIMARY KEY,
    tenant_id            UUID        NOT NULL,
    briefing_id          UUID        NOT NULL REFERENCES briefing (id),
    kind                 TEXT        NOT NULL CHECK (kind IN ('RECORDING', 'SOUNDBITE')),
    title                TEXT        NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    -- The person speaking (organisation's person id); null when not said.
    speaker_id           UUID,
    -- The uploaded file; null for an O-Ton defined as a time range of a recording.
    file_id              UUID,
    content_type         TEXT,
    bytes                BIGINT,
    sha256               TEXT,
    -- When the recording started: a time code in seconds is an instant minus this.
    recording_started_at TIMESTAMPTZ,
    -- Known for WAV recordings (from their header), else null.
    duration_millis      BIGINT,
    -- The WAV layout, for cutting O-Töne exactly: the fmt chunk and where the samples are.
    wav_format           BYTEA,
    wav_data_offset      BIGINT,
    wav_data_bytes       BIGINT,
    captions_file_id     UUID,
    -- An O-Ton as a time range of a recording of the same briefing.
    recording_id         UUID REFERENCES medium (id),
    start_millis         BIGINT CHECK (start_millis >= 0),
    end_millis           BIGINT,
    transcript           TEXT CHECK (length(transcript) <= 20000),
    -- The O-Ton cut by ffmpeg, kept in the file store.
    cut_file_id          UUID,
    created_at           TIMESTAMPTZ NOT NULL,
    version              BIGINT      NOT NULL DEFAULT 0,
    CHECK (file_id IS NOT NULL OR (recording_id IS NOT NULL AND end_millis > start_millis))
);
CREATE INDEX medium_briefing_idx ON medium (tenant_id, briefing_id, created_at);
CREATE INDEX medium_recording_idx ON medium (recording_id);

-- Row-level security (see __root/V2).
SELECT public.lagezentrum_isolate('briefing.medium');
