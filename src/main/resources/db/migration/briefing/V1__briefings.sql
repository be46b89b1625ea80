-- Media briefings (Medienbriefings): weekly series at a fixed local time with cancelled or moved dates,
-- and single briefings, each with chair, panel (people of the city) and external guests. Occurrences
-- of a series become briefing rows when first needed (listed, shown on a dashboard, reminded of), so
-- that questions, rooms and recordings can refer to them; a row keeps its own title, panel and guests.
CREATE TABLE briefing_series
(
    id               UUID        NOT NULL PRIMARY KEY,
    tenant_id        UUID        NOT NULL,
    title            TEXT        NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    topic            TEXT CHECK (length(topic) <= 200),
    weekday          TEXT        NOT NULL CHECK (weekday IN ('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY',
                                                             'SATURDAY', 'SUNDAY')),
    start_time       TIME        NOT NULL,
    duration_minutes INT         NOT NULL CHECK (duration_minutes BETWEEN 5 AND 1440),
    zone             TEXT        NOT NULL,
    valid_from       DATE        NOT NULL,
    valid_until      DATE CHECK (valid_until IS NULL OR valid_until >= valid_from),
    chair_id         UUID,
    video_url        TEXT CHECK (length(video_url) <= 500),
    -- How the room is reached (de.lagezentrum.briefing.VideoKind): LINK, BIGBLUEBUTTON or JITSI.
    video_kind       TEXT        NOT NULL DEFAULT 'LINK',
    created_at       TIMESTAMPTZ NOT NULL,
    changed_at       TIMESTAMPTZ NOT NULL,
    version          BIGINT      NOT NULL
);
CREATE INDEX briefing_series_tenant_idx ON briefing_series (tenant_id);

CREATE TABLE series_panel_member
(
    briefing_series_id UUID NOT NULL REFERENCES briefing_series (id) ON DELETE CASCADE,
    tenant_id          UUID NOT NULL,
    position           INT  NOT NULL,
    person_id          UUID NOT NULL,
    PRIMARY KEY (briefing_series_id, position)
);
CREATE INDEX series_panel_member_person_idx ON series_panel_member (tenant_id, person_id);

CREATE TABLE series_guest
(
    briefing_series_id UUID NOT NULL REFERENCES briefing_series (id) ON DELETE CASCADE,
    tenant_id          UUID NOT NULL,
    position           INT  NOT NULL,
    name               TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    organisation       TEXT CHECK (length(organisation) <= 200),
    PRIMARY KEY (briefing_series_id, position)
);

CREATE TABLE series_exception
(
    briefing_series_id UUID NOT NULL REFERENCES briefing_series (id) ON DELETE CASCADE,
    tenant_id          UUID NOT NULL,
    original_date      DATE NOT NULL,
    moved_start        TIMESTAMPTZ,
    moved_end          TIMESTAMPTZ CHECK (moved_end IS NULL OR moved_end > moved_start),
    PRIMARY KEY (briefing_series_id, original_date)
);

CREATE TABLE briefing
(
    id              UUID        NOT NULL PRIMARY KEY,
    tenant_id       UUID        NOT NULL,
    series_id       UUID REFERENCES briefing_series (id) ON DELETE CASCADE,
    occurrence_date DATE,
    title           TEXT        NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    topic           TEXT CHECK (length(topic) <= 200),
    starts_at       TIMESTAMPTZ NOT NULL,
    ends_at         TIMESTAMPTZ NOT NULL CHECK (ends_at > starts_at),
    chair_id        UUID,
    video_url       TEXT CHECK (length(video_url) <= 500),
    video_kind      TEXT        NOT NULL DEFAULT 'LINK',
    status          TEXT        NOT NULL CHECK (status IN ('PLANNED', 'CANCELLED')),
    cancel_reason   TEXT CHECK (length(cancel_reason) <= 1000),
    -- Set by the publishing slice when the briefing's public page, answers and recordings go out.
    published_at    TIMESTAMPTZ,
    created_at      TIMESTAMPTZ NOT NULL,
    changed_at      TIMESTAMPTZ NOT NULL,
    version         BIGINT      NOT NULL,
    UNIQUE (series_id, occurrence_date),
    CHECK ((series_id IS NULL) = (occurrence_date IS NULL))
);
CREATE INDEX briefing_start_idx ON briefing (tenant_id, starts_at);

CREATE TABLE panel_member
(
    briefing_id UUID NOT NULL REFERENCES briefing (id) ON DELETE CASCADE,
    tenant_id   UUID NOT NULL,
    position    INT  NOT NULL,
    person_id   UUID NOT NULL,
    PRIMARY KEY (briefing_id, position)
);
CREATE INDEX panel_member_person_idx ON panel_member (tenant_id, person_id);

CREATE TABLE guest
(
    briefing_id  UUID NOT NULL REFERENCES briefing (id) ON DELETE CASCADE,
    tenant_id    UUID NOT NULL,
    position     INT  NOT NULL,
    name         TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    organisation TEXT CHECK (length(organisation) <= 200),
    PRIMARY KEY (briefing_id, position)
);

-- The reminder mail to the municipality's journalists, sent once per briefing: the row is the record.
CREATE TABLE reminder
(
    briefing_id UUID        NOT NULL PRIMARY KEY REFERENCES briefing (id) ON DELETE CASCADE,
    tenant_id   UUID        NOT NULL,
    sent_at     TIMESTAMPTZ NOT NULL,
    recipients  INT         NOT NULL CHECK (recipients >= 0)
);

-- Row-level security (see __root/V2).
SELECT public.lagezentrum_isolate('briefing.briefing_series');
SELECT public.lagezentrum_isolate('briefing.series_panel_member');
SELECT public.lagezentrum_isolate('briefing.series_guest');
SELECT public.lagezentrum_isolate('briefing.series_exception');
SELECT public.lagezentrum_isolate('briefing.briefing');
SELECT public.lagezentrum_isolate('briefing.panel_member');
SELECT public.lagezentrum_isolate('briefing.guest');
SELECT public.lagezentrum_isolate('briefing.reminder');
