package de.lagezentrum.platform.web;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import de.lagezentrum.browser.BrowserTest;
import de.lagezentrum.organisation.Role;
import de.lagezentrum.organisation.TestOrganisation.TestTenant;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The audit log, the list of accessibility feedback and the error pages. */
class AdminPagesBrowserTests extends BrowserTest {

    private TestTenant tenant;

    @BeforeEach
    void createTenant() {
        tenant = sharedTenant();
    }

    @Test
    void auditLogAndTheHistoryOfOneRecordAreAccessible() {
        signIn(tenant.admin());
        page.navigate("/admin/departments");
        page.locator("#name").fill("Rechnungsprüfung");
        page.locator("#shortName").fill("14");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Fachbereich anlegen")).click();
        assertThat(page.locator(".messages")).containsText("Rechnungsprüfung");

        page.navigate("/admin/audit");
        assertThat(page.locator("h1")).hasText("Änderungsprotokoll");
        Locator row = page.locator("tbody tr").filter(new Locator.FilterOptions().setHasText("Rechnungsprüfung"));
        assertThat(row).hasCount(1);
        assertThat(row).containsText(tenant.admin().username());
        assertNoAxeViolations();

        tabTo(row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Verlauf")));
        page.keyboard().press("Enter");
        page.waitForURL(url -> url.contains("entity="));
        assertThat(page.locator("tbody tr")).hasCount(1);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Alle Einträge anzeigen"))).isVisible();
        assertNoAxeViolations();
    }

    @Test
    void feedbackListAndMarkingAsHandledAreAccessible() {
        signIn(tenant.admin());
        page.navigate("/barrierefreiheit");
        page.getByLabel("Ihre Nachricht").fill("Der Kontrast im Kalender ist zu schwach.");
        page.getByLabel("Betroffene Seite").fill("/kalender");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rückmeldung senden")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Vielen Dank");

        page.navigate("/admin/feedback");
        assertThat(page.locator("h1")).hasText("Rückmeldungen zur Barrierefreiheit");
        Locator entry = page.locator(".entry").filter(new Locator.FilterOptions().setHasText("Kontrast im Kalender"));
        assertThat(entry).containsText("/kalender");
        assertNoAxeViolations();

        entry.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Als erledigt markieren")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Die Rückmeldung ist als erledigt markiert.");
        assertThat(entry.locator(".badge")).hasText("erledigt");
        assertThat(entry.getByRole(AriaRole.BUTTON)).hasCount(0);
        assertNoAxeViolations();
    }

    @Test
    void emptyFeedbackListIsAccessible() {
        signIn(organisation.newTenant("Stillestadt").admin());
        page.navigate("/admin/feedback");

        assertThat(page.getByText("Es sind keine Rückmeldungen eingegangen.")).isVisible();
        assertNoAxeViolations();
    }

    @Test
    void notFoundPageIsAccessible() {
        signIn(tenant.admin());

        Response response = page.navigate("/gibt-es-nicht");

        assertThat(response.status()).isEqualTo(404);
        assertThat(page.locator("h1")).hasText("Nicht gefunden");
        assertThat(page).hasTitle("Nicht gefunden – Lagezentrum");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Zur Startseite"))).isVisible();
        assertNoAxeViolations();
    }

    @Test
    void englishNotFoundPageIsAccessible() {
        signIn(tenant.admin());

        Response response = page.navigate("/gibt-es-nicht?lang=en");

        assertThat(response.status()).isEqualTo(404);
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("h1")).hasText("Not found");
        assertNoAxeViolations();
    }

    @Test
    void forbiddenPageIsAccessible() {
        signIn(tenant.user("Nora Nichtadmin", Role.EMPLOYEE));

        Response response = page.navigate("/admin/departments");

        assertThat(response.status()).isEqualTo(403);
        assertThat(page.locator("h1")).hasText("Keine Berechtigung");
        assertThat(page.locator(".main-nav a[href^='/admin']")).hasCount(0);
        assertNoAxeViolations();
    }
}
