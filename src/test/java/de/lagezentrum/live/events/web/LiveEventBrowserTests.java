package de.lagezentrum.live.events.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import com.microsoft.playwright.Download;
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
 * Live events in Chromium with the keyboard alone and axe-core without violations: a participant joins by
 * the code typed in lower case with a dash and reaches the participant page; the host lists the events,
 * creates one (first refused, then accepted), reads the console with code, link and QR code and downloads
 * both QR files, and edits the event.
 */
class LiveEventBrowserTests extends BrowserTest {

    @Autowired
    TestLive fixtures;

    @Autowired
    LiveEvents events;

    @Test
    void aParticipantJoinsWithTheKeyboardByTheCodeInLowerCaseWithADash() {
        Hosts hosts = fixtures.hosts("Beitrittsbrowserstadt");
        EventView event = fixtures.running(hosts, "Amtsleitungstag", JoinPolicy.ANONYMOUS);
        page.navigate("/join");
        assertThat(page.locator("h1")).hasText("Veranstaltung beitreten");
        assertNoAxeViolations();

        tabTo(page.locator("#code"));
        page.keyboard().type("zzzz-zzzz");
        page.keyboard().press("Enter");
        assertThat(page.locator(".error-summary")).isFocused();
        assertThat(page.locator("#code")).hasAttribute("aria-invalid", "true");
        assertNoAxeViolations();

        String typed = event.joinCode().substring(0, 4).toLowerCase() + "-" + event.joinCode().substring(4).toLowerCase();
        tabTo(page.locator("#code"));
        page.keyboard().press("Control+A");
        page.keyboard().type(typed);
        tabTo(page.locator("#displayName"));
        page.keyboard().type("Anna Amt");
        tabTo(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Beitreten")));
        page.keyboard().press("Enter");
        page.waitForURL(url -> url.endsWith("/live/" + event.id()));
        assertThat(page.locator("h1")).hasText("Amtsleitungstag");
        assertThat(page.locator("main")).containsText("Sie nehmen als Anna Amt teil.");
        assertThat(page.locator("main")).containsText("Die Verwaltung von morgen");
        assertNoAxeViolations();

        tabTo(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Veranstaltung auf diesem Gerät verlassen")));
        page.keyboard().press("Enter");
        page.waitForURL(url -> url.endsWith("/join"));
        assertThat(dialogs).isEmpty();
    }

    @Test
    void theHostCreatesAnEventWithTheKeyboardAndRunsItsConsole() throws Exception {
        Hosts hosts = fixtures.hosts("Gastgeberbrowserstadt");
        fixtures.running(hosts, "Frühere Veranstaltung", JoinPolicy.ANONYMOUS);
        signIn(hosts.host());
        page.navigate("/events");
        assertThat(page.locator("h1")).hasText("Veranstaltungen");
        assertThat(page.locator("table")).containsText("Frühere Veranstaltung");
        assertNoAxeViolations();

        tabTo(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Veranstaltung anlegen")));
        page.keyboard().press("Enter");
        assertThat(page.locator("h1")).hasText("Veranstaltung anlegen");
        assertNoAxeViolations();

        // A speaker without a title: refused at the row, with the form kept.
        tabTo(page.locator("[id='agenda[0].speaker']"));
        page.keyboard().type("Dr. Eva Beispiel");
        Locator create = page.locator("form.event-form button[type=submit]:not([name=more])");
        tabTo(create);
        page.keyboard().press("Enter");
        assertThat(page.locator(".error-summary")).isFocused();
        assertThat(page.locator("#eventTitle")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("[id='agenda[0].title']")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("[id='agenda[0].speaker']")).hasValue("Dr. Eva Beispiel");
        assertNoAxeViolations();

        tabTo(page.locator("#eventTitle"));
        page.keyboard().type("Amtsleitungstag");
        tabTo(page.locator("[id='agenda[0].title']"));
        page.keyboard().type("Die Verwaltung von morgen");
        tabTo(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Weitere Programmzeilen")));
        page.keyboard().press("Enter");
        // The filled row, the three empty ones and three more.
        assertThat(page.locator("fieldset.agenda-row")).hasCount(7);
        assertThat(page.locator("#eventTitle")).hasValue("Amtsleitungstag");
        // Enter in a field saves (the form's first button), not "more rows".
        tabTo(page.locator("#eventTitle"));
        page.keyboard().press("Enter");

        assertThat(page.locator("h1")).hasText("Amtsleitungstag");
        assertThat(page.locator(".notice")).containsText("Die Veranstaltung ist angelegt.");
        EventView event = events.myEvents(hosts.host()).stream().filter(e -> e.title().equals("Amtsleitungstag"))
                .findFirst().orElseThrow();
        assertThat(page.locator(".join-code")).hasText(event.joinCodeGrouped());
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(baseUrl() + "/join/"
                + event.joinCode()))).isVisible();
        assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("QR-Code zum Beitritt, Code "
                + event.joinCodeGrouped()))).isVisible();
        assertThat(page.locator("main")).containsText("Die Verwaltung von morgen");
        assertNoAxeViolations();

        Download png = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("QR-Code als PNG herunterladen")).click());
        assertThat(png.suggestedFilename()).isEqualTo("beitritt-" + event.joinCode() + ".png");
        byte[] bytes = Files.readAllBytes(png.path());
        assertThat(Arrays.copyOf(bytes, 4)).containsExactly(0x89, 'P', 'N', 'G');
        Download svg = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("QR-Code als SVG herunterladen")).click());
        assertThat(Files.readString(Path.of(svg.path().toString()))).contains("<svg").contains(event.joinCode());

        tabTo(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bearbeiten")));
        page.keyboard().press("Enter");
        assertThat(page.locator("h1")).hasText("Veranstaltung bearbeiten");
        assertThat(page.locator("#eventTitle")).hasValue("Amtsleitungstag");
        assertNoAxeViolations();
        tabTo(page.locator("#eventTitle"));
        page.keyboard().press("End");
        page.keyboard().type(" 2027");
        page.keyboard().press("Enter");
        assertThat(page.locator("h1")).hasText("Amtsleitungstag 2027");
        assertThat(page.locator(".notice")).containsText("Gespeichert.");
        assertNoAxeViolations();
        assertThat(dialogs).isEmpty();
    }
}
