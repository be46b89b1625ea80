package de.lagezentrum.platform.security;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import de.lagezentrum.browser.BrowserTest;
import de.lagezentrum.organisation.Role;
import de.lagezentrum.organisation.TestOrganisation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The login page in its three states, and signing in and out with the keyboard alone. */
class LoginBrowserTests extends BrowserTest {

    @Test
    void loginPageIsAccessible() {
        page.navigate("/login");

        assertThat(page).hasTitle("Anmelden – Lagezentrum");
        assertThat(page.locator("html")).hasAttribute("lang", "de");
        assertNoAxeViolations();
    }

    @Test
    void signsInWithTheKeyboardAlone() {
        CurrentUser user = sharedTenant().user("Kim Tastatur", Role.EMPLOYEE);
        page.navigate("/login");

        tabTo(page.locator("#username"));
        page.keyboard().type(user.username());
        page.keyboard().press("Tab");
        assertThat(page.locator("#password")).isFocused();
        page.keyboard().type(TestOrganisation.PASSWORD);
        page.keyboard().press("Enter");

        page.waitForURL(baseUrl() + "/");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Lage auf einen Blick");
        assertThat(page.locator(".account__profile")).containsText("Kim Tastatur");
    }

    @Test
    void wrongPasswordShowsAFocusedErrorThatTheFieldsReferTo() {
        CurrentUser user = sharedTenant().user("Falk Fehl", Role.EMPLOYEE);
        page.navigate("/login");
        page.getByLabel("Benutzername").fill(user.username());
        page.getByLabel("Passwort").fill("falsches-Passwort-123");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anmelden")).click();

        page.waitForURL(baseUrl() + "/login?error");
        Locator summary = page.locator(".error-summary");
        assertThat(summary).isFocused();
        assertThat(summary).containsText("Benutzername oder Passwort sind nicht richtig.");
        for (String field : new String[] {"#username", "#password"}) {
            assertThat(page.locator(field)).hasAttribute("aria-invalid", "true");
            assertThat(page.locator(field)).hasAccessibleDescription("Benutzername oder Passwort sind nicht richtig.");
        }
        assertNoAxeViolations();
    }

    @Test
    void signingOutShowsANoticeOnTheLoginPage() {
        CurrentUser user = sharedTenant().user("Abbas Abmeldung", Role.EMPLOYEE);
        login(user.username(), TestOrganisation.PASSWORD);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Abmelden")).click();

        page.waitForURL(baseUrl() + "/login?logout");
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Sie haben sich abgemeldet.");
        assertThat(page.getByRole(AriaRole.STATUS)).isFocused();
        assertThat(page.locator(".account__profile")).hasCount(0);
        assertNoAxeViolations();
    }

    @Test
    void englishLoginPageIsAccessible() {
        page.navigate("/login?lang=en");

        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("h1")).hasText("Sign in");
        assertNoAxeViolations();
    }

    /** Every page names the application's icon, and it is served without a login. */
    @Test
    void pagesNameTheirIcon() {
        page.navigate("/login");
        assertThat(page.locator("link[rel=icon]")).hasAttribute("href", "/images/favicon.svg");
        var icon = page.request().get("/images/favicon.svg");
        org.assertj.core.api.Assertions.assertThat(icon.status()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(icon.headers().get("content-type")).startsWith("image/svg+xml");
    }
}
