-- Accreditation of journalists (issue 9, point 2): a public registration, confirmed by a signed link
-- mailed to the address, then reviewed by the press office, who approves, asks for more information
-- or rejects. Every change of status is kept in accreditation_history (who, when, why); approval
-- creates a JOURNALIST account through the organisation module's facade, which is referenced by id.

CREATE TABLE accreditation
(
    id            UUID        NOT NULL PRIMARY KEY,
    tenant_id     UUID        NOT NULL,
    name          TEXT        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    outlet        TEXT        NOT NULL CHECK (length(outlet) BETWEEN 1 AND 200),
    email         TEXT        NOT NULL CHECK (length(email) BETWEEN 3 AND 254),
    status        TEXT        NOT NULL CHECK (status IN ('PENDING_CONFIRMATION', 'PENDING',
                                                         'MORE_INFORMATION_REQUESTED', 'APPROVED', 'REJECTED')),
    -- The language the journalist registered in: the later mails speak it too.
    language      TEXT        NOT NULL CHECK (language IN ('de', 'en')),
    -- An optional press card or assignment (PDF or image) in the platform's file store.
    proof_file_id UUID,
    created_at    TIMESTAMPTZ NOT NULL,
    confirmed_at  TIMESTAMPTZ,
    decided_at    TIMESTAMPTZ,
    -- The journalist's person in organisation, once approved.
    person_id     UUID,
    -- Counts every change of status; a mailed link names the version it was made for, so it works once.
    version       BIGINT      NOT NULL DEFAULT 0
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
    -- The press office's person; null for the journalist's own steps (registering, confirming, answering).
    actor_id         UUID,
    actor_name       TEXT        NOT NULL CHECK (length(actor_name) BETWEEN 1 AND 200),
    from_status      TEXT,
    to_status        TEXT        NOT NULL,
    -- The press office's question or reason, or the journalist's answer.
    note             TEXT CHECK (length(note) <= 2000)
);
CREATE INDEX accreditation_history_idx ON accreditation_history (accreditation_id, occurred_at);

-- The server secret the mailed links are signed with (HMAC-SHA256); made on first use, shared by every
-- instance through the database. Not per municipality: a link names its municipality in the signed part.
CREATE TABLE link_key
(
    id     SMALLINT NOT NULL PRIMARY KEY CHECK (id = 1),
    secret TEXT     NOT NULL CHECK (length(secret) >= 32)
);

-- Row-level security (see __root/V2).
SELECT public.lagezentrum_isolate('briefing.accreditation');
SELECT public.lagezentrum_isolate('briefing.accreditation_history');
