package de.lagezentrum.organisation.web;

import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import de.lagezentrum.browser.BrowserTest;
import de.lagezentrum.organisation.Role;
import de.lagezentrum.organisation.TestOrganisation;
import de.lagezentrum.organisation.mfa.TestTotp;
import de.lagezentrum.platform.security.CurrentUser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Setting up an authenticator app and signing in with it, in Chromium and with the keyboard: every
 * page of the flow (enrolment with QR code, recovery codes, the second step, the profile, the
 * municipality's rule) is axe-clean.
 */
class MfaBrowserTests extends BrowserTest {

    @Test
    void enrolWithTheKeyboardThenSignInWithTheCode() {
        CurrentUser user = sharedTenant().user("Karla Kennwort", Role.EMPLOYEE);
        login(user.username(), TestOrganisation.PASSWORD);
        page.navigate("/profile");
        var start = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Authenticator-App einrichten"));
        tabTo(start);
        page.keyboard().press("Enter");

        assertThat(page).hasURL(baseUrl() + "/profile/mfa/totp");
        assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName(
                "QR-Code zum Einrichten der Authenticator-App; der Schlüssel steht darunter als Text."))).isVisible();
        assertNoAxeViolations();
        String secret = page.locator("#totp-secret").textContent();
        page.locator("#code").fill(TestTotp.code(secret, 0));
        page.keyboard().press("Enter");

        assertThat(page.locator("#recovery-codes li")).hasCount(10);
        assertNoAxeViolations();
        page.navigate("/profile");
        assertThat(page.locator("#mfa-heading + p")).containsText("10 Wiederherstellungscode(s)");
        assertNoAxeViolations();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Abmelden").setExact(true)).click();

        page.navigate("/login");
        page.locator("#username").fill(user.username());
        page.locator("#password").fill(TestOrganisation.PASSWORD);
        page.keyboard().press("Enter");
        assertThat(page).hasURL(baseUrl() + "/login/mfa");
        assertNoAxeViolations();
        page.locator("#code").fill(TestTotp.wrongCode(secret));
        page.keyboard().press("Enter");
        assertThat(page.locator("#code")).hasAttribute("aria-invalid", "true");
        assertNoAxeViolations();
        page.locator("#code").fill(TestTotp.code(secret, 1));
        page.keyboard().press("Enter");

        assertThat(page).hasURL(baseUrl() + "/");
        assertThat(page.locator(".account__profile")).containsText("Karla Kennwort");
    }

    @Test
    void theMunicipalitysRulePageIsAccessible() {
        signIn(sharedTenant().admin());
        page.navigate("/admin/security");

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Sicherheit der Kommune");
        assertThat(page.getByRole(AriaRole.GROUP)).containsText("Stabsleitung");
        assertNoAxeViolations();
    }
}
