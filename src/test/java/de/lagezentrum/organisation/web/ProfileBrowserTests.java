package de.lagezentrum.organisation.web;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import de.lagezentrum.browser.BrowserTest;
import de.lagezentrum.organisation.Role;
import de.lagezentrum.organisation.TestOrganisation;
import de.lagezentrum.platform.security.CurrentUser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The own profile: details, password change with its errors, and the list of API tokens. */
class ProfileBrowserTests extends BrowserTest {

    private static final AtomicReference<CurrentUser> USER = new AtomicReference<>();

    private CurrentUser user;

    @BeforeEach
    void signInAndOpen() {
        user = USER.updateAndGet(known -> known != null ? known
                : sharedTenant().user("Paula Profil", Role.STAFF_MEMBER, Role.EMPLOYEE));
        signIn(user);
    }

    @Test
    void profileWithTokensIsAccessible() {
        APIResponse issued = context.request().post("/api/v1/tokens", RequestOptions.create()
                .setData(Map.of("username", user.username(), "password", TestOrganisation.PASSWORD)));
        assertThat(issued).isOK();

        page.navigate("/profile");

        assertThat(page.locator("h1")).hasText("Mein Profil");
        Locator tokens = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Gültige Tokens"));
        assertThat(tokens.locator("tbody tr")).hasCount(1);
        assertNoAxeViolations();

        tokens.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Widerrufen")).click();
        assertThat(page.locator(".messages")).hasText("Das Token ist widerrufen.");
        assertThat(page.getByText("Sie haben keine gültigen Tokens.")).isVisible();
        assertNoAxeViolations();
    }

    @Test
    void savesOwnDetails() {
        page.navigate("/profile");
        page.getByLabel("Funktion").fill("Lagedienstführerin");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern")).click();

        assertThat(page.locator(".messages")).hasText("Ihre Angaben sind gespeichert.");
        assertThat(page.getByLabel("Funktion")).hasValue("Lagedienstführerin");
    }

    @Test
    void mismatchedPasswordsShowAFocusedErrorSummaryLinkedToTheField() {
        page.navigate("/profile");
        Locator form = page.locator("form[aria-labelledby=password-heading]");
        form.getByLabel("Aktuelles Passwort").fill(TestOrganisation.PASSWORD);
        form.getByLabel("Neues Passwort (Pflichtfeld)").fill("Ein-ganz-neues-Passwort-1");
        form.getByLabel("Neues Passwort wiederholen").fill("Ein-anderes-Passwort-2");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Passwort ändern")).click();

        Locator summary = page.locator(".error-summary");
        assertThat(summary).isFocused();
        assertThat(summary.locator("a[href='#confirmation']"))
                .hasText("Neues Passwort wiederholen: Die beiden neuen Passwörter stimmen nicht überein.");
        assertThat(page.locator("#confirmation")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#confirmation")).hasAccessibleDescription("Fehler: Die beiden neuen Passwörter stimmen nicht überein.");
        assertNoAxeViolations();
    }

    @Test
    void changesThePassword() {
        CurrentUser own = sharedTenant().user("Pia Passwort", Role.EMPLOYEE);
        context.clearCookies();
        login(own.username(), TestOrganisation.PASSWORD);
        page.navigate("/profile");
        Locator form = page.locator("form[aria-labelledby=password-heading]");
        form.getByLabel("Aktuelles Passwort").fill(TestOrganisation.PASSWORD);
        form.getByLabel("Neues Passwort (Pflichtfeld)").fill("Ein-ganz-neues-Passwort-1");
        form.getByLabel("Neues Passwort wiederholen").fill("Ein-ganz-neues-Passwort-1");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Passwort ändern")).click();

        assertThat(page.locator(".messages")).hasText("Ihr Passwort ist geändert.");
        assertThat(page.locator(".error-summary")).hasCount(0);
    }
}
