package de.lagezentrum.organisation.web;

import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import de.lagezentrum.browser.BrowserTest;
import de.lagezentrum.organisation.Role;
import de.lagezentrum.organisation.TestOperator;
import de.lagezentrum.organisation.TestOrganisation;
import de.lagezentrum.platform.security.CurrentUser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The operator adds a municipality in the browser, with the keyboard; its admin sets the password
 * through the mailed link and signs in. Both pages are axe-clean, also with errors.
 */
class TenantBrowserTests extends BrowserTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    GreenMail mail;

    @Test
    void operatorCreatesAMunicipalityAndItsAdminSetsThePassword() {
        CurrentUser operator = sharedTenant().user("Betrieb", Role.OPERATOR, Role.EMPLOYEE);
        signIn(operator);
        page.navigate("/");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kommunen").setExact(true)).click();
        assertThat(page.locator("h1")).hasText("Kommunen der Installation");
        assertNoAxeViolations();

        String name = "Tastenstadt " + UUID.randomUUID().toString().substring(0, 6);
        String username = "tasten" + UUID.randomUUID().toString().substring(0, 6);
        String email = username + "@tastenstadt.example";
        Locator form = page.locator("form[aria-labelledby=new-tenant]");
        tabTo(form.getByLabel("Name", new Locator.GetByLabelOptions().setExact(false)).first());
        page.keyboard().type(name);
        page.keyboard().press("Tab");
        page.keyboard().type(username);
        page.keyboard().press("Tab");
        page.keyboard().type(email);
        page.keyboard().press("Enter");

        assertThat(page.locator(".messages .notice")).containsText("„" + name + "“ ist angelegt.");
        // The list is paged by name; in a busy installation the new one need not be on the first page.
        assertThat(page.locator("#tenants-caption")).containsText("Kommunen");
        assertNoAxeViolations();

        String token = new TestOperator(mvc, mail, organisation).linkTokenMailedTo(email);
        page.context().clearCookies();
        page.navigate("/password/set?token=" + token);
        assertThat(page.locator("h1")).hasText("Passwort festlegen");
        assertThat(page.locator("main")).containsText(username);
        page.locator("#newPassword").fill("zu kurz");
        page.getByLabel("Neues Passwort wiederholen").fill("zu kurz");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Passwort festlegen")).click();
        assertThat(page.locator(".error-summary")).isFocused();
        assertThat(page.locator("#newPassword")).hasAttribute("aria-invalid", "true");
        assertNoAxeViolations();

        page.locator("#newPassword").fill(TestOrganisation.PASSWORD);
        page.locator("#confirmation").fill(TestOrganisation.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Passwort festlegen")).click();
        assertThat(page.locator("main .notice")).containsText("Ihr Passwort ist festgelegt.");
        login(username, TestOrganisation.PASSWORD);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kommunen").setExact(true)))
                .hasCount(0);
    }

    @Test
    void invalidInputShowsAccessibleErrorsAndTheNavigationIsForOperatorsOnly() {
        signIn(sharedTenant().admin());
        page.navigate("/");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kommunen").setExact(true)))
                .hasCount(0);

        context.clearCookies();
        signIn(sharedTenant().user("Betrieb Fehler", Role.OPERATOR));
        page.navigate("/operator/tenants");
        page.locator("#adminEmail").fill("keine-adresse");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kommune anlegen")).click();

        assertThat(page.locator(".error-summary")).isFocused();
        assertThat(page.locator("#name")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#adminEmail")).hasAttribute("aria-describedby",
                java.util.regex.Pattern.compile("adminEmail-error"));
        assertThat(page.locator("#adminEmail")).hasValue("keine-adresse");
        assertNoAxeViolations();
    }
}
