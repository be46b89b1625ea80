package de.lagezentrum.platform.web;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import de.lagezentrum.browser.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The dashboard "Lage auf einen Blick" in both languages, and switching between them. */
class DashboardBrowserTests extends BrowserTest {

    @BeforeEach
    void signInAndOpen() {
        signIn(sharedTenant().admin());
    }

    @Test
    void germanDashboardIsAccessible() {
        page.navigate("/");

        assertThat(page.locator("html")).hasAttribute("lang", "de");
        assertThat(page).hasTitle("Lage auf einen Blick – Lagezentrum");
        assertThat(page.locator("h1")).hasText("Lage auf einen Blick");
        assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Meine Angaben"))).isVisible();
        assertNoAxeViolations();
    }

    @Test
    void englishDashboardIsAccessible() {
        page.navigate("/?lang=en");

        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page).hasTitle("Situation at a glance – Lagezentrum");
        assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main navigation")))
                .isVisible();
        assertNoAxeViolations();
    }

    @Test
    void switchesToEnglishAndBackAndRemembersTheChoice() {
        page.navigate("/");
        Locator languages = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Sprache"));
        assertThat(languages.locator("a[aria-current=true]")).hasText("Deutsch");

        languages.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("English")).click();

        page.waitForURL(url -> url.contains("lang=en"));
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("h1")).hasText("Situation at a glance");
        Locator englishLanguages = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Language"));
        assertThat(englishLanguages.locator("a[aria-current=true]")).hasText("English");
        assertThat(englishLanguages.locator("a[lang=de]")).hasText("Deutsch");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Departments").setExact(true)).click();
        page.waitForURL(url -> url.endsWith("/admin/departments"));
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("h1")).hasText("Departments");

        englishLanguages.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Deutsch")).click();

        page.waitForURL(url -> url.contains("lang=de"));
        assertThat(page.locator("html")).hasAttribute("lang", "de");
        assertThat(page.locator("h1")).hasText("Fachbereiche");
        page.navigate("/");
        assertThat(page.locator("h1")).hasText("Lage auf einen Blick");
    }
}
