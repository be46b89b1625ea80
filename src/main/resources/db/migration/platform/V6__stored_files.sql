-- Files in the file store (platform.files): the bytes live on disk (or, later, in object storage) under
-- <tenant_id>/<first two hex digits of id>/<id>; this table says which exist, whose they are and what
-- they hold. A file without a row here is invisible, so a row is written in the same transaction that
-- moves the finished file into place.
CREATE TABLE stored_file
(
    id            UUID        NOT NULL PRIMARY KEY,
    tenant_id     UUID        NOT NULL,
    content_type  TEXT        NOT NULL,
    bytes         BIGINT      NOT NULL CHECK (bytes >= 0),
    sha256        TEXT        NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    original_name TEXT CHECK (length(original_name) <= 255),
    created_at    TIMESTAMPTZ NOT NULL
);
CREATE INDEX stored_file_tenant_idx ON stored_file (tenant_id, created_at);

SELECT public.lagezentrum_isolate('platform.stored_file');
