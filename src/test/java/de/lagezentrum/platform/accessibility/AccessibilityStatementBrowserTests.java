package de.lagezentrum.platform.accessibility;

import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import de.lagezentrum.browser.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The public accessibility statement and its feedback form, used without an account; the feedback
 * reaches the admins of the default municipality (Musterstadt in tests).
 */
class AccessibilityStatementBrowserTests extends BrowserTest {

    /** Musterstadt's admin, created on first start with the password of application-test.yaml. */
    private static final String DEFAULT_ADMIN = "admin";
    private static final String DEFAULT_ADMIN_PASSWORD = "Test-Admin-Passwort-2026";

    @Test
    void statementIsAccessibleWithoutLogin() {
        page.navigate("/barrierefreiheit");

        assertThat(page.locator("h1")).hasText("Erklärung zur Barrierefreiheit");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Website der Schlichtungsstelle")))
                .hasAttribute("href", "https://www.schlichtungsstelle-bgg.de");
        assertNoAxeViolations();
    }

    @Test
    void englishStatementIsAccessible() {
        page.navigate("/barrierefreiheit?lang=en");

        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertNoAxeViolations();
    }

    @Test
    void feedbackWithoutMessageShowsAFocusedErrorSummary() {
        page.navigate("/barrierefreiheit");
        page.getByLabel("Ihre E-Mail-Adresse").fill("kein-at-zeichen");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rückmeldung senden")).click();

        Locator summary = page.locator(".error-summary");
        assertThat(summary).isFocused();
        assertThat(summary.locator("a[href='#message']")).hasText("Ihre Nachricht: Bitte füllen Sie dieses Feld aus.");
        assertThat(summary.locator("a[href='#email']")).containsText("E-Mail-Adresse: Bitte geben Sie");
        assertThat(page.locator("#message")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#message")).hasAttribute("aria-describedby", "message-hint message-error");
        assertThat(page.locator("#email")).hasValue("kein-at-zeichen");
        assertNoAxeViolations();
    }

    @Test
    void anonymousFeedbackReachesTheAdmins() {
        String message = "Die Tabelle liest mein Screenreader falsch vor. " + UUID.randomUUID();
        page.navigate("/barrierefreiheit");
        page.getByLabel("Ihre Nachricht").fill(message);
        page.getByLabel("Ihr Name").fill("Greta Gast");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rückmeldung senden")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Vielen Dank. Ihre Rückmeldung ist bei der Administration eingegangen.");
        assertThat(page.getByRole(AriaRole.STATUS)).isFocused();
        assertThat(page.getByLabel("Ihre Nachricht")).isEmpty();
        assertNoAxeViolations();

        login(DEFAULT_ADMIN, DEFAULT_ADMIN_PASSWORD);
        page.navigate("/admin/feedback");
        Locator entry = page.locator(".entry").filter(new Locator.FilterOptions().setHasText(message));
        assertThat(entry).hasCount(1);
        assertThat(entry).containsText("Greta Gast");
    }
}
