-- Many municipalities in one installation: each has its own settings, and its first admin sets a
-- password through a single-use link sent by mail.
ALTER TABLE tenant
    ADD COLUMN ars  TEXT CHECK (ars ~ '^[0-9]{12}$'),
    ADD COLUMN demo BOOLEAN NOT NULL DEFAULT FALSE;
-- Names are unique in the installation, so that operators and users can tell municipalities apart.
CREATE UNIQUE INDEX tenant_name_uq ON tenant (lower(name));

-- A set-password link: only the SHA-256 hash of its token is stored; it works once, until it expires.
CREATE TABLE password_link
(
    id         UUID        NOT NULL PRIMARY KEY,
    tenant_id  UUID        NOT NULL REFERENCES tenant (id),
    account_id UUID        NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    token_hash TEXT        NOT NULL UNIQUE,
    created_at TIMESTAMPTZ NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL,
    used_at    TIMESTAMPTZ
);
CREATE INDEX password_link_account_idx ON password_link (account_id);

-- Row-level security (see __root/V2): a link belongs to its municipality. Opening one happens before
-- anyone is signed in, so its token is looked up like an account at sign-in: only reading, only in a
-- transaction marked for sign-in; setting the password then runs as the link's municipality.
SELECT public.lagezentrum_isolate('organisation.password_link');
CREATE POLICY sign_in ON password_link FOR SELECT USING (public.lagezentrum_purpose() = 'sign-in');
