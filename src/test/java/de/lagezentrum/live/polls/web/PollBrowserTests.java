package de.lagezentrum.live.polls.web;

import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import de.lagezentrum.browser.BrowserTest;
import de.lagezentrum.live.EventView;
import de.lagezentrum.live.JoinPolicy;
import de.lagezentrum.live.Joined;
import de.lagezentrum.live.LivePolls;
import de.lagezentrum.live.PollBallot;
import de.lagezentrum.live.PollDetails;
import de.lagezentrum.live.PollType;
import de.lagezentrum.live.PollView;
import de.lagezentrum.live.PollVisibility;
import de.lagezentrum.live.TestLive;
import de.lagezentrum.live.TestLive.Hosts;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Polls in the browser, with the keyboard alone and axe-core finding nothing: a participant votes in a
 * single-choice and a scale poll and sees the results as a table (a hidden poll says it is hidden); the
 * host prepares and opens a poll on the console; the presenter view shows the current poll's results and
 * updates them live without moving the focus.
 */
class PollBrowserTests extends BrowserTest {

    @Autowired
    TestLive fixtures;

    @Autowired
    LivePolls polls;

    @Test
    void aParticipantVotesWithTheKeyboardAndTheTeamRunsPollsOnConsoleAndPresenter() {
        Hosts hosts = fixtures.hosts("Browserstadt");
        EventView event = fixtures.running(hosts, "Amtsleitungstag", JoinPolicy.ANONYMOUS);
        PollView single = open(hosts, event, new PollDetails("Wie digital ist Ihr Amt?", PollType.SINGLE,
                List.of("Sehr", "Etwas", "Kaum"), null, null, null, null, PollVisibility.LIVE));
        PollView scale = open(hosts, event, new PollDetails("Wie zufrieden sind Sie?", PollType.SCALE, List.of(), 1, 5,
                "gar nicht", "sehr", PollVisibility.LIVE));
        open(hosts, event, new PollDetails("Was bremst Sie?", PollType.MULTIPLE, List.of("Technik", "Recht", "Zeit"),
                null, null, null, null, PollVisibility.HIDDEN));
        Joined joined = fixtures.join(event, null);
        context.addCookies(List.of(new Cookie("LZ_PARTICIPANT", joined.participantToken())
                .setUrl(baseUrl() + "/live/" + event.id())));

        page.navigate("/live/" + event.id());
        assertThat(page.locator("#polls h2")).hasText("Umfragen");
        assertThat(page.locator("#poll-" + single.id())).containsText("Wie digital ist Ihr Amt?");
        assertThat(page.getByText("Die Ergebnisse werden gezeigt, sobald das Team sie freigibt.")).isVisible();
        assertNoAxeViolations();

        // A radio group takes one Tab; the arrow keys choose within it.
        tabTo(page.locator("#option-" + single.options().get(0).id()));
        page.keyboard().press("ArrowDown");
        assertThat(page.locator("#option-" + single.options().get(1).id())).isChecked();
        tabTo(page.locator("#vote-" + single.id()));
        page.keyboard().press("Enter");
        assertThat(page.locator("#poll-" + single.id() + " .notice")).hasText("Ihre Stimme ist gezählt.");
        assertThat(page.locator("#poll-" + single.id() + " table tbody tr").nth(1)).containsText("Etwas");
        assertThat(page.locator("#poll-" + single.id() + " table tbody tr").nth(1).locator("td").first()).hasText("1");
        assertThat(page.locator("#option-" + single.options().get(1).id())).isChecked();
        assertNoAxeViolations();

        tabTo(page.locator("#value-" + scale.id() + "-1"));
        page.keyboard().press("ArrowRight");
        page.keyboard().press("ArrowRight");
        page.keyboard().press("ArrowRight");
        tabTo(page.locator("#vote-" + scale.id()));
        page.keyboard().press("Enter");
        assertThat(page.locator("#poll-" + scale.id() + " .notice")).hasText("Ihre Stimme ist gezählt.");
        assertThat(page.locator("#poll-" + scale.id() + " table tbody tr").nth(3).locator("td").first()).hasText("1");
        assertNoAxeViolations();

        signIn(hosts.host());
        page.navigate("/events/" + event.id() + "/polls");
        assertThat(page.locator("#console-polls")).containsText("Wie digital ist Ihr Amt?");
        assertNoAxeViolations();
        tabTo(page.locator("#poll-question"));
        page.keyboard().type("Kaffee oder Tee?");
        tabTo(page.locator("#poll-options"));
        page.keyboard().type("Kaffee");
        page.keyboard().press("Enter");
        page.keyboard().type("Tee");
        tabTo(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Umfrage vorbereiten")));
        page.keyboard().press("Enter");
        assertThat(page.locator("#polls .notice")).hasText("Die Umfrage ist vorbereitet.");
        assertThat(page.locator("#console-polls")).containsText("Kaffee oder Tee?");
        assertNoAxeViolations();
        PollView created = polls.polls(hosts.host(), event.id()).get(3);
        tabTo(page.locator("#open-" + created.id()));
        page.keyboard().press("Enter");
        assertThat(page.locator("#poll-" + created.id() + " .badge").nth(1)).hasText("läuft");
        assertNoAxeViolations();

        page.navigate("/events/" + event.id() + "/polls/presenter");
        assertThat(page.locator(".presenter-poll__question")).hasText("Kaffee oder Tee?");
        assertThat(page.locator("#presenter-poll table caption")).containsText("0 Stimmen");
        assertThat(page.locator("#presenter-poll-status[aria-live=polite]")).isAttached();
        assertNoAxeViolations();
        Object focusedBefore = page.evaluate("() => document.activeElement.tagName");
        polls.vote(joined.participant(), created.id(), new PollBallot(List.of(created.options().get(1).id()), null,
                null)).join();
        assertThat(page.locator("#presenter-poll table caption")).containsText("1 Stimmen");
        assertThat(page.locator("#presenter-poll-status")).containsText("1 Stimmen");
        org.assertj.core.api.Assertions.assertThat(page.evaluate("() => document.activeElement.tagName"))
                .isEqualTo(focusedBefore);
        assertNoAxeViolations();
    }

    private PollView open(Hosts hosts, EventView event, PollDetails details) {
        return polls.open(hosts.host(), polls.create(hosts.host(), event.id(), details).id());
    }
}
