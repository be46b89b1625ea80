package de.lagezentrum.staff.web;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import de.lagezentrum.browser.BrowserTest;
import de.lagezentrum.organisation.Role;
import de.lagezentrum.platform.security.CurrentUser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** A staff lead sets up a staff, adds a member and assigns a topic area, by keyboard and mouse alike. */
class StaffBrowserTests extends BrowserTest {

    @Test
    void leadSetsUpAStaffAndAddsAMember() {
        CurrentUser lead = sharedTenant().user("Beate Leitung", Role.STAFF_LEAD, Role.EMPLOYEE);
        CurrentUser colleague = sharedTenant().user("Jonas Kollege", Role.STAFF_MEMBER);
        signIn(lead);

        page.navigate("/staffs");
        assertThat(page.locator("h1")).hasText("Stäbe");
        assertNoAxeViolations();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stab einrichten")).click();
        assertThat(page.locator(".error-summary")).isFocused();
        assertThat(page.locator("#name")).hasAttribute("aria-invalid", "true");
        assertNoAxeViolations();

        page.locator("#name").fill("Koordinierungsstab Ukraine");
        page.locator("#description").fill("Aufnahme und Unterbringung Geflüchteter");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stab einrichten")).click();
        page.waitForURL(url -> url.matches(".*/staffs/[0-9a-f-]{36}$"));
        assertThat(page.locator("h1")).hasText("Koordinierungsstab Ukraine");
        assertThat(page.locator("#topics-caption")).isVisible();
        assertThat(page.getByRole(AriaRole.ROWHEADER, new Page.GetByRoleOptions().setName("Unterbringung")))
                .isVisible();
        assertNoAxeViolations();

        page.locator("#personId").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel(colleague.displayName()));
        page.locator("#function").fill("Protokollführung");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mitglied hinzufügen")).click();
        Locator members = page.locator("#members-caption").locator("..");
        assertThat(members).containsText("Jonas Kollege");
        assertThat(members).containsText("Protokollführung");
        assertNoAxeViolations();
    }

    @Test
    void outsidersGetNotFound() {
        CurrentUser lead = sharedTenant().user("Lea Leitung", Role.STAFF_LEAD);
        signIn(lead);
        page.navigate("/staffs");
        page.locator("#name").fill("Stab Wärme");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stab einrichten")).click();
        page.waitForURL(url -> url.matches(".*/staffs/[0-9a-f-]{36}$"));
        String staffUrl = page.url();

        CurrentUser outsider = sharedTenant().user("Otto Außen", Role.EMPLOYEE);
        context.clearCookies();
        signIn(outsider);
        var response = page.navigate(staffUrl);

        org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(404);
        assertThat(page.locator("h1")).hasText("Nicht gefunden");
        assertNoAxeViolations();
    }
}
