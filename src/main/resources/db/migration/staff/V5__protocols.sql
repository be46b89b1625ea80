-- Protocols: a finalised session's record, approved by the lead and never changed afterwards;
-- a correction is a new version that refers to the one it corrects.
CREATE TABLE session_attendance
(
    session_id UUID NOT NULL REFERENCES session (id) ON DELETE CASCADE,
    tenant_id  UUID NOT NULL,
    person_id  UUID NOT NULL,
    PRIMARY KEY (session_id, person_id)
);

CREATE TABLE protocol_version
(
    session_id       UUID        NOT NULL REFERENCES session (id) ON DELETE CASCADE,
    tenant_id        UUID        NOT NULL,
    version          INT         NOT NULL CHECK (version >= 1),
    status           TEXT        NOT NULL CHECK (status IN ('FINAL', 'APPROVED')),
    content          JSONB       NOT NULL,
    correction       TEXT CHECK (length(correction) <= 10000),
    corrects_version INT,
    finalized_by     UUID        NOT NULL,
    finalized_at     TIMESTAMPTZ NOT NULL,
    approved_by      UUID,
    approved_at      TIMESTAMPTZ,
    PRIMARY KEY (session_id, version),
    CHECK (corrects_version IS NULL OR corrects_version = version - 1)
);
