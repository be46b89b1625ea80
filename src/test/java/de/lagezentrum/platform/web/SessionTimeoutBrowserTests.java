package de.lagezentrum.platform.web;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import de.lagezentrum.browser.BrowserTest;
import de.lagezentrum.organisation.Role;
import de.lagezentrum.platform.security.CurrentUser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * WCAG 2.2.1: two minutes before an idle session ends (8 hours in the tests as in production), the page
 * says so, takes the focus to "Angemeldet bleiben", and renews the session on Enter; the focus then goes
 * back where it was. The browser's clock is driven by Playwright, so nobody waits eight hours.
 */
class SessionTimeoutBrowserTests extends BrowserTest {

    private static final long EIGHT_HOURS = Duration.ofHours(8).toMillis();
    private static final long TWO_MINUTES = Duration.ofMinutes(2).toMillis();

    @Test
    void theSessionWarnsBeforeItEndsAndStaysOnRequest() {
        CurrentUser user = sharedTenant().user("Tim Zeitlimit", Role.EMPLOYEE);
        signIn(user);
        page.clock().install();
        page.navigate("/");
        page.locator("#site-search").focus();

        page.clock().fastForward(EIGHT_HOURS - TWO_MINUTES - 1_000);
        assertThat(page.locator("#session-warning")).isHidden();
        page.clock().fastForward(2_000);
        assertThat(page.locator("#session-warning")).isVisible();
        assertThat(page.locator("#session-warning")).hasAttribute("role", "alertdialog");
        assertThat(page.locator("#session-extend")).isFocused();
        assertNoAxeViolations();

        page.keyboard().press("Enter");
        assertThat(page.locator("#session-warning")).isHidden();
        assertThat(page.locator("#site-search")).isFocused();

        // Renewed: the countdown starts again; left alone, the page finally says the session has ended.
        page.clock().fastForward(EIGHT_HOURS - TWO_MINUTES - 1_000);
        assertThat(page.locator("#session-warning")).isHidden();
        page.clock().fastForward(TWO_MINUTES + 2_000);
        assertThat(page.locator("#session-warning-ended")).isVisible();
        assertThat(page.locator("#session-extend")).isHidden();
        assertNoAxeViolations();
    }

    @Test
    void whenTheSessionIsGoneAlreadyThePageSaysSo() {
        CurrentUser user = sharedTenant().user("Tina Abgelaufen", Role.EMPLOYEE);
        login(user.username(), de.lagezentrum.organisation.TestOrganisation.PASSWORD);
        page.clock().install();
        page.navigate("/");
        // The session ends elsewhere (signed out in another tab, or the server restarted without it).
        context.clearCookies();

        page.clock().fastForward(EIGHT_HOURS - TWO_MINUTES + 1_000);
        assertThat(page.locator("#session-extend")).isFocused();
        page.keyboard().press("Enter");

        assertThat(page.locator("#session-warning-ended")).isVisible();
        assertThat(page.locator("#session-extend")).isHidden();
    }
}
