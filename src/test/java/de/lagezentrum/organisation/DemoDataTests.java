package de.lagezentrum.organisation;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import de.lagezentrum.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Musterstadt's demo data: departments, people and one account for every role, as the README lists them. */
@IntegrationTest
class DemoDataTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyRoleHasADemoAccount() {
        List<String> roles = jdbc.sql("""
                SELECT DISTINCT r.role FROM organisation.account_role r
                  JOIN organisation.account a ON a.id = r.account_id
                  JOIN organisation.tenant t ON t.id = a.tenant_id WHERE t.name = 'Musterstadt'""")
                .query(String.class).list();

        assertThat(roles).containsExactlyInAnyOrder(java.util.Arrays.stream(Role.values()).map(Role::name)
                .toArray(String[]::new));
    }

    @Test
    void theReadmesDemoLoginsExist() {
        List<String> usernames = jdbc.sql("SELECT username FROM organisation.account").query(String.class).list();

        assertThat(usernames).contains("admin", "stabsleitung", "stab", "presse", "journalist", "veranstaltung",
                "moderation", "programm", "mitarbeiterin");
        assertThat(jdbc.sql("""
                SELECT count(*) FROM organisation.department d JOIN organisation.tenant t ON t.id = d.tenant_id
                 WHERE t.name = 'Musterstadt'""").query(Long.class).single()).isGreaterThanOrEqualTo(10);
    }

    @Test
    void musterstadtHasItsCoordinationStaffWithWeeklySessions() {
        // The staff module adds it in reaction to the demo city, after the first start's commit.
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("""
                SELECT count(*) FROM staff.staff s JOIN organisation.tenant t ON t.id = s.tenant_id
                 WHERE t.name = 'Musterstadt' AND s.name = 'Koordinierungsstab Ukraine'
                   AND EXISTS (SELECT 1 FROM staff.session_series r WHERE r.staff_id = s.id)""")
                .query(Long.class).single() == 1);

        // Other tests may name a staff alike in their own municipalities: look at Musterstadt only.
        assertThat(jdbc.sql("""
                SELECT count(*) FROM staff.staff_member m JOIN staff.staff s ON s.id = m.staff_id
                  JOIN organisation.tenant t ON t.id = s.tenant_id
                 WHERE t.name = 'Musterstadt' AND s.name = 'Koordinierungsstab Ukraine'""").query(Long.class).single())
                .isGreaterThanOrEqualTo(8);
        assertThat(jdbc.sql("""
                SELECT a.username FROM staff.staff s JOIN organisation.account a ON a.person_id = s.lead_id
                  JOIN organisation.tenant t ON t.id = s.tenant_id
                 WHERE t.name = 'Musterstadt' AND s.name = 'Koordinierungsstab Ukraine'""").query(String.class).single())
                .isEqualTo("stabsleitung");
    }
}
