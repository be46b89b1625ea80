-- Second factors (issue 7): TOTP (RFC 6238) with one-time recovery codes, and which roles of a
-- municipality must use one. Every table carries tenant_id for row-level security.

-- One TOTP secret per account. An unconfirmed row is an enrolment under way; it counts only once
-- confirmed_at is set. last_used_step is the RFC 6238 time step of the last accepted code, so that
-- no code is accepted twice.
CREATE TABLE organisation.totp_factor (
    account_id     uuid PRIMARY KEY REFERENCES organisation.account (id) ON DELETE CASCADE,
    tenant_id      uuid NOT NULL REFERENCES organisation.tenant (id),
    secret         text NOT NULL,
    created_at     timestamptz NOT NULL,
    confirmed_at   timestamptz,
    last_used_step bigint
);
CREATE INDEX totp_factor_tenant ON organisation.totp_factor (tenant_id);

-- Recovery codes are high-entropy random strings: SHA-256 is enough to store them (no password hash).
CREATE TABLE organisation.recovery_code (
    id         uuid PRIMARY KEY,
    tenant_id  uuid NOT NULL REFERENCES organisation.tenant (id),
    account_id uuid NOT NULL REFERENCES organisation.account (id) ON DELETE CASCADE,
    code_hash  text NOT NULL,
    created_at timestamptz NOT NULL,
    used_at    timestamptz,
    UNIQUE (account_id, code_hash)
);
CREATE INDEX recovery_code_tenant ON organisation.recovery_code (tenant_id);

-- A municipality's own rule: these roles must use a second factor, in addition to the installation's
-- lagezentrum.mfa.required-roles unless installation_default is false (the demo city).
CREATE TABLE organisation.tenant_mfa_policy (
    tenant_id            uuid PRIMARY KEY REFERENCES organisation.tenant (id),
    required_roles       text[] NOT NULL DEFAULT '{}',
    installation_default boolean NOT NULL DEFAULT true,
    updated_at           timestamptz NOT NULL
);

-- A token issued to an account that must enrol a second factor but has not: it may only enrol.
ALTER TABLE organisation.api_token ADD COLUMN enrolment_only boolean NOT NULL DEFAULT false;

-- Row-level security (see __root/V2): each municipality sees only its own second factors and rule.
-- None of them is read before the account's municipality is known: the second step and the token
-- request run as the account's municipality once the password has matched.
SELECT public.lagezentrum_isolate('organisation.totp_factor');
SELECT public.lagezentrum_isolate('organisation.recovery_code');
SELECT public.lagezentrum_isolate('organisation.tenant_mfa_policy');
