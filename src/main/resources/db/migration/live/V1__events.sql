-- Live events (seed 003: the digital department-heads day): an event with its agenda, its hosts,
-- co-hosts and moderators (people of the organisation module, referenced by id) and its participants,
-- who join by a code: anonymously, with a name, or with their city account.
CREATE TABLE event
(
    id            UUID        NOT NULL PRIMARY KEY,
    tenant_id     UUID        NOT NULL,
    title         TEXT        NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    description   TEXT CHECK (length(description) <= 5000),
    starts_at     TIMESTAMPTZ NOT NULL,
    ends_at       TIMESTAMPTZ NOT NULL CHECK (ends_at > starts_at),
    -- Eight characters of an alphabet without look-alikes, unique in the whole installation: the code
    -- alone tells which municipality's event a participant joins.
    join_code     TEXT        NOT NULL UNIQUE CHECK (join_code ~ '^[A-HJ-NP-Z2-9]{8}$'),
    -- Who may join (de.lagezentrum.live.JoinPolicy): ANONYMOUS (a name is optional), NAMED (a name is
    -- required) or CITY_ACCOUNTS (signed-in accounts of the municipality only).
    join_policy   TEXT        NOT NULL CHECK (join_policy IN ('ANONYMOUS', 'NAMED', 'CITY_ACCOUNTS')),
    -- Q&A: MODERATED (a question is pending until a host lets it through) or OPEN (visible at once).
    qa_mode       TEXT        NOT NULL DEFAULT 'MODERATED' CHECK (qa_mode IN ('MODERATED', 'OPEN')),
    -- Words that hold a question or post back for moderation even in the open mode (lower case).
    blocked_words TEXT[]      NOT NULL DEFAULT '{}',
    -- Blog: PARTICIPANTS (everybody posts) or HOSTS (only hosts post; everybody comments).
    blog_posting  TEXT        NOT NULL DEFAULT 'PARTICIPANTS' CHECK (blog_posting IN ('PARTICIPANTS', 'HOSTS')),
    -- Signs the participant tokens of this event (HMAC-SHA256); replacing it ends every participant's access.
    token_key     BYTEA       NOT NULL CHECK (length(token_key) = 32),
    cancelled     BOOLEAN     NOT NULL DEFAULT FALSE,
    created_by    UUID        NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL,
    changed_at    TIMESTAMPTZ NOT NULL,
    version       BIGINT      NOT NULL DEFAULT 0
);
CREATE INDEX event_tenant_idx ON event (tenant_id, starts_at);

CREATE TABLE agenda_item
(
    id        UUID NOT NULL PRIMARY KEY,
    tenant_id UUID NOT NULL,
    event_id  UUID NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    position  INT  NOT NULL CHECK (position >= 0),
    -- KEYNOTE, TALK, DISCUSSION, BREAK or OTHER (de.lagezentrum.live.AgendaKind).
    kind      TEXT NOT NULL DEFAULT 'TALK' CHECK (kind IN ('KEYNOTE', 'TALK', 'DISCUSSION', 'BREAK', 'OTHER')),
    title     TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    speaker   TEXT CHECK (length(speaker) BETWEEN 1 AND 200),
    starts_at TIMESTAMPTZ,
    ends_at   TIMESTAMPTZ CHECK (ends_at IS NULL OR starts_at IS NULL OR ends_at >= starts_at),
    UNIQUE (event_id, position)
);

-- The event's team: its HOST (who created it), CO_HOSTs (all of a host's rights) and MODERATORs
-- (questions and blog only).
CREATE TABLE event_member
(
    tenant_id UUID NOT NULL,
    event_id  UUID NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    person_id UUID NOT NULL,
    role      TEXT NOT NULL CHECK (role IN ('HOST', 'CO_HOST', 'MODERATOR')),
    PRIMARY KEY (event_id, person_id)
);
CREATE INDEX event_member_person_idx ON event_member (tenant_id, person_id);

CREATE TABLE participant
(
    id           UUID        NOT NULL PRIMARY KEY,
    tenant_id    UUID        NOT NULL,
    event_id     UUID        NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    -- Null for an anonymous participant.
    display_name TEXT CHECK (length(display_name) BETWEEN 1 AND 100),
    -- The city account's person, when joined with one: one participant per person and event.
    person_id    UUID,
    joined_at    TIMESTAMPTZ NOT NULL
);
CREATE INDEX participant_event_idx ON participant (tenant_id, event_id);
CREATE UNIQUE INDEX participant_person_uq ON participant (event_id, person_id) WHERE person_id IS NOT NULL;

-- Row-level security (see __root/V2), and the one tenant-less read: finding an event by its join code.
SELECT public.lagezentrum_isolate('live.event');
SELECT public.lagezentrum_isolate('live.agenda_item');
SELECT public.lagezentrum_isolate('live.event_member');
SELECT public.lagezentrum_isolate('live.participant');
CREATE POLICY live_join ON event FOR SELECT USING (public.lagezentrum_purpose() = 'live-join');
