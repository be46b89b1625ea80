-- Questions and the press kit of a briefing (issue 9, point 4). Journalists ask before and during a
-- briefing; the press office works the queue: accepts, rejects with a reason the journalist sees, merges
-- duplicates into a lead question, assigns a question to a person of the panel, marks the one being
-- answered now (its wall-clock instant becomes the time code in the recording) and records the answer.
-- Authors and assignees are persons of the organisation module, referenced by id.

CREATE TABLE question
(
    id                   UUID        NOT NULL PRIMARY KEY,
    tenant_id            UUID        NOT NULL,
    briefing_id          UUID        NOT NULL REFERENCES briefing (id),
    author_id            UUID        NOT NULL,
    author_name          TEXT        NOT NULL CHECK (length(author_name) BETWEEN 1 AND 200),
    text                 TEXT        NOT NULL CHECK (length(text) BETWEEN 1 AND 2000),
    status               TEXT        NOT NULL CHECK (status IN ('PENDING', 'ACCEPTED', 'ANSWERING', 'ANSWERED',
                                                                'REJECTED', 'MERGED')),
    asked_at             TIMESTAMPTZ NOT NULL,
    -- The person of the panel (or the chair) who is to answer it.
    assignee_id          UUID,
    rejection_reason     TEXT CHECK (length(rejection_reason) BETWEEN 1 AND 1000),
    -- The lead question a duplicate was merged into (of the same briefing).
    merged_into          UUID REFERENCES question (id),
    -- When the answer began: the time code in the recording is this minus the recording's start.
    answering_started_at TIMESTAMPTZ,
    answer               TEXT CHECK (length(answer) BETWEEN 1 AND 10000),
    answered_at          TIMESTAMPTZ,
    changed_at           TIMESTAMPTZ NOT NULL,
    version              BIGINT      NOT NULL DEFAULT 0,
    CHECK ((status = 'REJECTED') = (rejection_reason IS NOT NULL)),
    CHECK ((status = 'MERGED') = (merged_into IS NOT NULL))
);
CREATE INDEX question_briefing_idx ON question (tenant_id, briefing_id, asked_at);
CREATE INDEX question_author_idx ON question (tenant_id, briefing_id, author_id);
-- One question per briefing is being answered at a time.
CREATE UNIQUE INDEX question_answering_uq ON question (briefing_id) WHERE status = 'ANSWERING';

CREATE TABLE press_kit_item
(
    id           UUID        NOT NULL PRIMARY KEY,
    tenant_id    UUID        NOT NULL,
    briefing_id  UUID        NOT NULL REFERENCES briefing (id),
    title        TEXT        NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    -- The document (PDF or image) in the platform's file store.
    file_id      UUID        NOT NULL,
    file_name    TEXT,
    content_type TEXT        NOT NULL,
    bytes        BIGINT      NOT NULL,
    added_at     TIMESTAMPTZ NOT NULL
);
CREATE INDEX press_kit_item_briefing_idx ON press_kit_item (tenant_id, briefing_id, added_at);

-- Row-level security (see __root/V2).
SELECT public.lagezentrum_isolate('briefing.question');
SELECT public.lagezentrum_isolate('briefing.press_kit_item');
