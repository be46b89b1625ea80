package de.lagezentrum;

import java.time.Duration;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import de.lagezentrum.browser.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Musterstadt as someone trying the demo sees it: staff work under way, every page accessible. */
class DemoBrowserTests extends BrowserTest {

    @Autowired
    @Administrator
    JdbcClient jdbc;

    @BeforeEach
    void demoLoaded() {
        // The staff and journal modules add their demo data after the first start's commit.
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql("""
                SELECT count(*) FROM journal.entry e JOIN staff.staff s ON s.id = e.staff_id
                  JOIN organisation.tenant t ON t.id = s.tenant_id
                 WHERE t.name = 'Musterstadt' AND s.name = 'Koordinierungsstab Ukraine'""")
                .query(Long.class).single() >= 19);
        login("stabsleitung", "Demo-Lagezentrum-2026");
    }

    @Test
    void theLeadSeesDecisionsJournalTasksAndApprovedProtocols() {
        page.navigate("/");
        var decisions = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Neueste Beschlüsse"));
        assertThat(decisions.locator("li")).hasCount(5);
        assertThat(decisions).containsText("Koordinierungsstab Ukraine");
        assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Neu im Einsatztagebuch"))
                .locator("li")).hasCount(5);
        assertThat(page.locator("#card-tasks-title").locator("..")).containsText("1 Aufgabe in Ihren Stäben ist überfällig");
        assertNoAxeViolations();

        page.navigate("/tasks?topic=Ehrenamt");
        assertThat(page.locator("tbody tr")).hasCount(1);
        assertThat(page.locator("tbody tr")).containsText("Ehrenamtsbörse");
        assertThat(page.locator("tbody tr")).containsText("überfällig");
        assertNoAxeViolations();

        page.navigate("/");
        decisions.getByRole(AriaRole.LINK).first().click();
        page.waitForURL(url -> url.contains("/sessions/"));
        assertThat(page.locator("main")).containsText("Version 1: genehmigt");
        assertThat(page.locator("main")).containsText("Die FAQ-Seite zur Ukraine-Hilfe erscheint zusätzlich");
        assertNoAxeViolations();

        page.navigate("/search?q=Koordinierungsstab");
        assertThat(page.locator("main a[href^='/sessions/']").first()).isVisible();
        assertNoAxeViolations();
    }
}
