package de.lagezentrum.organisation.web;

import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import de.lagezentrum.browser.BrowserTest;
import de.lagezentrum.organisation.TestOrganisation.TestTenant;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The admin keeps the municipality's settings with the keyboard; the page is axe-clean, also with errors. */
class MunicipalityBrowserTests extends BrowserTest {

    @Test
    void adminSetsRegionalKeyAndTimeZoneWithTheKeyboard() {
        TestTenant tenant = sharedTenant();
        signIn(tenant.admin());
        page.navigate("/");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kommune").setExact(true)).click();
        assertThat(page.locator("h1")).hasText("Kommune");
        assertThat(page.locator("#name")).hasValue(tenant.name());
        assertNoAxeViolations();

        tabTo(page.locator("#ars"));
        page.keyboard().type("07314");
        page.keyboard().press("Enter");

        assertThat(page.locator(".error-summary")).isFocused();
        assertThat(page.locator("#ars")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#ars")).hasAccessibleDescription(Pattern.compile("genau 12 Ziffern"));
        assertNoAxeViolations();

        page.locator("#ars").fill("073140000000");
        page.locator("#timeZone").fill("Asia/Tokyo");
        tabTo(page.getByLabel("Demodaten für diese Kommune"));
        page.keyboard().press("Space");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern")).click();

        assertThat(page.locator(".messages .notice")).hasText("Die Angaben der Kommune sind gespeichert.");
        assertThat(page.locator("#ars")).hasValue("073140000000");
        assertThat(page.locator("#timeZone")).hasValue("Asia/Tokyo");
        assertThat(page.getByLabel("Demodaten für diese Kommune")).isChecked();
        assertNoAxeViolations();
    }
}
