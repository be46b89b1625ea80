package de.lagezentrum.briefing.accreditation.web;

import java.time.Instant;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import de.lagezentrum.briefing.AccreditationStatus;
import de.lagezentrum.briefing.Accreditations;
import de.lagezentrum.briefing.RequestForInformation;
import de.lagezentrum.briefing.accreditation.AccreditationLinks.Purpose;
import de.lagezentrum.briefing.accreditation.TestAccreditations;
import de.lagezentrum.browser.BrowserTest;
import de.lagezentrum.organisation.Role;
import de.lagezentrum.organisation.TestOrganisation.TestTenant;
import de.lagezentrum.platform.security.CurrentUser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static de.lagezentrum.briefing.accreditation.TestAccreditations.address;
import static de.lagezentrum.briefing.accreditation.TestAccreditations.token;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The accreditation pages in Chromium with an axe-core scan each: the public form (empty, with errors,
 * sent by keyboard alone, in English), the pages of the mailed links, and the press office's list and
 * review.
 */
class AccreditationBrowserTests extends BrowserTest {

    @Autowired
    TestAccreditations accreditations;

    @Autowired
    Accreditations facade;

    @Test
    void theEmptyFormShowsAFocusedErrorSummary() {
        page.navigate("/presse/akkreditierung");
        assertNoAxeViolations();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Akkreditierung beantragen")).click();

        Locator summary = page.locator(".error-summary");
        assertThat(summary).isFocused();
        assertThat(summary.locator("a[href='#name']")).hasText("Name: Bitte füllen Sie dieses Feld aus.");
        assertThat(page.locator("#email")).hasAttribute("aria-invalid", "true");
        assertNoAxeViolations();
    }

    @Test
    void aFormWithErrorsKeepsTheInputAndSaysWhatIsWrong() {
        page.navigate("/presse/akkreditierung");
        page.getByLabel("Ihr Name").fill("Jana Schreiber");
        page.getByLabel("Medium oder Redaktion").fill("Musterstädter Anzeiger");
        page.getByLabel("Ihre E-Mail-Adresse").fill("jana-at-anzeiger");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Akkreditierung beantragen")).click();

        assertThat(page.locator(".error-summary a[href='#email']")).containsText("gültige E-Mail-Adresse");
        assertThat(page.locator("#email")).hasAttribute("aria-describedby", "email-hint email-error");
        assertThat(page.locator("#name")).hasValue("Jana Schreiber");
        assertNoAxeViolations();
    }

    @Test
    void theFormIsSentByKeyboardAloneAndTheHoneypotIsNotInTheWay() {
        String email = address("tastatur");
        page.navigate("/presse/akkreditierung");

        tabTo(page.locator("#name"));
        page.keyboard().type("Jana Schreiber");
        page.keyboard().press("Tab");
        assertThat(page.locator("#outlet")).isFocused();
        page.keyboard().type("Musterstädter Anzeiger");
        page.keyboard().press("Tab");
        page.keyboard().type(email);
        page.keyboard().press("Tab");
        assertThat(page.locator("#proof")).isFocused();
        page.keyboard().press("Tab");
        // The honeypot (tabindex -1) is skipped: from the file field straight to the button.
        assertThat(page.locator("form button[type=submit]")).isFocused();
        page.keyboard().press("Enter");

        Locator sent = page.locator("#registration-sent");
        assertThat(sent).isFocused();
        assertThat(sent).containsText("Bitte sehen Sie in Ihr Postfach");
        assertNoAxeViolations();
        assertThat(accreditations.idOf(email)).isPresent();
    }

    @Test
    void theEnglishFormIsAccessible() {
        page.navigate("/presse/akkreditierung?lang=en");

        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("h1")).hasText("Accreditation for members of the press");
        assertNoAxeViolations();
    }

    @Test
    void theConfirmationLinkShowsAButtonAndThenTheResult() {
        TestTenant tenant = sharedTenant();
        String email = address("bestaetigung");
        UUID id = accreditations.register(tenant.admin(), "Jana Schreiber", email);
        page.navigate("/akkreditierung/bestaetigen?token=" + token(accreditations.awaitMail(email, 1)));
        assertThat(page.locator("h1")).hasText("E-Mail-Adresse bestätigen");
        assertNoAxeViolations();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Adresse bestätigen")).click();

        assertThat(page.locator("h1")).hasText("Adresse bestätigt");
        assertThat(page.getByRole(AriaRole.STATUS)).isFocused();
        assertNoAxeViolations();
        assertThat(accreditations.status(id)).isEqualTo(AccreditationStatus.PENDING);
    }

    @Test
    void anExpiredLinkSaysSoAccessibly() {
        TestTenant tenant = sharedTenant();
        UUID id = accreditations.register(tenant.admin(), "Jana Schreiber", address("alt"));
        page.navigate("/akkreditierung/bestaetigen?token=" + accreditations.links().issue(Purpose.CONFIRM,
                tenant.id(), id, 0, Instant.now().minusSeconds(60)));

        assertThat(page.locator("h1")).hasText("Link abgelaufen");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("nichts geändert");
        assertNoAxeViolations();
    }

    @Test
    void theAnswerPageShowsTheQuestionAndTakesTheAnswer() {
        TestTenant tenant = sharedTenant();
        CurrentUser press = pressOffice(tenant);
        String email = address("antwort");
        UUID id = accreditations.pending(tenant.admin(), "Jana Schreiber", email);
        facade.requestInformation(press, id, new RequestForInformation("Für welche Redaktion berichten Sie?"));
        page.navigate("/akkreditierung/ergaenzen?token=" + token(accreditations.awaitMail(email, 2)));

        assertThat(page.locator("blockquote")).hasText("Für welche Redaktion berichten Sie?");
        assertNoAxeViolations();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Angaben senden")).click();
        assertThat(page.locator(".error-summary")).isFocused();
        assertNoAxeViolations();

        page.getByLabel("Ihre Angaben").fill("Für den Musterstädter Anzeiger, Ressort Lokales.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Angaben senden")).click();
        assertThat(page.locator("h1")).hasText("Angaben gesendet");
        assertNoAxeViolations();
        assertThat(accreditations.status(id)).isEqualTo(AccreditationStatus.PENDING);
    }

    @Test
    void thePressOfficeReviewsOnAccessiblePages() {
        TestTenant tenant = sharedTenant();
        CurrentUser press = pressOffice(tenant);
        UUID id = accreditations.pending(tenant.admin(), "Jana Schreiber", address("pruefung"));
        signIn(press);

        page.navigate("/pressestelle/akkreditierungen");
        assertThat(page.locator(".status-nav a[aria-current=page]")).containsText("Zu prüfen");
        assertNoAxeViolations();
        page.locator("a[href='/pressestelle/akkreditierungen/" + id + "']").click();

        assertThat(page.locator("h1")).hasText("Jana Schreiber");
        assertNoAxeViolations();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ablehnen")).click();
        assertThat(page.locator(".error-summary")).isFocused();
        assertThat(page.locator("#reason")).hasAttribute("aria-invalid", "true");
        assertNoAxeViolations();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Freigeben")).click();
        assertThat(page.locator("#decision")).isFocused();
        assertThat(page.locator("#decision")).containsText("Freigegeben");
        assertThat(page.locator(".accreditation-history tbody tr")).hasCount(3);
        assertNoAxeViolations();
    }

    private CurrentUser pressOffice(TestTenant tenant) {
        return tenant.user("Petra Presse", Role.PRESS_OFFICE);
    }
}
