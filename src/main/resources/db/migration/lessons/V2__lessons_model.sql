-- The lessons module's data model beyond the workshop itself (issue 11), laid down once so that the
-- board, the lessons and the knowledge platform build on the same tables. Seeds 001/002 (PanReflex) and
-- NATO's lessons-learned process: observation -> lesson identified -> remedial action -> lesson learned.
-- Every table is tenant-isolated (see __root/V2); a later migration of a slice may add to it.

-- The workshop's video link and departments, and a prompt per phase that the facilitator may override
-- (otherwise the UI shows the phase's default prompt).
ALTER TABLE workshop
    ADD COLUMN video_link     TEXT CHECK (video_link ~ '^https://' AND length(video_link) <= 500),
    ADD COLUMN department_ids UUID[] NOT NULL DEFAULT '{}',
    ADD COLUMN version        INTEGER NOT NULL DEFAULT 0;

CREATE TABLE workshop_prompt
(
    tenant_id   UUID NOT NULL,
    workshop_id UUID NOT NULL REFERENCES workshop (id) ON DELETE CASCADE,
    phase       TEXT NOT NULL CHECK (phase IN ('REVIEW', 'INVENTORY', 'EXCHANGE', 'OUTLOOK', 'BRAINSTORMING')),
    prompt      TEXT NOT NULL CHECK (length(prompt) BETWEEN 1 AND 1000),
    PRIMARY KEY (workshop_id, phase)
);
SELECT public.lagezentrum_isolate('lessons.workshop_prompt');

-- External participants (no city account): they join by an invitation link whose token is stored only
-- as its SHA-256 hash. A guest is bound to one workshop.
CREATE TABLE workshop_guest
(
    id           UUID        NOT NULL PRIMARY KEY,
    tenant_id    UUID        NOT NULL,
    workshop_id  UUID        NOT NULL REFERENCES workshop (id) ON DELETE CASCADE,
    name         TEXT        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    organisation TEXT CHECK (length(organisation) BETWEEN 1 AND 200),
    email        TEXT CHECK (length(email) BETWEEN 3 AND 320),
    token_hash   BYTEA       NOT NULL UNIQUE,
    invited_by   UUID        NOT NULL,
    invited_at   TIMESTAMPTZ NOT NULL,
    joined_at    TIMESTAMPTZ
);
CREATE INDEX workshop_guest_workshop_idx ON workshop_guest (tenant_id, workshop_id);
SELECT public.lagezentrum_isolate('lessons.workshop_guest');

-- Clusters on the board: the facilitator groups observations under a title.
CREATE TABLE observation_cluster
(
    id          UUID        NOT NULL PRIMARY KEY,
    tenant_id   UUID        NOT NULL,
    workshop_id UUID        NOT NULL REFERENCES workshop (id) ON DELETE CASCADE,
    title       TEXT        NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    position    INTEGER     NOT NULL DEFAULT 0,
    created_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX observation_cluster_workshop_idx ON observation_cluster (tenant_id, workshop_id, position);
SELECT public.lagezentrum_isolate('lessons.observation_cluster');

-- An observation (Beobachtung): something that went well, went badly, or a challenge, with a theme (a free
-- German label such as "Krisenkommunikation"), posted in a phase by a city participant (author_person_id)
-- or a guest (author_guest_id). A duplicate merged into another keeps its row (merged_into) and leaves the
-- board.
CREATE TABLE observation
(
    id               UUID        NOT NULL PRIMARY KEY,
    tenant_id        UUID        NOT NULL,
    workshop_id      UUID        NOT NULL REFERENCES workshop (id) ON DELETE CASCADE,
    phase            TEXT        NOT NULL
        CHECK (phase IN ('REVIEW', 'INVENTORY', 'EXCHANGE', 'OUTLOOK', 'BRAINSTORMING')),
    kind             TEXT        NOT NULL CHECK (kind IN ('WENT_WELL', 'WENT_BADLY', 'CHALLENGE')),
    theme            TEXT CHECK (length(theme) BETWEEN 1 AND 100),
    text             TEXT        NOT NULL CHECK (length(text) BETWEEN 1 AND 2000),
    author_person_id UUID,
    author_guest_id  UUID REFERENCES workshop_guest (id) ON DELETE SET NULL,
    cluster_id       UUID REFERENCES observation_cluster (id) ON DELETE SET NULL,
    merged_into      UUID REFERENCES observation (id) ON DELETE SET NULL,
    created_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX observation_workshop_idx ON observation (tenant_id, workshop_id, created_at);
CREATE INDEX observation_cluster_idx ON observation (cluster_id) WHERE cluster_id IS NOT NULL;
SELECT public.lagezentrum_isolate('lessons.observation');

-- Evidence: an observation linked to a journal entry or a staff decision the facilitator may see. The
-- label is what the facilitator saw when linking (the source stays the record of truth).
CREATE TABLE observation_evidence
(
    tenant_id      UUID        NOT NULL,
    observation_id UUID        NOT NULL REFERENCES observation (id) ON DELETE CASCADE,
    kind           TEXT        NOT NULL CHECK (kind IN ('JOURNAL_ENTRY', 'DECISION')),
    target_id      UUID        NOT NULL,
    label          TEXT        NOT NULL CHECK (length(label) BETWEEN 1 AND 300),
    linked_by      UUID        NOT NULL,
    linked_at      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (observation_id, kind, target_id)
);
SELECT public.lagezentrum_isolate('lessons.observation_evidence');

-- A proposal (Vorschlag) of an innovation workshop, from a cluster or from observations.
CREATE TABLE proposal
(
    id              UUID        NOT NULL PRIMARY KEY,
    tenant_id       UUID        NOT NULL,
    workshop_id     UUID        NOT NULL REFERENCES workshop (id) ON DELETE CASCADE,
    title           TEXT        NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    description     TEXT        NOT NULL CHECK (length(description) BETWEEN 1 AND 5000),
    invasiveness    TEXT        NOT NULL CHECK (invasiveness IN ('MINIMAL', 'MODERATE', 'STRUCTURAL', 'LONG_TERM')),
    transferability TEXT        NOT NULL CHECK (transferability IN ('CRISIS_SPECIFIC', 'TRANSFERABLE')),
    cluster_id      UUID REFERENCES observation_cluster (id) ON DELETE SET NULL,
    created_by      UUID        NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX proposal_workshop_idx ON proposal (tenant_id, workshop_id);
SELECT public.lagezentrum_isolate('lessons.proposal');

CREATE TABLE proposal_observation
(
    tenant_id      UUID NOT NULL,
    proposal_id    UUID NOT NULL REFERENCES proposal (id) ON DELETE CASCADE,
    observation_id UUID NOT NULL REFERENCES observation (id) ON DELETE CASCADE,
    PRIMARY KEY (proposal_id, observation_id)
);
SELECT public.lagezentrum_isolate('lessons.proposal_observation');

-- One rating per participant and proposal (rater_id: the person's or the guest's id); a new one replaces.
CREATE TABLE proposal_rating
(
    tenant_id   UUID        NOT NULL,
    proposal_id UUID        NOT NULL REFERENCES proposal (id) ON DELETE CASCADE,
    rater_id    UUID        NOT NULL,
    impact      SMALLINT    NOT NULL CHECK (impact BETWEEN 1 AND 5),
    effort      SMALLINT    NOT NULL CHECK (effort BETWEEN 1 AND 5),
    rated_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (proposal_id, rater_id)
);
SELECT public.lagezentrum_isolate('lessons.proposal_rating');

-- A lesson: identified with its observations and root cause; learned once every remedial action is done
-- and the validation evidence is written.
CREATE TABLE lesson
(
    id           UUID        NOT NULL PRIMARY KEY,
    tenant_id    UUID        NOT NULL,
    title        TEXT        NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    root_cause   TEXT CHECK (length(root_cause) BETWEEN 1 AND 5000),
    status       TEXT        NOT NULL DEFAULT 'IDENTIFIED' CHECK (status IN ('IDENTIFIED', 'LEARNED')),
    evidence     TEXT CHECK (length(evidence) BETWEEN 1 AND 5000),
    validated_by UUID,
    validated_at TIMESTAMPTZ,
    created_by   UUID        NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL,
    CHECK ((status = 'LEARNED') = (evidence IS NOT NULL AND validated_by IS NOT NULL AND validated_at IS NOT NULL))
);
CREATE INDEX lesson_tenant_idx ON lesson (tenant_id, created_at DESC);
SELECT public.lagezentrum_isolate('lessons.lesson');

CREATE TABLE lesson_observation
(
    tenant_id      UUID NOT NULL,
    lesson_id      UUID NOT NULL REFERENCES lesson (id) ON DELETE CASCADE,
    observation_id UUID NOT NULL REFERENCES observation (id) ON DELETE CASCADE,
    PRIMARY KEY (lesson_id, observation_id)
);
SELECT public.lagezentrum_isolate('lessons.lesson_observation');

-- A remedial action (Maßnahme) with its owner: a person or a department of the organisation module.
CREATE TABLE lesson_action
(
    id                  UUID        NOT NULL PRIMARY KEY,
    tenant_id           UUID        NOT NULL,
    lesson_id           UUID        NOT NULL REFERENCES lesson (id) ON DELETE CASCADE,
    text                TEXT        NOT NULL CHECK (length(text) BETWEEN 1 AND 2000),
    owner_person_id     UUID,
    owner_department_id UUID,
    due                 DATE        NOT NULL,
    status              TEXT        NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'IN_PROGRESS', 'DONE')),
    progress            TEXT CHECK (length(progress) BETWEEN 1 AND 2000),
    done_at             TIMESTAMPTZ,
    created_at          TIMESTAMPTZ NOT NULL,
    changed_at          TIMESTAMPTZ NOT NULL,
    CHECK (owner_person_id IS NOT NULL OR owner_department_id IS NOT NULL),
    CHECK ((status = 'DONE') = (done_at IS NOT NULL))
);
CREATE INDEX lesson_action_lesson_idx ON lesson_action (lesson_id);
CREATE INDEX lesson_action_open_idx ON lesson_action (tenant_id, due) WHERE status <> 'DONE';
SELECT public.lagezentrum_isolate('lessons.lesson_action');

-- A recommendation (Handlungsempfehlung), Markdown, citing proposals and lessons.
CREATE TABLE recommendation
(
    id         UUID        NOT NULL PRIMARY KEY,
    tenant_id  UUID        NOT NULL,
    title      TEXT        NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    body       TEXT        NOT NULL CHECK (length(body) BETWEEN 1 AND 20000),
    created_by UUID        NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    changed_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX recommendation_tenant_idx ON recommendation (tenant_id, created_at DESC);
SELECT public.lagezentrum_isolate('lessons.recommendation');

CREATE TABLE recommendation_proposal
(
    tenant_id         UUID NOT NULL,
    recommendation_id UUID NOT NULL REFERENCES recommendation (id) ON DELETE CASCADE,
    proposal_id       UUID NOT NULL REFERENCES proposal (id) ON DELETE CASCADE,
    PRIMARY KEY (recommendation_id, proposal_id)
);
SELECT public.lagezentrum_isolate('lessons.recommendation_proposal');

CREATE TABLE recommendation_lesson
(
    tenant_id         UUID NOT NULL,
    recommendation_id UUID NOT NULL REFERENCES recommendation (id) ON DELETE CASCADE,
    lesson_id         UUID NOT NULL REFERENCES lesson (id) ON DELETE CASCADE,
    PRIMARY KEY (recommendation_id, lesson_id)
);
SELECT public.lagezentrum_isolate('lessons.recommendation_lesson');

-- A resilience factor (Resilienzfaktor): recommendations under a theme, with summary, body and examples;
-- draft -> review -> published, published by a second facilitator (four eyes).
CREATE TABLE resilience_factor
(
    id              UUID        NOT NULL PRIMARY KEY,
    tenant_id       UUID        NOT NULL,
    slug            TEXT        NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= 120),
    title           TEXT        NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    summary         TEXT        NOT NULL CHECK (length(summary) BETWEEN 1 AND 1000),
    body            TEXT        NOT NULL CHECK (length(body) BETWEEN 1 AND 50000),
    theme           TEXT        NOT NULL CHECK (length(theme) BETWEEN 1 AND 100),
    invasiveness    TEXT CHECK (invasiveness IN ('MINIMAL', 'MODERATE', 'STRUCTURAL', 'LONG_TERM')),
    transferability TEXT CHECK (transferability IN ('CRISIS_SPECIFIC', 'TRANSFERABLE')),
    status          TEXT        NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'REVIEW', 'PUBLISHED')),
    created_by      UUID        NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    submitted_by    UUID,
    submitted_at    TIMESTAMPTZ,
    published_by    UUID,
    published_at    TIMESTAMPTZ,
    changed_at      TIMESTAMPTZ NOT NULL,
    UNIQUE (tenant_id, slug),
    CHECK ((status = 'PUBLISHED') = (published_by IS NOT NULL AND published_at IS NOT NULL)),
    -- Four eyes: who publishes is not who submitted it for review.
    CHECK (published_by IS NULL OR published_by <> submitted_by)
);
CREATE INDEX resilience_factor_public_idx ON resilience_factor (tenant_id, published_at DESC) WHERE status = 'PUBLISHED';
SELECT public.lagezentrum_isolate('lessons.resilience_factor');

CREATE TABLE resilience_factor_recommendation
(
    tenant_id         UUID    NOT NULL,
    factor_id         UUID    NOT NULL REFERENCES resilience_factor (id) ON DELETE CASCADE,
    recommendation_id UUID    NOT NULL REFERENCES recommendation (id) ON DELETE CASCADE,
    position          INTEGER NOT NULL,
    PRIMARY KEY (factor_id, recommendation_id)
);
SELECT public.lagezentrum_isolate('lessons.resilience_factor_recommendation');

-- Examples from the municipalities: what one city did (credited by name).
CREATE TABLE resilience_factor_example
(
    id           UUID    NOT NULL PRIMARY KEY,
    tenant_id    UUID    NOT NULL,
    factor_id    UUID    NOT NULL REFERENCES resilience_factor (id) ON DELETE CASCADE,
    municipality TEXT    NOT NULL CHECK (length(municipality) BETWEEN 1 AND 200),
    text         TEXT    NOT NULL CHECK (length(text) BETWEEN 1 AND 5000),
    position     INTEGER NOT NULL
);
CREATE INDEX resilience_factor_example_factor_idx ON resilience_factor_example (factor_id, position);
SELECT public.lagezentrum_isolate('lessons.resilience_factor_example');

-- The short report (Kurzbericht) of a workshop: drafted from its board, edited, then published.
CREATE TABLE workshop_report
(
    workshop_id  UUID        NOT NULL PRIMARY KEY REFERENCES workshop (id) ON DELETE CASCADE,
    tenant_id    UUID        NOT NULL,
    body         TEXT        NOT NULL CHECK (length(body) BETWEEN 1 AND 100000),
    status       TEXT        NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'PUBLISHED')),
    changed_by   UUID        NOT NULL,
    changed_at   TIMESTAMPTZ NOT NULL,
    published_by UUID,
    published_at TIMESTAMPTZ,
    CHECK ((status = 'PUBLISHED') = (published_at IS NOT NULL))
);
SELECT public.lagezentrum_isolate('lessons.workshop_report');
