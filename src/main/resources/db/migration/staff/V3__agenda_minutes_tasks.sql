-- Agenda (Tagesordnung), live minutes with numbered decisions, and tasks that outlive the session.
CREATE TABLE agenda_item
(
    id           UUID        NOT NULL PRIMARY KEY,
    tenant_id    UUID        NOT NULL,
    session_id   UUID        NOT NULL REFERENCES session (id) ON DELETE CASCADE,
    position     INT         NOT NULL,
    title        TEXT        NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
    topic        TEXT CHECK (length(topic) <= 200),
    presenter_id UUID,
    proposed_by  UUID        NOT NULL,
    status       TEXT        NOT NULL CHECK (status IN ('PROPOSED', 'ACCEPTED')),
    created_at   TIMESTAMPTZ NOT NULL,
    version      BIGINT      NOT NULL
);
CREATE INDEX agenda_item_session_idx ON agenda_item (tenant_id, session_id, position);

CREATE TABLE decision_counter
(
    staff_id    UUID NOT NULL,
    year        INT  NOT NULL,
    last_number INT  NOT NULL,
    PRIMARY KEY (staff_id, year)
);

CREATE TABLE minute_entry
(
    id              UUID        NOT NULL PRIMARY KEY,
    tenant_id       UUID        NOT NULL,
    staff_id        UUID        NOT NULL,
    session_id      UUID        NOT NULL REFERENCES session (id) ON DELETE CASCADE,
    agenda_item_id  UUID        NOT NULL REFERENCES agenda_item (id) ON DELETE CASCADE,
    type            TEXT        NOT NULL CHECK (type IN ('NOTE', 'DECISION', 'TASK')),
    text            TEXT        NOT NULL CHECK (length(text) BETWEEN 1 AND 10000),
    rationale       TEXT CHECK (length(rationale) <= 10000),
    decision_number TEXT,
    recorded_by     UUID        NOT NULL,
    recorded_at     TIMESTAMPTZ NOT NULL,
    version         BIGINT      NOT NULL,
    UNIQUE (staff_id, decision_number)
);
CREATE INDEX minute_entry_session_idx ON minute_entry (tenant_id, session_id, recorded_at);

CREATE TABLE task
(
    id            UUID        NOT NULL PRIMARY KEY,
    tenant_id     UUID        NOT NULL,
    staff_id      UUID        NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    session_id    UUID        NOT NULL REFERENCES session (id) ON DELETE CASCADE,
    entry_id      UUID        NOT NULL REFERENCES minute_entry (id) ON DELETE CASCADE,
    text          TEXT        NOT NULL CHECK (length(text) BETWEEN 1 AND 10000),
    assignee_id   UUID,
    department_id UUID,
    due           DATE,
    status        TEXT        NOT NULL CHECK (status IN ('OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED')),
    created_at    TIMESTAMPTZ NOT NULL,
    version       BIGINT      NOT NULL,
    CHECK (assignee_id IS NOT NULL OR department_id IS NOT NULL)
);
CREATE INDEX task_staff_idx ON task (tenant_id, staff_id, status, due);
CREATE INDEX task_assignee_idx ON task (tenant_id, assignee_id, status);

CREATE TABLE task_status_change
(
    task_id     UUID        NOT NULL REFERENCES task (id) ON DELETE CASCADE,
    tenant_id   UUID        NOT NULL,
    changed_at  TIMESTAMPTZ NOT NULL,
    changed_by  UUID        NOT NULL,
    from_status TEXT,
    to_status   TEXT        NOT NULL
);
CREATE INDEX task_status_change_task_idx ON task_status_change (task_id, changed_at);
