package de.lagezentrum.live.blog.web;

import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import de.lagezentrum.browser.BrowserTest;
import de.lagezentrum.live.CommentView;
import de.lagezentrum.live.EventView;
import de.lagezentrum.live.JoinPolicy;
import de.lagezentrum.live.Joined;
import de.lagezentrum.live.LiveBlog;
import de.lagezentrum.live.PostView;
import de.lagezentrum.live.TestLive;
import de.lagezentrum.live.TestLive.Hosts;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The blog in Chromium with the keyboard alone and axe-core finding nothing in any state, refusals included:
 * a participant writes a post (first refused, then accepted; its Markdown is rendered and a script in it does
 * not run), comments and replies; the host's console lists the post live without moving the focus, the host
 * hides it with a reason the author then reads, and shows it again; a post the team writes reaches the
 * participant's page live while they type.
 */
class LiveBlogBrowserTests extends BrowserTest {

    private static final String TITLE = "Ideen für das Rathaus";

    @Autowired
    TestLive fixtures;

    @Autowired
    LiveBlog blog;

    @Test
    void aParticipantWritesAndTheHostModeratesTheBlogWithTheKeyboard() {
        Hosts hosts = fixtures.hosts("Blogbrowserstadt");
        EventView event = fixtures.running(hosts, "Zukunftswerkstatt", JoinPolicy.ANONYMOUS);
        Joined anna = fixtures.join(event, "Anna Amt");
        Page host = page;
        Page audience = context.newPage();

        signIn(hosts.host());
        page.navigate("/events/" + event.id());
        assertThat(page.locator("#blog-console-list")).containsText("Noch keine Beiträge.");
        Locator teamForm = page.locator("#blog summary");
        keyTo(teamForm);

        on(audience);
        context.addCookies(List.of(new Cookie("LZ_PARTICIPANT", anna.participantToken())
                .setUrl(baseUrl() + "/live/" + event.id())));
        page.navigate("/live/" + event.id());
        assertThat(page.locator("#blog-heading")).hasText("Blog");
        assertNoAxeViolations();

        // A title of spaces only passes the browser's check, not the server's: the form comes back.
        keyTo(page.locator("#blog-title"));
        page.keyboard().type("   ");
        keyTo(page.locator("#blog-body"));
        page.keyboard().type("Mehr Termine online.");
        keyTo(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Beitrag veröffentlichen")));
        page.keyboard().press("Enter");
        assertThat(page.locator("h1")).hasText("Beitrag schreiben");
        assertThat(page.locator(".error-summary")).isFocused();
        assertThat(page.locator("#blog-title")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#blog-body")).hasValue("Mehr Termine online.");
        assertNoAxeViolations();

        keyTo(page.locator("#blog-title"));
        page.keyboard().type(TITLE);
        keyTo(page.locator("#blog-body"));
        page.keyboard().press("Control+A");
        page.keyboard().type("**Mehr** Termine online.\n\n<script>window.injected = 1;</script>"
                + "<img src=\"x\" onerror=\"window.injected = 2\" alt=\"\">");
        keyTo(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Beitrag veröffentlichen")));
        page.keyboard().press("Enter");
        assertThat(page.locator("h1")).hasText(TITLE);
        assertThat(page.locator(".blog-post .markdown strong")).hasText("Mehr");
        assertThat(page.locator(".blog-post .markdown script")).hasCount(0);
        assertThat(page.locator(".blog-post .markdown [onerror]")).hasCount(0);
        // An image's error handler would have run before the load event.
        page.waitForLoadState();
        assertThat(page.evaluate("() => typeof window.injected")).isEqualTo("undefined");
        assertNoAxeViolations();
        PostView post = blog.posts(blog.actor(anna.participant()), 0, 10).items().get(0);
        assertThat(post.title()).isEqualTo(TITLE);

        // The host's console got the post over the stream, and its focus stayed where it was.
        on(host);
        assertThat(page.locator("#post-" + post.id())).containsText(TITLE + " (Kommentare: 0)");
        assertThat(teamForm).isFocused();
        assertNoAxeViolations();

        // A comment of spaces only is refused at the field; then a comment and a reply to it.
        on(audience);
        keyTo(page.locator("#comment-body"));
        page.keyboard().type("   ");
        keyTo(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kommentieren")));
        page.keyboard().press("Enter");
        assertThat(page.locator("#comments .error-summary")).isFocused();
        assertThat(page.locator("#comment-body")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#comment-body")).hasAttribute("aria-describedby", "comment-body-hint comment-body-error");
        assertNoAxeViolations();
        keyTo(page.locator("#comment-body"));
        page.keyboard().press("Control+A");
        page.keyboard().type("Gute Idee!");
        keyTo(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kommentieren")));
        page.keyboard().press("Enter");
        assertThat(page.locator("#comments-heading")).hasText("Kommentare (1)");
        CommentView comment = blog.comments(blog.actor(anna.participant()), post.id(), 0, 10).items().get(0);
        assertThat(page.locator("#comment-" + comment.id())).containsText("Gute Idee!");
        assertThat(page.locator("#comment-body")).not().hasAttribute("aria-invalid", "true");
        assertNoAxeViolations();

        keyTo(page.locator("#comment-" + comment.id() + " a"));
        page.keyboard().press("Enter");
        assertThat(page.locator("h1")).hasText("Auf einen Kommentar antworten");
        assertThat(page.locator("blockquote")).containsText("Gute Idee!");
        assertNoAxeViolations();
        keyTo(page.locator("#reply-body"));
        page.keyboard().type("  ");
        keyTo(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Antwort senden")));
        page.keyboard().press("Enter");
        assertThat(page.locator(".error-summary")).isFocused();
        assertThat(page.locator("#reply-body")).hasAttribute("aria-invalid", "true");
        assertNoAxeViolations();
        keyTo(page.locator("#reply-body"));
        page.keyboard().press("Control+A");
        page.keyboard().type("Finde ich auch.");
        keyTo(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Antwort senden")));
        page.keyboard().press("Enter");
        assertThat(page.locator("#comment-" + comment.id() + " ol.thread li.comment")).containsText("Finde ich auch.");
        assertNoAxeViolations();

        // The host opens the post from the console, is refused a reason of spaces, then hides it with one.
        on(host);
        keyTo(page.locator("#post-" + post.id() + " a"));
        page.keyboard().press("Enter");
        assertThat(page.locator("h1")).hasText(TITLE);
        assertThat(page.locator("#comment-" + comment.id())).containsText("Finde ich auch.");
        assertNoAxeViolations();
        keyTo(page.locator("#post-reason"));
        page.keyboard().type("  ");
        Locator hide = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Beitrag „" + TITLE + "“ ausblenden"));
        keyTo(hide);
        page.keyboard().press("Enter");
        assertThat(page.locator(".error-summary")).isFocused();
        assertThat(page.locator("#reason")).hasAttribute("aria-invalid", "true");
        assertNoAxeViolations();
        keyTo(page.locator("#reason"));
        page.keyboard().type("Bitte ohne Skripte.");
        keyTo(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ausblenden").setExact(true)));
        page.keyboard().press("Enter");
        assertThat(page.locator(".blog-post .notice")).hasText("Von der Moderation ausgeblendet: Bitte ohne Skripte.");
        assertNoAxeViolations();

        on(audience);
        page.navigate("/live/" + event.id() + "/posts/" + post.id());
        assertThat(page.locator(".blog-post .notice")).hasText("Von der Moderation ausgeblendet: Bitte ohne Skripte.");
        assertNoAxeViolations();

        on(host);
        keyTo(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Beitrag „" + TITLE + "“ wieder anzeigen")));
        page.keyboard().press("Enter");
        assertThat(page.locator(".blog-post .notice")).hasCount(0);
        assertThat(hide).isVisible();

        on(audience);
        page.reload();
        assertThat(page.locator(".blog-post .notice")).hasCount(0);

        // The participant starts a second post; the team's post arrives meanwhile and leaves the typing alone.
        page.navigate("/live/" + event.id() + "/posts/new");
        assertThat(page.locator("h1")).hasText("Beitrag schreiben");
        assertNoAxeViolations();
        page.navigate("/live/" + event.id() + "/blog");
        assertThat(page).hasURL(baseUrl() + "/live/" + event.id() + "#blog");
        keyTo(page.locator("#blog-title"));
        page.keyboard().type("Noch ein");

        on(host);
        page.navigate("/events/" + event.id());
        keyTo(teamForm);
        page.keyboard().press("Enter");
        keyTo(page.locator("#blog #blog-title"));
        page.keyboard().type("Das Team sagt danke");
        keyTo(page.locator("#blog #blog-body"));
        page.keyboard().type("Danke für *alle* Ideen.");
        keyTo(page.locator("#blog").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName("Beitrag veröffentlichen")));
        page.keyboard().press("Enter");
        assertThat(page.locator("h1")).hasText("Das Team sagt danke");
        assertThat(page.locator(".blog-post .markdown em")).hasText("alle");

        on(audience);
        assertThat(page.locator("#blog-list")).containsText("Das Team sagt danke");
        assertThat(page.locator("#blog-list li").first().locator(".badge")).hasText("Team");
        assertThat(page.locator("#blog-title")).isFocused();
        assertThat(page.locator("#blog-title")).hasValue("Noch ein");
        assertNoAxeViolations();
        assertThat(dialogs).isEmpty();
    }
}
