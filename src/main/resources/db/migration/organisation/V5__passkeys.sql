-- Passkeys (WebAuthn, issue 7) as a second factor besides TOTP. Both tables carry tenant_id for
-- row-level security; nothing here is read before the account's municipality is known (the passkey is
-- asked only after the password).

-- The WebAuthn user handle of an account: 64 random bytes, not the account id, so that an
-- authenticator learns nothing about Lagezentrum's ids (WebAuthn Level 3, 14.6.1).
CREATE TABLE organisation.passkey_user (
    account_id  uuid PRIMARY KEY REFERENCES organisation.account (id) ON DELETE CASCADE,
    tenant_id   uuid NOT NULL REFERENCES organisation.tenant (id),
    user_handle bytea NOT NULL UNIQUE,
    created_at  timestamptz NOT NULL
);
CREATE INDEX passkey_user_tenant ON organisation.passkey_user (tenant_id);

-- One registered credential. public_key is the COSE key, attestation_object and client_data_json what
-- the authenticator sent at registration (webauthn4j reads the attested credential data from it at
-- every check). signature_count is the authenticator's counter at the last use.
CREATE TABLE organisation.passkey (
    id                 uuid PRIMARY KEY,
    tenant_id          uuid NOT NULL REFERENCES organisation.tenant (id),
    account_id         uuid NOT NULL REFERENCES organisation.account (id) ON DELETE CASCADE,
    credential_id      bytea NOT NULL,
    label              text NOT NULL CHECK (length(label) BETWEEN 1 AND 80),
    public_key         bytea NOT NULL,
    signature_count    bigint NOT NULL,
    uv_initialized     boolean NOT NULL,
    transports         text[] NOT NULL DEFAULT '{}',
    backup_eligible    boolean NOT NULL,
    backup_state       boolean NOT NULL,
    attestation_object bytea NOT NULL,
    client_data_json   bytea NOT NULL,
    created_at         timestamptz NOT NULL,
    last_used_at       timestamptz,
    -- Unique per municipality: a credential id guessed from another municipality collides with nothing.
    UNIQUE (tenant_id, credential_id)
);
CREATE INDEX passkey_account ON organisation.passkey (account_id);

SELECT public.lagezentrum_isolate('organisation.passkey_user');
SELECT public.lagezentrum_isolate('organisation.passkey');
