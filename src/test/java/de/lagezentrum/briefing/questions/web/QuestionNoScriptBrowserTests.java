package de.lagezentrum.briefing.questions.web;

import java.time.Duration;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import de.lagezentrum.briefing.TestBriefings;
import de.lagezentrum.briefing.TestBriefings.PressOffice;
import de.lagezentrum.browser.BrowserTest;
import de.lagezentrum.organisation.Role;
import de.lagezentrum.platform.security.CurrentUser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Asking and working the queue are plain forms: with JavaScript switched off a reload shows each change. */
class QuestionNoScriptBrowserTests extends BrowserTest {

    @Autowired
    TestBriefings fixtures;

    @Override
    protected boolean javaScriptEnabled() {
        return false;
    }

    @Test
    void aQuestionIsAskedAndRejectedWithAReasonWithoutScript() {
        PressOffice office = fixtures.pressOffice("Ohneskriptstadt");
        CurrentUser jana = office.tenant().user("Jana Ohnescript", Role.JOURNALIST);
        UUID briefingId = fixtures.plan(office, "Briefing ohne Skript", Duration.ofDays(1)).id();

        signIn(jana);
        page.navigate("/briefings/" + briefingId + "/join");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Fragen und Pressemappe")).click();
        page.locator("#text").fill("Gibt es Trinkwasserstellen?");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Frage senden")).click();
        assertThat(page.locator("#live-questions")).containsText("eingegangen");

        context.clearCookies();
        signIn(office.press());
        page.navigate("/briefings/" + briefingId + "/queue");
        page.locator("textarea[name=reason]").fill("Bitte an das Bürgertelefon wenden.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ablehnen")).click();
        assertThat(page.locator("#status-REJECTED")).hasText("Abgelehnt (1)");

        context.clearCookies();
        signIn(jana);
        page.navigate("/briefings/" + briefingId + "/questions");
        assertThat(page.locator("#live-questions")).containsText("Grund der Ablehnung: Bitte an das Bürgertelefon wenden.");
    }
}
