package de.lagezentrum.organisation.web;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import de.lagezentrum.browser.BrowserTest;
import de.lagezentrum.organisation.Role;
import de.lagezentrum.organisation.TestOrganisation.TestTenant;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** People: the live search, the person form for new and existing people, and its validation errors. */
class PeopleBrowserTests extends BrowserTest {

    private TestTenant tenant;

    @BeforeEach
    void signInAndOpen() {
        tenant = sharedTenant(people -> {
            people.user("Anna Apfel", Role.EMPLOYEE);
            people.user("Bernd Birne", Role.STAFF_MEMBER, Role.EMPLOYEE);
            people.user("Carla Kirsche", Role.PRESS_OFFICE);
        });
        signIn(tenant.admin());
        page.navigate("/admin/people");
    }

    @Test
    void listIsAccessible() {
        assertThat(page.locator("h1")).hasText("Personen");
        assertThat(page.getByRole(AriaRole.STATUS)).hasText(Pattern.compile("^\\d+ Personen gefunden$"));
        assertThat(page.getByRole(AriaRole.SEARCH, new Page.GetByRoleOptions().setName("Personen suchen"))).isVisible();
        assertNoAxeViolations();
    }

    @Test
    void liveSearchUpdatesResultsAndCountWithoutReloadOrMovingFocus() {
        page.evaluate("() => { window.notReloaded = true; window.statusRegion = document.getElementById('people-status'); }");
        Locator status = page.getByRole(AriaRole.STATUS);
        assertThat(status).hasAttribute("id", "people-status");
        assertThat(page.locator("#people-status")).hasAttribute("role", "status");

        tabTo(page.getByLabel("Name, E-Mail oder Benutzername"));
        page.keyboard().type("Birne");

        assertThat(status).hasText("1 Person gefunden");
        assertThat(page.locator("#people-results tbody tr")).hasCount(1);
        assertThat(page.locator("#people-results tbody th")).hasText("Bernd Birne");
        assertThat(page.getByLabel("Name, E-Mail oder Benutzername")).isFocused();
        assertThat(page.evaluate("() => window.notReloaded === true")).isEqualTo(true);
        assertThat(page.evaluate("() => document.getElementById('people-status') === window.statusRegion"))
                .as("the live region stays the same element, so screen readers announce its new text").isEqualTo(true);
        page.waitForURL(url -> url.contains("q=Birne"));
        assertNoAxeViolations();

        page.keyboard().press("ControlOrMeta+A");
        page.keyboard().type("Niemand");
        assertThat(status).hasText("Keine Person gefunden");
        assertThat(page.locator("#people-results table")).hasCount(0);
    }

    @Test
    void backAfterALiveSearchShowsTheWholePage() {
        String everybody = page.getByRole(AriaRole.STATUS).textContent();
        page.getByLabel("Name, E-Mail oder Benutzername").pressSequentially("Apfel");
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("1 Person gefunden");
        page.waitForURL(url -> url.contains("q=Apfel"));

        page.goBack();

        assertThat(page.locator("h1")).hasText("Personen");
        assertThat(page.locator(".main-nav")).isVisible();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText(everybody);
        assertThat(page.getByLabel("Name, E-Mail oder Benutzername")).isEmpty();
    }

    @Test
    void newPersonFormIsAccessible() {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Person anlegen")).click();

        assertThat(page.locator("h1")).hasText("Person anlegen");
        assertNoAxeViolations();
    }

    @Test
    void createsAPersonWithAnAccountAndRoles() {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Person anlegen")).click();
        page.getByLabel("Name (Pflichtfeld)").fill("Dora Dattel");
        page.getByLabel("Benutzername").fill("dora-" + System.nanoTime());
        page.getByLabel("Erstes Passwort").fill("Ein-sicheres-Passwort-2026");
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Stabsmitglied")).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern")).click();

        page.waitForURL(url -> url.endsWith("/admin/people"));
        assertThat(page.locator(".messages")).containsText("„Dora Dattel“ ist gespeichert.");
        Locator row = page.locator("tbody tr").filter(new Locator.FilterOptions().setHasText("Dora Dattel"));
        assertThat(row).containsText("Stabsmitglied");
    }

    @Test
    void invalidNewPersonShowsAFocusedErrorSummaryLinkedToTheFields() {
        page.navigate("/admin/people/new");
        page.getByLabel("E-Mail-Adresse").fill("keine-adresse");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern")).click();

        Locator summary = page.locator(".error-summary");
        assertThat(summary).isFocused();
        assertThat(summary.locator("a[href='#displayName']")).hasText("Name: Bitte füllen Sie dieses Feld aus.");
        assertThat(summary.locator("a[href='#email']")).containsText("E-Mail-Adresse: Bitte geben Sie eine gültige E-Mail-Adresse ein");
        for (String field : new String[] {"displayName", "email"}) {
            assertThat(page.locator("#" + field)).hasAttribute("aria-invalid", "true");
            assertThat(page.locator("#" + field + "-error")).isVisible();
        }
        assertNoAxeViolations();
    }

    @Test
    void rolesWithoutUsernameAreExplainedAtTheRoles() {
        page.navigate("/admin/people/new");
        page.getByLabel("Name (Pflichtfeld)").fill("Emil Erdbeere");
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Pressestelle")).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern")).click();

        Locator summary = page.locator(".error-summary");
        assertThat(summary).isFocused();
        Locator link = summary.locator("a[href='#roles']");
        assertThat(link).containsText("Rollen: Rollen gibt es nur mit Zugang");
        assertThat(page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Rollen")))
                .hasAccessibleDescription(Pattern.compile("Rollen gibt es nur mit Zugang"));
        assertNoAxeViolations();
        link.click();
        assertThat(page.locator("#roles")).isFocused();
    }

    @Test
    void editFormOfAPersonWithAccountIsAccessible() {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bernd Birne")).click();

        assertThat(page.locator("h1")).hasText("Person bearbeiten");
        assertThat(page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Darf sich anmelden"))).isChecked();
        assertThat(page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Stabsmitglied"))).isChecked();
        assertNoAxeViolations();
    }
}
