-- Reflection workshops (seeds 001 and 002: PanReflex): a facilitator leads a workshop of the municipality
-- (optionally with neighbouring municipalities taking part) through its phases.
CREATE TABLE workshop
(
    id             UUID        NOT NULL PRIMARY KEY,
    tenant_id      UUID        NOT NULL,
    title          TEXT        NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    starts_at      TIMESTAMPTZ NOT NULL,
    ends_at        TIMESTAMPTZ NOT NULL CHECK (ends_at > starts_at),
    place          TEXT CHECK (length(place) BETWEEN 1 AND 200),
    -- The names of the municipalities taking part (besides the organising one).
    municipalities TEXT[]      NOT NULL DEFAULT '{}',
    -- de.lagezentrum.lessons.WorkshopPhase; a new workshop starts with the review (Rückschau).
    phase          TEXT        NOT NULL DEFAULT 'REVIEW'
        CHECK (phase IN ('REVIEW', 'INVENTORY', 'EXCHANGE', 'OUTLOOK', 'BRAINSTORMING', 'CLOSED')),
    created_by     UUID        NOT NULL,
    created_at     TIMESTAMPTZ NOT NULL,
    changed_at     TIMESTAMPTZ NOT NULL
);
CREATE INDEX workshop_tenant_idx ON workshop (tenant_id, starts_at);

-- Row-level security (see __root/V2).
SELECT public.lagezentrum_isolate('lessons.workshop');

-- The workshop's participants who have a city account (people of the organisation module, by id); they
-- read the workshop. External participants come with the participants slice.
CREATE TABLE workshop_participant
(
    tenant_id   UUID NOT NULL,
    workshop_id UUID NOT NULL REFERENCES workshop (id) ON DELETE CASCADE,
    person_id   UUID NOT NULL,
    PRIMARY KEY (workshop_id, person_id)
);
CREATE INDEX workshop_participant_person_idx ON workshop_participant (tenant_id, person_id);

SELECT public.lagezentrum_isolate('lessons.workshop_participant');
