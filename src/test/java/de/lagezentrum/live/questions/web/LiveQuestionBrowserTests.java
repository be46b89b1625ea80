package de.lagezentrum.live.questions.web;

import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import de.lagezentrum.browser.BrowserTest;
import de.lagezentrum.live.EventView;
import de.lagezentrum.live.JoinPolicy;
import de.lagezentrum.live.Joined;
import de.lagezentrum.live.LiveQuestionSort;
import de.lagezentrum.live.LiveQuestionView;
import de.lagezentrum.live.LiveQuestions;
import de.lagezentrum.live.TestLive;
import de.lagezentrum.live.TestLive.Hosts;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Questions in Chromium with the keyboard alone and axe-core finding nothing in any state: the host puts a
 * word on the blocked list; a participant is refused an empty question (the error summary takes the focus,
 * the field says it is invalid), asks under their name and anonymously, upvotes once and takes it back, and
 * sorts by votes and by time; the host's console receives the questions live while its focus stays put,
 * lets them through, merges a duplicate, pins, answers and hides; the participant's page shows the decisions
 * live without taking the focus from the text being typed. The sections' own addresses lead to their pages,
 * the presenter's top questions included.
 */
class LiveQuestionBrowserTests extends BrowserTest {

    @Autowired
    TestLive fixtures;

    @Autowired
    LiveQuestions questions;

    @Test
    void participantAndHostRunTheQuestionsWithTheKeyboardAndSeeEachOtherLive() {
        Hosts hosts = fixtures.hosts("Fragenbrowserstadt");
        EventView event = fixtures.running(hosts, "Bürgerversammlung", JoinPolicy.ANONYMOUS);
        Joined anna = fixtures.join(event, "Anna Amt");
        Joined other = fixtures.join(event, null);
        Page host = page;
        Page audience = context.newPage();

        // The host puts "Quatsch" on the blocked list, in the event's form.
        signIn(hosts.host());
        page.navigate("/events/" + event.id() + "/edit");
        keyTo(page.locator("#blockedWords"));
        page.keyboard().type("Quatsch");
        keyTo(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern").setExact(true)));
        page.keyboard().press("Enter");
        assertThat(page.locator(".notice").first()).isFocused();
        assertThat(page.locator("#questions-heading")).hasText("Fragen moderieren");
        assertThat(page.locator("#questions-pending")).hasText("Warten auf Freigabe (0)");
        assertNoAxeViolations();

        on(audience);
        context.addCookies(List.of(new Cookie("LZ_PARTICIPANT", anna.participantToken())
                .setUrl(baseUrl() + "/live/" + event.id())));
        page.navigate("/live/" + event.id());
        assertThat(page.locator("#questions-heading")).hasText("Fragen");
        assertThat(page.locator("#question-list")).containsText("Noch keine Fragen.");
        assertNoAxeViolations();

        // Nothing typed: refused at the field, announced and focused.
        keyTo(page.locator("#question-submit"));
        page.keyboard().press("Enter");
        assertThat(page.locator("#questions .error-summary")).isFocused();
        assertThat(page.locator("#questions .error-summary")).containsText("Bitte schreiben Sie Ihre Frage.");
        assertThat(page.locator("#question-text")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#question-text")).hasAttribute("aria-describedby", "question-text-hint question-text-error");
        assertThat(page.locator("#question-text-error")).containsText("Bitte schreiben Sie Ihre Frage.");
        assertNoAxeViolations();

        keyTo(page.locator("#question-text"));
        page.keyboard().type("Wann öffnet das Bürgerbüro wieder?");
        keyTo(page.locator("#question-named"));
        page.keyboard().press("Space");
        keyTo(page.locator("#question-submit"));
        page.keyboard().press("Enter");
        assertThat(page.locator("#questions .notice")).isFocused();
        assertThat(page.locator("#questions .notice")).hasText("Ihre Frage ist angekommen.");
        assertThat(page.locator("#question-text")).not().hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#question-list")).containsText("Wann öffnet das Bürgerbüro wieder?");
        assertThat(page.locator("#question-list")).containsText("Anna Amt");
        assertThat(page.locator("#question-list")).containsText("Wartet auf Freigabe");
        assertNoAxeViolations();

        keyTo(page.locator("#question-text"));
        page.keyboard().type("Ist das alles Quatsch?");
        keyTo(page.locator("#question-submit"));
        page.keyboard().press("Enter");
        assertThat(page.locator("#questions .notice")).hasText("Ihre Frage ist angekommen.");
        LiveQuestionView named = find(hosts, event, "Wann öffnet das Bürgerbüro wieder?");
        LiveQuestionView blocked = find(hosts, event, "Ist das alles Quatsch?");
        assertThat(named.author()).isEqualTo("Anna Amt");
        assertThat(blocked.author()).isNull();
        assertThat(blocked.flagged()).isTrue();

        // Both reached the host's console over the stream, without a reload and without moving its focus.
        on(host);
        assertThat(page.locator("#questions-pending")).hasText("Warten auf Freigabe (2)");
        assertThat(page.locator("#q-" + named.id())).containsText("Anna Amt");
        assertThat(page.locator("#q-" + blocked.id())).containsText("Enthält ein gesperrtes Wort");
        assertThat(page.locator("#questions-status[aria-live=polite]")).containsText("2 warten auf Freigabe");
        assertThat(page.locator(".notice").first()).isFocused();
        assertNoAxeViolations();

        LiveQuestionView duplicate = questions.ask(other.participant(), "Wann ist das Bürgerbüro wieder offen?", false);
        LiveQuestionView wifi = questions.ask(other.participant(), "Gibt es WLAN im Saal?", false);
        assertThat(page.locator("#questions-pending")).hasText("Warten auf Freigabe (4)");

        // The participant starts typing the next question; the host's decisions must not disturb it.
        on(audience);
        keyTo(page.locator("#question-text"));
        page.keyboard().type("Noch eine");

        on(host);
        moderate(named, "visible");
        moderate(duplicate, "visible");
        moderate(wifi, "visible");
        assertThat(page.locator("#questions-pending")).hasText("Warten auf Freigabe (1)");
        assertThat(page.locator("#q-" + named.id() + " .badge").first()).hasText("Sichtbar");
        assertNoAxeViolations();

        on(audience);
        assertThat(page.locator("#q-" + wifi.id())).containsText("Gibt es WLAN im Saal?");
        assertThat(page.locator("#q-" + named.id())).not().containsText("Wartet auf Freigabe");
        assertThat(page.locator("#q-" + blocked.id())).containsText("Wartet auf Freigabe");
        assertThat(page.locator("#question-status[aria-live=polite]")).containsText("Die Fragen sind aktualisiert");
        assertThat(page.locator("#question-text")).isFocused();
        assertThat(page.locator("#question-text")).hasValue("Noch eine");
        assertNoAxeViolations();

        // Upvoting once: the button says it is pressed, and pressing it again takes the vote back.
        Locator upvote = page.locator("#upvote-" + named.id());
        assertThat(upvote).hasAttribute("aria-pressed", "false");
        keyTo(upvote);
        page.keyboard().press("Enter");
        assertThat(page.locator("#upvote-" + named.id())).hasAttribute("aria-pressed", "true");
        assertThat(page.locator("#q-" + named.id())).containsText("Stimmen: 1");
        assertNoAxeViolations();
        keyTo(page.locator("#upvote-" + named.id()));
        page.keyboard().press("Enter");
        assertThat(page.locator("#upvote-" + named.id())).hasAttribute("aria-pressed", "false");
        assertThat(page.locator("#q-" + named.id())).containsText("Stimmen: 0");
        keyTo(page.locator("#upvote-" + named.id()));
        page.keyboard().press("Enter");
        assertThat(page.locator("#q-" + named.id())).containsText("Stimmen: 1");
        assertThat(questions.questions(anna.participant(), LiveQuestionSort.VOTES).get(0).id()).isEqualTo(named.id());

        // By votes the upvoted question leads; newest first, the last one asked does.
        assertThat(page.locator("#question-list li.question").first()).hasAttribute("id", "q-" + named.id());
        assertThat(page.locator("#question-sort-votes")).hasAttribute("aria-current", "true");
        keyTo(page.locator("#question-sort-time"));
        page.keyboard().press("Enter");
        assertThat(page.locator("#question-sort-time")).hasAttribute("aria-current", "true");
        assertThat(page.locator("#question-list li.question").first()).hasAttribute("id", "q-" + wifi.id());
        assertNoAxeViolations();
        keyTo(page.locator("#question-sort-votes"));
        page.keyboard().press("Enter");
        assertThat(page.locator("#question-list li.question").first()).hasAttribute("id", "q-" + named.id());
        keyTo(page.locator("#question-text"));

        // The host merges the duplicate into the named question, chosen in the list with the arrow keys.
        on(host);
        Locator lead = page.locator("#lead-" + duplicate.id());
        keyTo(lead);
        for (int i = 0; i < 6 && !named.id().toString().equals(lead.inputValue()); i++) {
            page.keyboard().press("ArrowDown");
        }
        assertThat(lead).hasValue(named.id().toString());
        keyTo(page.locator("#merge-" + duplicate.id()));
        page.keyboard().press("Enter");
        assertThat(page.locator("#q-" + duplicate.id())).containsText("Zusammengeführt mit: Wann öffnet das Bürgerbüro wieder?");
        assertNoAxeViolations();
        moderate(named, "pinned");
        moderate(wifi, "answered");
        moderate(blocked, "hidden");
        assertThat(page.locator("#q-" + named.id() + " .badge").first()).hasText("Angeheftet");
        assertThat(page.locator("#q-" + wifi.id() + " .badge").first()).hasText("Beantwortet");
        assertThat(page.locator("#q-" + blocked.id() + " .badge").first()).hasText("Ausgeblendet");
        assertThat(page.locator("#questions-pending")).hasText("Warten auf Freigabe (0)");
        assertNoAxeViolations();

        on(audience);
        assertThat(page.locator("#q-" + named.id())).containsText("Angeheftet");
        assertThat(page.locator("#q-" + wifi.id())).containsText("Beantwortet");
        assertThat(page.locator("#q-" + duplicate.id())).hasCount(0);
        assertThat(page.locator("#upvote-" + wifi.id())).hasCount(0);
        assertThat(page.locator("#question-text")).isFocused();
        assertNoAxeViolations();

        // The fragments' own addresses, opened in the browser, lead to the pages that show them.
        page.navigate("/live/" + event.id() + "/questions");
        assertThat(page).hasURL(baseUrl() + "/live/" + event.id() + "#questions");
        on(host);
        page.navigate("/events/" + event.id() + "/questions");
        assertThat(page).hasURL(baseUrl() + "/events/" + event.id() + "#questions");
        page.navigate("/events/" + event.id() + "/questions/top");
        assertThat(page).hasURL(baseUrl() + "/events/" + event.id() + "/presenter?show=questions");
        assertThat(page.locator("#questions-top-list li").first()).containsText("Wann öffnet das Bürgerbüro wieder?");
        assertThat(page.locator("#questions-top-list li").first()).containsText("Angeheftet");
        assertThat(page.locator("#questions-top [aria-live]")).hasCount(0);
        assertNoAxeViolations();
        assertThat(dialogs).isEmpty();
    }

    /** One step of the host's, by the keyboard: the button {@code step-questionId}, then the page comes back. */
    private void moderate(LiveQuestionView question, String step) {
        keyTo(page.locator("#" + step + "-" + question.id()));
        page.keyboard().press("Enter");
        assertThat(page.locator("#questions .notice")).hasText("Gespeichert.");
        assertThat(page.locator("#questions .notice")).isFocused();
    }

    private LiveQuestionView find(Hosts hosts, EventView event, String text) {
        return questions.questions(hosts.host(), event.id(), LiveQuestionSort.TIME).stream()
                .filter(question -> question.text().equals(text)).findFirst().orElseThrow();
    }
}
