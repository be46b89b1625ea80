package de.lagezentrum.briefing.video;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import de.lagezentrum.briefing.BriefingManagement;
import de.lagezentrum.briefing.BriefingView;
import de.lagezentrum.briefing.NewBriefing;
import de.lagezentrum.browser.BrowserTest;
import de.lagezentrum.organisation.Role;
import de.lagezentrum.organisation.TestOrganisation.TestTenant;
import de.lagezentrum.platform.security.CurrentUser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The join page of BigBlueButton rooms in Chromium: before the room opens, open for a journalist who
 * enters with the keyboard and lands in BigBlueButton's join with a checksum it accepts, open for the
 * chair as moderator, and called off. axe-core finds nothing on any of them.
 */
class BigBlueButtonJoinBrowserTests extends BrowserTest {

    static final BigBlueButtonTestServer BBB = BigBlueButtonTestServer.forTheApplication();

    @DynamicPropertySource
    static void bigBlueButton(DynamicPropertyRegistry registry) {
        BBB.register(registry);
    }

    @AfterAll
    static void stop() {
        BBB.close();
    }

    @Autowired
    BriefingManagement briefings;

    @Autowired
    Clock clock;

    @Test
    void aJournalistWaitsForTheRoomThenEntersItWithTheKeyboard() {
        TestTenant tenant = sharedTenant();
        CurrentUser press = tenant.user("Paula Presse", Role.PRESS_OFFICE);
        CurrentUser chair = tenant.user("Jan Leitung", Role.EMPLOYEE);
        CurrentUser journalist = tenant.user("Tobias Klein", Role.JOURNALIST);
        BriefingView later = plan(press, chair, "Briefing morgen", Duration.ofDays(1));
        BriefingView soon = plan(press, chair, "Briefing gleich", Duration.ofMinutes(10));

        signIn(journalist);
        page.navigate("/briefings/" + later.id() + "/join");
        assertThat(page.locator("main")).containsText("Der Videoraum öffnet am");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Zum Videoraum"))).hasCount(0);
        assertNoAxeViolations();

        page.navigate("/briefings/" + soon.id() + "/join");
        assertThat(page.locator("main")).containsText("als Zuschauerin oder Zuschauer");
        assertNoAxeViolations();
        tabTo(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Zum Videoraum")));
        page.keyboard().press("Enter");
        page.waitForURL(url -> url.startsWith(BBB.apiUrl() + "/join?"));

        Map<String, String> joined = BBB.verify(URI.create(page.url()));
        assertThat(joined).isNotNull().containsEntry("role", "VIEWER").containsEntry("fullName", "Tobias Klein");
        assertThat(page.content()).contains("successfullyJoined");
    }

    @Test
    void theChairModeratesAndACancelledBriefingSaysSo() {
        TestTenant tenant = sharedTenant();
        CurrentUser press = tenant.user("Paula Presse", Role.PRESS_OFFICE);
        CurrentUser chair = tenant.user("Jan Leitung", Role.EMPLOYEE);
        BriefingView soon = plan(press, chair, "Briefing Moderation", Duration.ofMinutes(-10));

        signIn(chair);
        page.navigate("/briefings/" + soon.id() + "/join");
        assertThat(page.locator("main")).containsText("als Moderatorin oder Moderator");
        assertNoAxeViolations();

        briefings.cancel(press, soon.id(), "Krankheit");
        page.reload();
        assertThat(page.locator("main")).containsText("Dieses Briefing ist abgesagt.");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Zum Videoraum"))).hasCount(0);
        assertNoAxeViolations();
    }

    private BriefingView plan(CurrentUser press, CurrentUser chair, String title, Duration fromNow) {
        Instant start = clock.instant().plus(fromNow).truncatedTo(ChronoUnit.MINUTES);
        return briefings.plan(press, new NewBriefing(title + " " + UUID.randomUUID().toString().substring(0, 8),
                "Lage", start, start.plus(Duration.ofHours(1)), chair.personId(), List.of(), null, null, null));
    }
}
