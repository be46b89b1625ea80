-- Shared prerequisites of every module. Each module keeps its tables in its own schema
-- (db/migration/<module>), migrated with its own version numbers.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS pgcrypto;
