package de.lagezentrum.briefing.questions.web;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import de.lagezentrum.briefing.BriefingPressKit;
import de.lagezentrum.briefing.BriefingQuestions;
import de.lagezentrum.briefing.QuestionChange;
import de.lagezentrum.briefing.QuestionStatus;
import de.lagezentrum.briefing.TestBriefings;
import de.lagezentrum.briefing.TestBriefings.PressOffice;
import de.lagezentrum.briefing.accreditation.TestAccreditations;
import de.lagezentrum.browser.BrowserTest;
import de.lagezentrum.organisation.Role;
import de.lagezentrum.platform.security.CurrentUser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journalist's questions page and the press office's live queue in Chromium: asked and worked with the
 * keyboard, refusals at their fields, script in a question shown as text, each status change arriving live
 * through the stream, and axe-core without violations on every state.
 */
class QuestionBrowserTests extends BrowserTest {

    private static final String STREAM_OPEN =
            "document.addEventListener('htmx:sseOpen', () => { window.liveStreamOpen = true; })";

    @Autowired
    TestBriefings fixtures;

    @Autowired
    BriefingQuestions questions;

    @Autowired
    BriefingPressKit pressKit;

    @Test
    void aJournalistAsksWithTheKeyboardAndSeesTheStatusChangeLive() {
        PressOffice office = fixtures.pressOffice("Fragenseitenstadt");
        CurrentUser jana = office.tenant().user("Jana Journal", Role.JOURNALIST);
        UUID briefingId = fixtures.plan(office, "Pressebriefing zur Hitze", Duration.ofDays(1)).id();
        pressKit.attach(office.press(), briefingId, "Lagebild Hitze", new ByteArrayInputStream(TestAccreditations.PDF),
                "lagebild.pdf");
        page.addInitScript(STREAM_OPEN);
        signIn(jana);

        page.navigate("/briefings/" + briefingId + "/questions");
        assertThat(page.locator("h1")).hasText("Fragen: Pressebriefing zur Hitze");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lagebild Hitze"))).isVisible();
        assertThat(page.locator("#live-questions")).containsText("Noch keine Fragen.");
        assertNoAxeViolations();

        Locator send = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Frage senden"));
        tabTo(send);
        page.keyboard().press("Enter");
        assertThat(page.locator(".error-summary")).isFocused();
        assertThat(page.locator("#text")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#text-error")).containsText("Bitte schreiben Sie Ihre Frage.");
        assertNoAxeViolations();

        tabTo(page.locator("#text"));
        page.keyboard().type("<script>window.injected = true</script> Wie viele Hitzeschutzräume gibt es?");
        tabTo(send);
        page.keyboard().press("Enter");
        assertThat(page.locator(".notice")).containsText("Ihre Frage ist eingegangen");
        assertThat(page.locator("#live-questions")).containsText(
                "<script>window.injected = true</script> Wie viele Hitzeschutzräume gibt es?");
        assertThat(page.locator("#live-questions")).containsText("eingegangen");
        assertThat(page.evaluate("() => window.injected === undefined")).isEqualTo(true);
        assertNoAxeViolations();

        // The page listens before the press office acts: wait until the stream is open.
        page.waitForFunction("() => window.liveStreamOpen === true");
        UUID asked = questions.questions(jana, briefingId).get(0).id();
        questions.change(office.press(), briefingId, asked, new QuestionChange(QuestionStatus.ACCEPTED, null, null, null));
        assertThat(page.locator("#live-questions")).containsText("angenommen");
        assertThat(page.locator("#live-status")).containsText("Die Fragen wurden aktualisiert.");
        questions.change(office.press(), briefingId, asked, new QuestionChange(QuestionStatus.REJECTED, null,
                "Wird im nächsten Briefing beantwortet.", null));
        assertThat(page.locator("#live-questions")).containsText("abgelehnt");
        assertThat(page.locator("#live-questions")).containsText(
                "Grund der Ablehnung: Wird im nächsten Briefing beantwortet.");
        assertNoAxeViolations();
        assertThat(dialogs).isEmpty();
    }

    @Test
    void thePressOfficeWorksTheQueueWithTheKeyboardAndSeesNewQuestionsLive() throws Exception {
        PressOffice office = fixtures.pressOffice("Warteschlangenstadt");
        CurrentUser jana = office.tenant().user("Jana Journal", Role.JOURNALIST);
        CurrentUser tom = office.tenant().user("Tom Taz", Role.JOURNALIST);
        UUID briefingId = fixtures.plan(office, "Pressebriefing zur Lage", Duration.ofMinutes(-10)).id();
        UUID lead = questions.ask(jana, briefingId, "Wie viele Plätze hat die Halle?").id();
        UUID duplicate = questions.ask(tom, briefingId, "Wie groß ist die Halle?").id();
        page.addInitScript(STREAM_OPEN);
        signIn(office.press());

        page.navigate("/briefings/" + briefingId);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Fragen-Warteschlange")).click();
        assertThat(page.locator("h1")).hasText("Fragen-Warteschlange: Pressebriefing zur Lage");
        assertThat(page.locator("#status-PENDING")).hasText("Eingegangen (2)");
        assertNoAxeViolations();

        tabTo(page.locator("#accept-" + lead));
        page.keyboard().press("Enter");
        assertThat(page.locator(".notice")).containsText("Die Frage ist angenommen.");
        assertThat(page.locator("#status-ACCEPTED")).hasText("Angenommen (1)");
        tabTo(page.locator("#answering-" + lead));
        page.keyboard().press("Enter");
        assertThat(page.locator("#status-ANSWERING")).hasText("Wird jetzt beantwortet (1)");
        assertThat(page.locator("#live-queue")).containsText("Beantwortung seit");
        assertNoAxeViolations();

        tabTo(page.locator("#reject-" + duplicate));
        page.keyboard().press("Enter");
        assertThat(page.locator("#reason-" + duplicate)).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#reason-" + duplicate + "-error")).containsText("Bitte nennen Sie den Grund");
        assertNoAxeViolations();
        page.locator("#leadId-" + duplicate).selectOption(new SelectOption().setLabel("Wie viele Plätze hat die Halle?"));
        tabTo(page.locator("#merge-" + duplicate));
        page.keyboard().press("Enter");
        assertThat(page.locator("#status-MERGED")).hasText("Zusammengeführt (1)");

        page.locator("#assigneeId-" + lead).selectOption(new SelectOption().setLabel("Petra Podium"));
        tabTo(page.locator("#assign-" + lead));
        page.keyboard().press("Enter");
        assertThat(page.locator("#live-queue")).containsText("Antwortet: Petra Podium");
        tabTo(page.locator("#answer-" + lead));
        page.keyboard().type("Die Halle hat 240 Plätze.");
        tabTo(page.locator("#answered-" + lead));
        page.keyboard().press("Enter");
        assertThat(page.locator("#status-ANSWERED")).hasText("Beantwortet (1)");
        assertThat(page.locator("#live-queue")).containsText("Antwort: Die Halle hat 240 Plätze.");
        assertNoAxeViolations();

        // A new question arrives live, its script shown as text, and what the press office types stays.
        page.waitForFunction("() => window.liveStreamOpen === true");
        UUID later = questions.ask(tom, briefingId, "Neue Frage?").id();
        assertThat(page.locator("#status-PENDING")).hasText("Eingegangen (1)");
        page.locator("#reason-" + later).fill("Bitte konkreter fragen.");
        questions.ask(jana, briefingId, "<script>window.injected = true</script>Live-Frage");
        assertThat(page.locator("#status-PENDING")).hasText("Eingegangen (2)");
        assertThat(page.locator("#live-queue")).containsText("<script>window.injected = true</script>Live-Frage");
        assertThat(page.locator("#reason-" + later)).hasValue("Bitte konkreter fragen.");
        assertThat(page.evaluate("() => window.injected === undefined")).isEqualTo(true);
        assertNoAxeViolations();

        tabTo(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Beifügen")));
        page.keyboard().press("Enter");
        assertThat(page.locator("#itemTitle")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#file")).hasAttribute("aria-invalid", "true");
        assertNoAxeViolations();
        Path pdf = Files.createTempFile("lagebild", ".pdf");
        Files.write(pdf, TestAccreditations.PDF);
        page.locator("#itemTitle").fill("Lagebild");
        page.locator("#file").setInputFiles(pdf);
        tabTo(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Beifügen")));
        page.keyboard().press("Enter");
        assertThat(page.locator(".notice")).containsText("Die Unterlage liegt in der Pressemappe.");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lagebild"))).isVisible();
        assertNoAxeViolations();
        Files.delete(pdf);
        assertThat(dialogs).isEmpty();
    }
}
