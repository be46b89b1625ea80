-- Live polls of an event: prepared in advance (DRAFT), opened and closed live by the team. One vote per
-- participant and poll; a revote replaces it (the unique key is what the batched upsert conflicts on).
CREATE TABLE poll
(
    id          UUID        NOT NULL PRIMARY KEY,
    tenant_id   UUID        NOT NULL,
    event_id    UUID        NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    question    TEXT        NOT NULL CHECK (length(question) BETWEEN 1 AND 300),
    -- de.lagezentrum.live.PollType
    type        TEXT        NOT NULL CHECK (type IN ('SINGLE', 'MULTIPLE', 'SCALE', 'WORDCLOUD', 'OPEN')),
    status      TEXT        NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'OPEN', 'CLOSED')),
    -- LIVE: participants see the counts as they come; HIDDEN: only the team, until it reveals them
    -- (against group-think).
    visibility  TEXT        NOT NULL CHECK (visibility IN ('LIVE', 'HIDDEN')),
    revealed    BOOLEAN     NOT NULL DEFAULT FALSE,
    scale_min   INT,
    scale_max   INT,
    min_label   TEXT CHECK (length(min_label) <= 100),
    max_label   TEXT CHECK (length(max_label) <= 100),
    created_at  TIMESTAMPTZ NOT NULL,
    opened_at   TIMESTAMPTZ,
    closed_at   TIMESTAMPTZ,
    CHECK ((type = 'SCALE') = (scale_min IS NOT NULL AND scale_max IS NOT NULL)),
    CHECK (scale_min IS NULL OR (scale_min < scale_max AND scale_max - scale_min <= 10))
);
CREATE INDEX poll_event_idx ON poll (tenant_id, event_id, created_at);

CREATE TABLE poll_option
(
    id        UUID NOT NULL PRIMARY KEY,
    tenant_id UUID NOT NULL,
    poll_id   UUID NOT NULL REFERENCES poll (id) ON DELETE CASCADE,
    position  INT  NOT NULL CHECK (position >= 0),
    label     TEXT NOT NULL CHECK (length(label) BETWEEN 1 AND 200),
    UNIQUE (poll_id, position)
);

-- A participant's vote: the chosen options (SINGLE, MULTIPLE), a value (SCALE) or a text (WORDCLOUD, OPEN).
-- No foreign key to participant: a burst of thousands of votes a second should not check it per row; the
-- token already proves the participant.
CREATE TABLE poll_vote
(
    id             UUID        NOT NULL PRIMARY KEY,
    tenant_id      UUID        NOT NULL,
    poll_id        UUID        NOT NULL REFERENCES poll (id) ON DELETE CASCADE,
    participant_id UUID        NOT NULL,
    option_ids     UUID[],
    value          INT,
    text           TEXT CHECK (length(text) BETWEEN 1 AND 1000),
    voted_at       TIMESTAMPTZ NOT NULL,
    UNIQUE (poll_id, participant_id)
);

SELECT public.lagezentrum_isolate('live.poll');
SELECT public.lagezentrum_isolate('live.poll_option');
SELECT public.lagezentrum_isolate('live.poll_vote');
