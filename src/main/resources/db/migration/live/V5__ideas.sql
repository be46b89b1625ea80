-- Ideas of an event (issue 10, point 7): questions, open-text answers and blog posts the team marked, with
-- their text copied when marked, so the list and its exports stay as they were even if the source changes.
-- The id is stable: the programme's findings refer to it; transferred_to is the finding an idea became.
CREATE TABLE idea
(
    id             UUID        NOT NULL PRIMARY KEY,
    tenant_id      UUID        NOT NULL,
    event_id       UUID        NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    -- QUESTION, ANSWER or POST (de.lagezentrum.live.IdeaKind).
    kind           TEXT        NOT NULL CHECK (kind IN ('QUESTION', 'ANSWER', 'POST')),
    source_id      UUID        NOT NULL,
    text           TEXT        NOT NULL CHECK (length(text) BETWEEN 1 AND 25000),
    marked_by      UUID        NOT NULL,
    marked_at      TIMESTAMPTZ NOT NULL,
    transferred_to UUID,
    UNIQUE (event_id, kind, source_id)
);
CREATE INDEX idea_event_idx ON idea (tenant_id, event_id, marked_at, id);

SELECT public.lagezentrum_isolate('live.idea');
