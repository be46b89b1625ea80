package de.lagezentrum.platform.database;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import de.lagezentrum.IntegrationTest;
import de.lagezentrum.platform.database.EmbeddedPostgresConfiguration.EmbeddedPostgresLease;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The application refuses a database role that row-level security would not bind. */
@IntegrationTest
class DatabaseRoleCheckTests {

    @Autowired
    EmbeddedPostgresLease embedded;

    @Autowired
    DataSource application;

    @Test
    void theApplicationsOwnRoleIsOrdinary() {
        assertThatCode(() -> new DatabaseRoleCheck(application, false).afterPropertiesSet()).doesNotThrowAnyException();
        assertThat(JdbcClient.create(application).sql("SELECT current_user").query(String.class).single())
                .isEqualTo(EmbeddedDatabaseRoles.APPLICATION);
    }

    @Test
    void aSuperuserIsRefusedUnlessExplicitlyAllowed() {
        DataSource superuser = new DriverManagerDataSource(embedded.administratorUrl());

        assertThatThrownBy(() -> new DatabaseRoleCheck(superuser, false).afterPropertiesSet())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("is a superuser")
                .hasMessageContaining("lagezentrum.database.allow-rls-bypass");
        assertThatCode(() -> new DatabaseRoleCheck(superuser, true).afterPropertiesSet()).doesNotThrowAnyException();
    }

    @Test
    void aRoleWithBypassRlsIsRefused() {
        JdbcClient administrator = JdbcClient.create(new DriverManagerDataSource(embedded.administratorUrl()));
        administrator.sql("""
                DO $$ BEGIN
                    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'lagezentrum_bypass') THEN
                        CREATE ROLE lagezentrum_bypass LOGIN BYPASSRLS;
                    END IF;
                END $$""").update();
        String url = embedded.administratorUrl().replace("user=postgres", "user=lagezentrum_bypass");

        assertThatThrownBy(() -> new DatabaseRoleCheck(new DriverManagerDataSource(url), false).afterPropertiesSet())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("has BYPASSRLS");
    }
}
