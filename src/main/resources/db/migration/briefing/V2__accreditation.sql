-- Accreditation of journalists (issue 9, point 2): a public registration, confirmed by a signed link
-- mailed to the address, then reviewed by the press office. Every change of status is kept in
-- accreditation_history; approval creates a JOURNALIST account in organisation (by its facade).

CREATE TABLE accreditation
(
    id           UUID        NOT NULL PRIMARY KEY,
    tenant_id    UUID        NOT NULL,
    name         TEXT        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    outlet       TEXT        NOT NULL CHECK (length(outlet) BETWEEN 1 AND 200),
    email        TEXT        NOT NULL CHECK (length(email) BETWEEN 3 AND 200),
    status       TEXT        NOT NULL CHECK (status IN ('UNCONFIRMED', 'PENDING', 'MORE_INFO', 'APPROVED', 'REJECTED')),
    created_at   TIMESTAMPTZ NOT NULL,
    confirmed_at TIMESTAMPTZ,
    decided_at   TIMESTAMPTZ,
    person_id    UUID,
    version      BIGINT      NOT NULL DEFAULT 0
);
-- One open or approved registration per address and municipality; after a rejection one may try again.
CREATE UNIQUE INDEX accreditation_open_email_uq ON accreditation (tenant_id, lower(email))
    WHERE status <> 'REJECTED';
CREATE INDEX accreditation_status_idx ON accreditation (tenant_id, status, created_at);

CREATE TABLE accreditation_history
(
    id               UUID        NOT NULL PRIMARY KEY,
    tenant_id        UUID        NOT NULL,
    accreditation_id UUID        NOT NULL REFERENCES accreditation (id),
    occurred_at      TIMESTAMPTZ NOT NULL,
    actor_id         UUID,
    actor_name       TEXT        NOT NULL CHECK (length(actor_name) BETWEEN 1 AND 200),
    from_status      TEXT,
    to_status        TEXT        NOT NULL,
    reason           TEXT CHECK (length(reason) <= 2000)
);
CREATE INDEX accreditation_history_idx ON accreditation_history (accreditation_id, occurred_at);

-- The server secret the confirmation links are signed with (HMAC-SHA256); made on first use. Not per
-- municipality: a link names its municipality inside the signed part.
CREATE TABLE link_key
(
    id     SMALLINT NOT NULL PRIMARY KEY CHECK (id = 1),
    secret TEXT     NOT NULL CHECK (length(secret) >= 32)
);

-- Row-level security (see __root/V2).
SELECT public.lagezentrum_isolate('briefing.accreditation');
SELECT public.lagezentrum_isolate('briefing.accreditation_history');
