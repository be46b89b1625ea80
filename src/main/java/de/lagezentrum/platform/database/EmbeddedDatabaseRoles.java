package de.lagezentrum.platform.database;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The two roles of the embedded server, created as its superuser on every start (idempotently):
 * {@value #OWNER} owns the schemas and runs the migrations; {@value #APPLICATION}, which the
 * application connects as, owns nothing and is bound by row-level security. A data directory from
 * before these roles existed has its objects handed over to the owner.
 *
 * <p>The embedded server trusts local connections (it is for a laptop and for tests); a real cluster
 * uses passwords, see docs/operations.md.
 */
final class EmbeddedDatabaseRoles {

    /** The role that owns the schemas and migrates them. */
    static final String OWNER = "lagezentrum_owner";

    /** The role the application runs as. */
    static final String APPLICATION = "lagezentrum_app";

    private static final String SCHEMAS = "'platform', 'organisation', 'staff', 'journal'";

    private EmbeddedDatabaseRoles() {
    }

    static void ensure(DataSource superuser) {
        JdbcTemplate jdbc = new JdbcTemplate(superuser);
        jdbc.execute("""
                DO $$
                BEGIN
                    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1$s') THEN
                        CREATE ROLE %1$s LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
                    END IF;
                    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%2$s') THEN
                        CREATE ROLE %2$s LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
                    END IF;
                END
                $$""".formatted(OWNER, APPLICATION));
        jdbc.execute("GRANT CONNECT, CREATE, TEMPORARY ON DATABASE postgres TO " + OWNER);
        jdbc.execute("GRANT CONNECT ON DATABASE postgres TO " + APPLICATION);
        jdbc.execute("GRANT USAGE, CREATE ON SCHEMA public TO " + OWNER);
        jdbc.execute(handOver());
    }

    /** Hands schemas, tables, views, sequences and functions still owned by another role to the owner. */
    private static String handOver() {
        return """
                DO $$
                DECLARE
                    r record;
                BEGIN
                    FOR r IN SELECT n.nspname FROM pg_namespace n
                              WHERE n.nspname IN (%2$s) AND n.nspowner <> '%1$s'::regrole LOOP
                        EXECUTE format('ALTER SCHEMA %%I OWNER TO %1$s', r.nspname);
                    END LOOP;
                    FOR r IN SELECT c.oid::regclass AS relation FROM pg_class c
                               JOIN pg_namespace n ON n.oid = c.relnamespace
                              WHERE (n.nspname IN (%2$s) OR (n.nspname = 'public' AND c.relname = 'flyway_schema_history'))
                                AND c.relkind IN ('r', 'p', 'v', 'm', 'S') AND c.relowner <> '%1$s'::regrole
                                AND NOT EXISTS (SELECT 1 FROM pg_depend d
                                                 WHERE d.objid = c.oid AND c.relkind = 'S' AND d.deptype IN ('a', 'i')) LOOP
                        EXECUTE format('ALTER TABLE %%s OWNER TO %1$s', r.relation);
                    END LOOP;
                    FOR r IN SELECT p.oid::regprocedure AS function FROM pg_proc p
                               JOIN pg_namespace n ON n.oid = p.pronamespace
                              WHERE n.nspname IN (%2$s) AND p.proowner <> '%1$s'::regrole LOOP
                        EXECUTE format('ALTER FUNCTION %%s OWNER TO %1$s', r.function);
                    END LOOP;
                END
                $$""".formatted(OWNER, SCHEMAS);
    }
}
