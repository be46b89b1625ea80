-- Sessions (Stabssitzungen): a weekly series at a fixed local time, with cancelled or moved dates,
-- and extraordinary sessions (Sondersitzungen). Occurrences of a series become session rows when
-- first listed, so that agenda and minutes can refer to them.
CREATE TABLE session_series
(
    id               UUID        NOT NULL PRIMARY KEY,
    tenant_id        UUID        NOT NULL,
    staff_id         UUID        NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    weekday          TEXT        NOT NULL CHECK (weekday IN ('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY',
                                                             'SATURDAY', 'SUNDAY')),
    start_time       TIME        NOT NULL,
    duration_minutes INT         NOT NULL CHECK (duration_minutes BETWEEN 5 AND 1440),
    zone             TEXT        NOT NULL,
    valid_from       DATE        NOT NULL,
    valid_until      DATE CHECK (valid_until IS NULL OR valid_until >= valid_from),
    video_url        TEXT CHECK (length(video_url) <= 500),
    created_at       TIMESTAMPTZ NOT NULL,
    version          BIGINT      NOT NULL
);
CREATE INDEX session_series_staff_idx ON session_series (tenant_id, staff_id);

CREATE TABLE series_exception
(
    session_series_id UUID NOT NULL REFERENCES session_series (id) ON DELETE CASCADE,
    tenant_id         UUID NOT NULL,
    original_date     DATE NOT NULL,
    moved_start       TIMESTAMPTZ,
    moved_end         TIMESTAMPTZ CHECK (moved_end IS NULL OR moved_end > moved_start),
    PRIMARY KEY (session_series_id, original_date)
);

CREATE TABLE session
(
    id              UUID        NOT NULL PRIMARY KEY,
    tenant_id       UUID        NOT NULL,
    staff_id        UUID        NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    series_id       UUID REFERENCES session_series (id) ON DELETE CASCADE,
    occurrence_date DATE,
    starts_at       TIMESTAMPTZ NOT NULL,
    ends_at         TIMESTAMPTZ NOT NULL CHECK (ends_at > starts_at),
    kind            TEXT        NOT NULL CHECK (kind IN ('REGULAR', 'EXTRAORDINARY')),
    title           TEXT CHECK (length(title) <= 200),
    video_url       TEXT CHECK (length(video_url) <= 500),
    status          TEXT        NOT NULL CHECK (status IN ('PLANNED', 'CANCELLED')),
    created_at      TIMESTAMPTZ NOT NULL,
    version         BIGINT      NOT NULL,
    UNIQUE (series_id, occurrence_date)
);
CREATE INDEX session_staff_start_idx ON session (tenant_id, staff_id, starts_at);

-- Personal calendar feeds: a secret URL per account that a calendar client subscribes to without login.
CREATE TABLE calendar_feed
(
    account_id UUID        NOT NULL PRIMARY KEY,
    tenant_id  UUID        NOT NULL,
    person_id  UUID        NOT NULL,
    token_hash TEXT        NOT NULL UNIQUE,
    created_at TIMESTAMPTZ NOT NULL
);
