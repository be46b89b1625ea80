-- Municipalities (tenants), their departments (Fachbereiche), people, accounts and API tokens.
CREATE TABLE tenant
(
    id         UUID        NOT NULL PRIMARY KEY,
    name       TEXT        NOT NULL,
    time_zone  TEXT        NOT NULL DEFAULT 'Europe/Berlin',
    created_at TIMESTAMPTZ NOT NULL,
    version    BIGINT      NOT NULL
);

CREATE TABLE department
(
    id         UUID        NOT NULL PRIMARY KEY,
    tenant_id  UUID        NOT NULL REFERENCES tenant (id),
    name       TEXT        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    short_name TEXT        NOT NULL CHECK (length(short_name) BETWEEN 1 AND 20),
    created_at TIMESTAMPTZ NOT NULL,
    version    BIGINT      NOT NULL
);
CREATE UNIQUE INDEX department_name_uq ON department (tenant_id, lower(name));
CREATE UNIQUE INDEX department_short_name_uq ON department (tenant_id, lower(short_name));

CREATE TABLE person
(
    id            UUID        NOT NULL PRIMARY KEY,
    tenant_id     UUID        NOT NULL REFERENCES tenant (id),
    display_name  TEXT        NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
    email         TEXT CHECK (length(email) <= 254),
    phone         TEXT CHECK (length(phone) <= 50),
    job_title     TEXT CHECK (length(job_title) <= 200),
    department_id UUID REFERENCES department (id),
    created_at    TIMESTAMPTZ NOT NULL,
    version       BIGINT      NOT NULL
);
CREATE INDEX person_tenant_idx ON person (tenant_id, lower(display_name));
CREATE INDEX person_department_idx ON person (department_id);
CREATE INDEX person_name_trgm_idx ON person USING gin (display_name gin_trgm_ops);

CREATE TABLE account
(
    id            UUID        NOT NULL PRIMARY KEY,
    tenant_id     UUID        NOT NULL REFERENCES tenant (id),
    person_id     UUID        NOT NULL UNIQUE REFERENCES person (id) ON DELETE CASCADE,
    username      TEXT        NOT NULL CHECK (length(username) BETWEEN 3 AND 64),
    password_hash TEXT,
    enabled       BOOLEAN     NOT NULL,
    external      BOOLEAN     NOT NULL DEFAULT FALSE,
    created_at    TIMESTAMPTZ NOT NULL,
    last_login_at TIMESTAMPTZ,
    version       BIGINT      NOT NULL
);
-- Usernames are unique across the installation: the login form asks for no municipality.
CREATE UNIQUE INDEX account_username_uq ON account (lower(username));

CREATE TABLE account_role
(
    account_id UUID NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    role       TEXT NOT NULL,
    PRIMARY KEY (account_id, role)
);

CREATE TABLE api_token
(
    id           UUID        NOT NULL PRIMARY KEY,
    tenant_id    UUID        NOT NULL REFERENCES tenant (id),
    account_id   UUID        NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    token_hash   TEXT        NOT NULL UNIQUE,
    created_at   TIMESTAMPTZ NOT NULL,
    expires_at   TIMESTAMPTZ NOT NULL,
    revoked_at   TIMESTAMPTZ,
    last_used_at TIMESTAMPTZ
);
CREATE INDEX api_token_account_idx ON api_token (account_id);
