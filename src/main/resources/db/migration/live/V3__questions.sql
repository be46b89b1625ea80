-- Questions of a live event's audience (issue 10, point 3): asked by participants, anonymously or under
-- the name they joined with, upvoted once per participant, moderated by the event's team.
CREATE TABLE question
(
    id             UUID        NOT NULL PRIMARY KEY,
    tenant_id      UUID        NOT NULL,
    event_id       UUID        NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    participant_id UUID        NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
    -- The participant's name when they chose to ask with it; null for an anonymous question.
    author_name    TEXT CHECK (length(author_name) BETWEEN 1 AND 100),
    text           TEXT        NOT NULL CHECK (length(text) BETWEEN 1 AND 500),
    -- PENDING (waits for the team), VISIBLE, PINNED (shown first), ANSWERED, HIDDEN (by the team), MERGED
    -- (a duplicate of merged_into, which took its upvotes).
    status         TEXT        NOT NULL CHECK (status IN ('PENDING', 'VISIBLE', 'PINNED', 'ANSWERED', 'HIDDEN', 'MERGED')),
    -- Held back because it contains a word of the event's list: the moderator sees why.
    flagged        BOOLEAN     NOT NULL DEFAULT FALSE,
    merged_into    UUID REFERENCES question (id),
    asked_at       TIMESTAMPTZ NOT NULL,
    changed_at     TIMESTAMPTZ NOT NULL,
    version        BIGINT      NOT NULL DEFAULT 0,
    CHECK ((status = 'MERGED') = (merged_into IS NOT NULL))
);
CREATE INDEX question_event_idx ON question (tenant_id, event_id, asked_at);

-- One row per participant and question: the primary key makes a second upvote impossible, and counting
-- rows (not a counter column) keeps a burst of upvotes on one question from queueing on one row lock.
CREATE TABLE question_upvote
(
    tenant_id      UUID        NOT NULL,
    question_id    UUID        NOT NULL REFERENCES question (id) ON DELETE CASCADE,
    participant_id UUID        NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
    upvoted_at     TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (question_id, participant_id)
);

SELECT public.lagezentrum_isolate('live.question');
SELECT public.lagezentrum_isolate('live.question_upvote');
