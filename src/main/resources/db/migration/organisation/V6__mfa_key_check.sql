-- A check value of the key that encrypts TOTP secrets (HMAC of a fixed text, never the key): an instance
-- started with another key than the others refuses to start instead of failing every second sign-in.
CREATE TABLE mfa_key_check
(
    id          SMALLINT NOT NULL PRIMARY KEY CHECK (id = 1),
    check_value TEXT     NOT NULL
);
