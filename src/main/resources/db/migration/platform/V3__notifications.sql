-- In-app notifications: what a person should know about (e.g. an extraordinary session was called).
CREATE TABLE notification
(
    id          UUID        NOT NULL PRIMARY KEY,
    tenant_id   UUID        NOT NULL,
    person_id   UUID        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    message_key TEXT        NOT NULL,
    arguments   TEXT[]      NOT NULL DEFAULT '{}',
    link        TEXT,
    read_at     TIMESTAMPTZ
);
CREATE INDEX notification_person_idx ON notification (tenant_id, person_id, created_at DESC);
CREATE INDEX notification_unread_idx ON notification (tenant_id, person_id) WHERE read_at IS NULL;
