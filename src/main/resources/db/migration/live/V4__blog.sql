-- The event blog (issue 10, point 5): posts by participants or by the team, threaded comments. The
-- Markdown source and its sanitised HTML are stored side by side, so a page with a thousand comments
-- renders without running the Markdown renderer. An author is a participant (anonymous or named) or a
-- team member's person; the name is copied as it was when they wrote, since participants never change it.
CREATE TABLE post
(
    id                    UUID        NOT NULL PRIMARY KEY,
    -- The order of writing (timestamps of two posts in one microsecond would tie).
    seq                   BIGINT      NOT NULL GENERATED ALWAYS AS IDENTITY,
    tenant_id             UUID        NOT NULL,
    event_id              UUID        NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    author_participant_id UUID,
    author_person_id      UUID,
    -- Null for an anonymous participant.
    author_name           TEXT CHECK (length(author_name) BETWEEN 1 AND 200),
    title                 TEXT        NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    body                  TEXT        NOT NULL CHECK (length(body) BETWEEN 1 AND 20000),
    html                  TEXT        NOT NULL,
    created_at            TIMESTAMPTZ NOT NULL,
    -- Set while the team hides the post: the author still sees it, with this reason.
    hidden_reason         TEXT CHECK (length(hidden_reason) BETWEEN 1 AND 500),
    hidden_by             UUID,
    CHECK (author_participant_id IS NOT NULL OR author_person_id IS NOT NULL)
);
CREATE INDEX post_event_idx ON post (tenant_id, event_id, seq DESC);

-- A comment on a post or a reply to a comment. root_id is the thread's top-level comment (its own id for
-- a top-level one), so a page of threads reads its replies in one query; depth counts from 0 (top level).
CREATE TABLE comment
(
    id                    UUID        NOT NULL PRIMARY KEY,
    seq                   BIGINT      NOT NULL GENERATED ALWAYS AS IDENTITY,
    tenant_id             UUID        NOT NULL,
    post_id               UUID        NOT NULL REFERENCES post (id) ON DELETE CASCADE,
    parent_id             UUID REFERENCES comment (id) ON DELETE CASCADE,
    root_id               UUID        NOT NULL,
    depth                 INT         NOT NULL CHECK (depth BETWEEN 0 AND 4),
    author_participant_id UUID,
    author_person_id      UUID,
    author_name           TEXT CHECK (length(author_name) BETWEEN 1 AND 200),
    body                  TEXT        NOT NULL CHECK (length(body) BETWEEN 1 AND 5000),
    html                  TEXT        NOT NULL,
    created_at            TIMESTAMPTZ NOT NULL,
    hidden_reason         TEXT CHECK (length(hidden_reason) BETWEEN 1 AND 500),
    hidden_by             UUID,
    CHECK (author_participant_id IS NOT NULL OR author_person_id IS NOT NULL),
    CHECK ((parent_id IS NULL) = (depth = 0))
);
CREATE INDEX comment_top_idx ON comment (post_id, seq) WHERE parent_id IS NULL;
CREATE INDEX comment_thread_idx ON comment (root_id, seq);

SELECT public.lagezentrum_isolate('live.post');
SELECT public.lagezentrum_isolate('live.comment');
