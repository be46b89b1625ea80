-- Which browser session belongs to which session at the OpenID Connect provider, so that a
-- back-channel logout reaching any instance ends the right sessions (no sticky sessions).
CREATE TABLE oidc_session
(
    session_id   TEXT        NOT NULL PRIMARY KEY,
    issuer       TEXT        NOT NULL,
    subject      TEXT        NOT NULL,
    provider_sid TEXT,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX oidc_session_sid_idx ON oidc_session (issuer, provider_sid);
CREATE INDEX oidc_session_subject_idx ON oidc_session (issuer, subject);
