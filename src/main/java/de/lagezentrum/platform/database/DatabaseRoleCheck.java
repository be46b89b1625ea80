package de.lagezentrum.platform.database;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Refuses to start when the application's database role is a superuser or may bypass row-level
 * security: with such a role the second fence between municipalities would silently be open. An
 * installation that knowingly runs so sets {@code lagezentrum.database.allow-rls-bypass=true} and gets
 * a warning in the log instead.
 */
final class DatabaseRoleCheck implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(DatabaseRoleCheck.class);

    private final DataSource dataSource;
    private final boolean allowBypass;

    DatabaseRoleCheck(DataSource dataSource, boolean allowBypass) {
        this.dataSource = dataSource;
        this.allowBypass = allowBypass;
    }

    @Override
    public void afterPropertiesSet() {
        RoleFacts role = new JdbcTemplate(dataSource).queryForObject("""
                SELECT rolname, rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user""",
                (rs, row) -> new RoleFacts(rs.getString(1), rs.getBoolean(2), rs.getBoolean(3)));
        if (role == null || !(role.superuser() || role.bypassRls())) {
            return;
        }
        String problem = "The database role '" + role.name() + "' "
                + (role.superuser() ? "is a superuser" : "has BYPASSRLS")
                + ": row-level security would not separate the municipalities.";
        if (!allowBypass) {
            throw new IllegalStateException(problem + " Connect as an ordinary role (see docs/operations.md) or set"
                    + " lagezentrum.database.allow-rls-bypass=true to run anyway.");
        }
        log.warn("{} Running anyway because lagezentrum.database.allow-rls-bypass is set.", problem);
    }

    record RoleFacts(String name, boolean superuser, boolean bypassRls) {
    }
}
