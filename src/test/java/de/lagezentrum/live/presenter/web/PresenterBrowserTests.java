package de.lagezentrum.live.presenter.web;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import de.lagezentrum.browser.BrowserTest;
import de.lagezentrum.live.EventView;
import de.lagezentrum.live.JoinPolicy;
import de.lagezentrum.live.LiveEvents;
import de.lagezentrum.live.TestLive;
import de.lagezentrum.live.TestLive.Hosts;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The presenter view in Chromium: no navigation, the join code and QR code in large type, the switch
 * operated with the keyboard, a change on the team's stream re-read and announced politely while the
 * focus stays where it was, and axe-core without violations.
 */
class PresenterBrowserTests extends BrowserTest {

    private static final String STREAM_OPEN =
            "document.addEventListener('htmx:sseOpen', () => { window.liveStreamOpen = true; })";

    @Autowired
    TestLive fixtures;

    @Autowired
    LiveEvents events;

    @Test
    void theTeamProjectsTheEventAndSeesChangesAnnouncedWithoutLosingFocus() {
        Hosts hosts = fixtures.hosts("Beamerstadt");
        EventView event = fixtures.running(hosts, "Amtsleitungstag", JoinPolicy.ANONYMOUS);
        page.addInitScript(STREAM_OPEN);
        signIn(hosts.moderator());

        page.navigate("/events/" + event.id());
        tabTo(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Präsentationsansicht öffnen")));
        page.keyboard().press("Enter");
        assertThat(page.locator("body")).hasClass("presenter-view");
        assertThat(page.locator("h1")).hasText("Amtsleitungstag");
        assertThat(page.locator(".main-nav")).hasCount(0);
        assertThat(page.locator(".presenter__code").first()).hasText(event.joinCodeGrouped());
        assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("QR-Code zum Beitritt, Code "
                + event.joinCodeGrouped()))).isVisible();
        assertNoAxeViolations();

        Locator questions = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Top-Fragen zeigen"));
        tabTo(questions);
        page.keyboard().press("Enter");
        page.waitForURL(url -> url.endsWith("?show=questions"));
        assertThat(questions).hasAttribute("aria-current", "page");
        assertNoAxeViolations();

        Locator poll = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Umfrageergebnis zeigen"));
        tabTo(poll);
        page.waitForFunction("() => window.liveStreamOpen === true");
        EventView now = events.event(hosts.host(), event.id());
        events.cancel(hosts.host(), event.id(), now.version());
        assertThat(page.locator("#presenter-live")).containsText("Diese Veranstaltung wurde abgesagt.");
        assertThat(page.locator("#presenter-status")).hasText("Die Präsentation wurde aktualisiert.");
        assertThat(poll).isFocused();
        assertNoAxeViolations();
        assertThat(dialogs).isEmpty();
    }
}
