package de.lagezentrum.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import de.lagezentrum.organisation.Role;
import de.lagezentrum.organisation.TestOrganisation;
import de.lagezentrum.organisation.TestOrganisation.TestTenant;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** With JavaScript switched off every form still works: the pages are only enhanced by htmx and scripts. */
class NoScriptBrowserTests extends BrowserTest {

    private TestTenant tenant;

    @Override
    protected boolean javaScriptEnabled() {
        return false;
    }

    @BeforeEach
    void createTenant() {
        tenant = sharedTenant(people -> people.user("Olga Ohnescript", Role.EMPLOYEE));
    }

    @Test
    void searchesPeopleWithAPlainFormSubmission() {
        signIn(tenant.admin());
        page.navigate("/admin/people");

        page.getByLabel("Name, E-Mail oder Benutzername").fill("Ohnescript");
        page.locator("main").getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions()
                .setName("Suchen")).click();

        page.waitForURL(url -> url.contains("q=Ohnescript"));
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("1 Person gefunden");
        assertThat(page.locator("#people-results tbody th")).hasText("Olga Ohnescript");
        assertThat(page.locator("h1")).hasText("Personen");
    }

    @Test
    void showsValidationErrorsAndCreatesADepartment() {
        signIn(tenant.admin());
        page.navigate("/admin/departments");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Fachbereich anlegen")).click();
        assertThat(page.locator(".error-summary a[href='#name']")).isVisible();
        assertThat(page.locator("#name")).hasAttribute("aria-invalid", "true");

        page.locator("#name").fill("Amt ohne Skript");
        page.locator("#shortName").fill("OS");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Fachbereich anlegen")).click();
        assertThat(page.locator(".messages")).containsText("„Amt ohne Skript“ ist gespeichert.");
    }

    @Test
    void sendsFeedbackAndSignsOut() {
        page.navigate("/barrierefreiheit");
        page.getByLabel("Ihre Nachricht").fill("Auch ohne JavaScript gesendet.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rückmeldung senden")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Vielen Dank");
        assertThat(page.getByRole(AriaRole.STATUS)).isFocused();

        login(tenant.user("Otto Ohnescript", Role.EMPLOYEE).username(), TestOrganisation.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Abmelden")).click();
        page.waitForURL(url -> url.endsWith("/login?logout"));
    }
}
