-- Live events fan out to every instance through NOTIFY. Their ids come from one sequence, so they are
-- unique across instances and a reconnect may resume on any of them with Last-Event-ID.
CREATE SEQUENCE live_event_id;

-- An event whose data would not fit into a NOTIFY payload (8,000 bytes) is kept here for a while;
-- the notification then carries only its id and every instance reads the data from this table.
CREATE TABLE live_event_payload
(
    id         BIGINT      NOT NULL PRIMARY KEY,
    topic      TEXT        NOT NULL,
    name       TEXT        NOT NULL,
    data       TEXT        NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX live_event_payload_created_idx ON live_event_payload (created_at);
