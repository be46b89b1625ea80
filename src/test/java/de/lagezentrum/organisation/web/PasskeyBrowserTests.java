package de.lagezentrum.organisation.web;

import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import de.lagezentrum.browser.BrowserTest;
import de.lagezentrum.organisation.Role;
import de.lagezentrum.organisation.TestOrganisation;
import de.lagezentrum.platform.security.CurrentUser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Passkeys in Chromium with its virtual authenticator (DevTools' WebAuthn domain, which stands for
 * Windows Hello or a security key): registering one with the keyboard, signing in with it, removing it.
 * Every page of the flow is axe-clean.
 */
class PasskeyBrowserTests extends BrowserTest {

    @BeforeEach
    void virtualAuthenticator() {
        CDPSession devTools = context.newCDPSession(page);
        devTools.send("WebAuthn.enable");
        JsonObject options = new JsonObject();
        options.addProperty("protocol", "ctap2");
        options.addProperty("transport", "internal");
        options.addProperty("hasResidentKey", true);
        options.addProperty("hasUserVerification", true);
        options.addProperty("isUserVerified", true);
        options.addProperty("automaticPresenceSimulation", true);
        JsonObject parameters = new JsonObject();
        parameters.add("options", options);
        devTools.send("WebAuthn.addVirtualAuthenticator", parameters);
    }

    @Test
    void registerAPasskeyWithTheKeyboardSignInWithItAndRemoveIt() {
        CurrentUser user = sharedTenant().user("Paula Passkey", Role.EMPLOYEE);
        login(user.username(), TestOrganisation.PASSWORD);
        page.navigate("/profile");
        var add = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Passkey hinzufügen"));
        tabTo(add);
        page.keyboard().press("Enter");

        assertThat(page).hasURL(baseUrl() + "/profile/mfa/passkey");
        assertNoAxeViolations();
        var submit = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Passkey einrichten"));
        tabTo(submit);
        page.keyboard().press("Enter");
        assertThat(page.locator("#passkey-error")).isFocused();
        assertThat(page.locator("#passkey-error")).containsText("höchstens 80 Zeichen");
        assertNoAxeViolations();
        page.locator("#passkey-label").fill("Diensthandy");
        tabTo(submit);
        page.keyboard().press("Enter");

        assertThat(page).hasURL(baseUrl() + "/profile/mfa/recovery-codes");
        assertThat(page.locator("#recovery-codes li")).hasCount(10);
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Der Passkey ist eingerichtet");
        assertNoAxeViolations();
        page.navigate("/profile");
        assertThat(page.locator("#passkeys-caption + thead + tbody")).containsText("Diensthandy");
        assertNoAxeViolations();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Abmelden").setExact(true)).click();

        page.navigate("/login");
        page.locator("#username").fill(user.username());
        page.locator("#password").fill(TestOrganisation.PASSWORD);
        page.keyboard().press("Enter");
        assertThat(page).hasURL(baseUrl() + "/login/mfa");
        assertNoAxeViolations();
        var confirm = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mit Passkey bestätigen"));
        tabTo(confirm);
        page.keyboard().press("Enter");

        assertThat(page).hasURL(baseUrl() + "/");
        assertThat(page.locator(".account__profile")).containsText("Paula Passkey");
        page.navigate("/profile");
        var remove = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Entfernen"));
        tabTo(remove);
        page.keyboard().press("Enter");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Passkey entfernen");
        assertNoAxeViolations();
        page.locator("#code").fill(TestOrganisation.PASSWORD);
        page.keyboard().press("Enter");

        assertThat(page).hasURL(baseUrl() + "/profile");
        assertThat(page.locator(".notice")).containsText("Der Passkey „Diensthandy“ ist entfernt.");
        assertThat(page.locator("#passkeys-heading + p")).containsText("noch keinen Passkey");
    }
}
