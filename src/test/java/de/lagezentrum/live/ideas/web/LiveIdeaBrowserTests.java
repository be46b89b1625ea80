package de.lagezentrum.live.ideas.web;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import de.lagezentrum.browser.BrowserTest;
import de.lagezentrum.live.EventView;
import de.lagezentrum.live.JoinPolicy;
import de.lagezentrum.live.Joined;
import de.lagezentrum.live.LiveBlog;
import de.lagezentrum.live.LiveIdeas;
import de.lagezentrum.live.LiveQuestionView;
import de.lagezentrum.live.LiveQuestions;
import de.lagezentrum.live.NewPost;
import de.lagezentrum.live.PostView;
import de.lagezentrum.live.TestLive;
import de.lagezentrum.live.TestLive.Hosts;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ideas on the console in Chromium with the keyboard alone and axe-core finding nothing: the host marks a
 * question (in the questions' moderation) and a blog post (in the blog's list) as ideas, each time the outcome
 * takes the focus and the list shows the idea; unmarking takes it off the list and offers the mark again.
 */
class LiveIdeaBrowserTests extends BrowserTest {

    @Autowired
    TestLive fixtures;

    @Autowired
    LiveQuestions questions;

    @Autowired
    LiveBlog blog;

    @Autowired
    LiveIdeas ideas;

    @Test
    void theHostMarksAQuestionAndAPostAsIdeasAndUnmarksOneWithTheKeyboard() {
        Hosts hosts = fixtures.hosts("Ideenbrowserstadt");
        EventView event = fixtures.running(hosts, "Ideenwerkstatt", JoinPolicy.ANONYMOUS);
        Joined anna = fixtures.join(event, "Anna Amt");
        LiveQuestionView question = questions.ask(anna.participant(), "Warum nicht alles digital?", false);
        PostView post = blog.write(blog.actor(anna.participant()), new NewPost("Mehr Homeoffice", "Zwei Tage die Woche."));

        signIn(hosts.host());
        page.navigate("/events/" + event.id() + "/ideas");
        assertThat(page).hasURL(baseUrl() + "/events/" + event.id() + "#ideas");
        assertThat(page.locator("#ideas-heading")).hasText("Ideen");
        assertThat(page.locator("#ideas-list")).containsText("Noch keine Ideen.");
        assertNoAxeViolations();

        keyTo(page.locator("#mark-idea-" + question.id()));
        page.keyboard().press("Enter");
        assertThat(page.locator("#idea-outcome")).isFocused();
        assertThat(page.locator("#idea-outcome")).hasText("Als Idee markiert.");
        assertThat(page.locator("#ideas-list caption")).hasText("Ideen der Veranstaltung (1)");
        assertThat(page.locator("#ideas-list tbody tr").first()).containsText("Frage");
        assertThat(page.locator("#ideas-list tbody tr").first()).containsText("Warum nicht alles digital?");
        assertThat(page.locator("#q-" + question.id() + " .badge").last()).hasText("Idee");
        assertThat(page.locator("#mark-idea-" + question.id())).hasCount(0);
        assertNoAxeViolations();

        Locator markPost = page.locator("#blog").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("„Mehr Homeoffice“ als Idee markieren"));
        keyTo(markPost);
        page.keyboard().press("Enter");
        assertThat(page.locator("#idea-outcome")).isFocused();
        assertThat(page.locator("#ideas-list caption")).hasText("Ideen der Veranstaltung (2)");
        assertThat(page.locator("#ideas-list tbody tr").nth(1)).containsText("Blogbeitrag");
        assertThat(page.locator("#ideas-list tbody tr").nth(1)).containsText("Mehr Homeoffice");
        assertThat(markPost).hasCount(0);
        assertNoAxeViolations();

        // The table scrolls on a narrow screen, so its region takes the focus too.
        keyTo(page.locator("#ideas-list [role=region]"));
        keyTo(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Markierung von Idee 1 aufheben")));
        page.keyboard().press("Enter");
        assertThat(page.locator("#idea-outcome")).isFocused();
        assertThat(page.locator("#idea-outcome")).hasText("Die Markierung als Idee ist aufgehoben.");
        assertThat(page.locator("#ideas-list caption")).hasText("Ideen der Veranstaltung (1)");
        assertThat(page.locator("#ideas-list tbody")).not().containsText("Warum nicht alles digital?");
        assertThat(page.locator("#mark-idea-" + question.id())).isVisible();
        assertThat(ideas.ideas(hosts.host(), event.id())).singleElement()
                .satisfies(idea -> assertThat(idea.sourceId()).isEqualTo(post.id()));
        assertNoAxeViolations();
        assertThat(dialogs).isEmpty();
    }
}
