package de.lagezentrum.briefing.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

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
 * The press office's briefing pages in Chromium, with the keyboard where it counts: the list, the form
 * with its errors announced and linked, the briefing's page with cancelling, the series form, the join
 * page and the panel's dashboard card. axe-core finds nothing on any of them.
 */
class BriefingBrowserTests extends BrowserTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Autowired
    BriefingManagement briefings;

    @Autowired
    Clock clock;

    @Test
    void thePressOfficePlansABriefingWithTheKeyboardAfterTheFormSaidWhatWasMissing() {
        // A municipality of its own: the list starts empty.
        TestTenant tenant = organisation.newTenant("Leere Briefingstadt " + UUID.randomUUID());
        CurrentUser press = tenant.user("Miriam Roth", Role.PRESS_OFFICE, Role.EMPLOYEE);
        tenant.user("Dr. Julia Berger", Role.EMPLOYEE);
        tenant.user("Petra Lang", Role.EMPLOYEE);
        signIn(press);

        page.navigate("/briefings");
        assertThat(page.locator("h1")).hasText("Medienbriefings");
        assertThat(page.getByText("In den nächsten 90 Tagen ist kein Briefing geplant.")).isVisible();
        assertNoAxeViolations();

        tabTo(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Briefing planen")));
        page.keyboard().press("Enter");
        page.waitForURL(url -> url.endsWith("/briefings/new"));
        assertNoAxeViolations();

        page.locator("#startTime").fill("14:00");
        page.locator("#endTime").fill("13:00");
        tabTo(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Briefing planen")));
        page.keyboard().press("Enter");
        assertThat(page.locator(".error-summary")).isFocused();
        assertThat(page.locator(".error-summary")).containsText("Titel:");
        assertThat(page.locator("#briefingTitle")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#briefingTitle")).hasAttribute("aria-describedby", "briefingTitle-error");
        assertThat(page.locator("#chairId")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#endTime-error")).containsText("Das Ende liegt vor dem Beginn.");
        assertNoAxeViolations();

        String title = "Sonderbriefing Messehalle " + UUID.randomUUID().toString().substring(0, 8);
        tabTo(page.locator("#briefingTitle"));
        page.keyboard().type(title);
        page.locator("#date").fill(LocalDate.now(clock.withZone(BERLIN)).plusDays(3).toString());
        page.locator("#endTime").fill("14:45");
        page.locator("#chairId").selectOption(new SelectOption().setLabel("Dr. Julia Berger"));
        page.getByLabel("Petra Lang").check();
        page.locator("#guests").fill("Dr. Hannah Kurz, Deutsches Rotes Kreuz");
        page.locator("#videoUrl").fill("https://meet.example/sonderbriefing");
        tabTo(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Briefing planen")));
        page.keyboard().press("Enter");

        page.waitForURL(url -> url.matches(".*/briefings/[0-9a-f-]{36}$"));
        assertThat(page.locator("h1")).hasText(title);
        assertThat(page.locator(".notice")).containsText("Das Briefing ist geplant");
        assertThat(page.locator(".facts")).containsText("14:00–14:45 Uhr");
        assertThat(page.locator(".facts")).containsText("Dr. Julia Berger");
        assertThat(page.locator(".facts")).containsText("Petra Lang");
        assertThat(page.locator(".facts")).containsText("Dr. Hannah Kurz, Deutsches Rotes Kreuz");
        assertNoAxeViolations();

        page.locator("#reason").fill("Die Messehalle ist gesperrt.");
        tabTo(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Briefing absagen")));
        page.keyboard().press("Enter");
        assertThat(page.locator(".notice")).containsText("Das Briefing ist abgesagt");
        assertThat(page.locator("main")).containsText("Grund: Die Messehalle ist gesperrt.");
        assertNoAxeViolations();

        page.navigate("/briefings");
        assertThat(page.locator("#upcoming-caption")).containsText("1");
        assertThat(page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions()
                .setHasText(title))).containsText("abgesagt");
        assertNoAxeViolations();
        assertThat(dialogs).isEmpty();
    }

    @Test
    void thePressOfficeSetsUpAWeeklySeriesAndItsDatesAreListed() {
        TestTenant tenant = sharedTenant();
        CurrentUser press = tenant.user("Rita Reihe", Role.PRESS_OFFICE);
        tenant.user("Beate Sommer", Role.EMPLOYEE);
        signIn(press);
        LocalDate today = LocalDate.now(clock.withZone(BERLIN));

        page.navigate("/briefings/series/new");
        assertThat(page.locator("h1")).hasText("Regelmäßiges Briefing anlegen");
        assertNoAxeViolations();
        String title = "Pressebriefing zur Lage " + UUID.randomUUID().toString().substring(0, 8);
        page.locator("#seriesTitle").fill(title);
        page.locator("#firstDate").fill(today.toString());
        page.locator("#lastDate").fill(today.minusDays(1).toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Regelmäßiges Briefing anlegen")).click();
        assertThat(page.locator(".error-summary")).isFocused();
        assertThat(page.locator("#lastDate")).hasAttribute("aria-invalid", "true");
        assertNoAxeViolations();

        page.locator("#lastDate").fill(today.plusWeeks(6).toString());
        page.locator("#chairId").selectOption(new SelectOption().setLabel("Beate Sommer"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Regelmäßiges Briefing anlegen")).click();

        page.waitForURL(url -> url.endsWith("/briefings"));
        assertThat(page.locator(".notice")).containsText("Das regelmäßige Briefing ist angelegt");
        assertThat(page.locator("main")).containsText("Jeden Donnerstag um 11:00 Uhr, 60 Minuten");
        assertThat(page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions()
                .setHasText(title)).first()).containsText("11:00–12:00 Uhr");
        assertNoAxeViolations();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bearbeiten " + title)).click();
        assertThat(page.locator("h1")).hasText("Regelmäßiges Briefing bearbeiten");
        assertThat(page.locator("main")).containsText("Jeden Donnerstag um 11:00 Uhr");
        assertNoAxeViolations();
    }

    @Test
    void journalistsAndThePanelJoinOthersFindNothingAndThePanelSeesItOnTheDashboard() {
        TestTenant tenant = sharedTenant();
        CurrentUser press = tenant.user("Paula Presse", Role.PRESS_OFFICE);
        CurrentUser chair = tenant.user("Jan Leitung", Role.EMPLOYEE);
        CurrentUser journalist = tenant.user("Tobias Klein", Role.JOURNALIST);
        CurrentUser employee = tenant.user("Aylin Demir", Role.EMPLOYEE);
        Instant start = clock.instant().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.HOURS);
        String title = "Briefing Hitzeschutz " + UUID.randomUUID().toString().substring(0, 8);
        BriefingView briefing = briefings.plan(press, new NewBriefing(title, "Hitzeschutz", start,
                start.plus(Duration.ofHours(1)), chair.personId(), List.of(), null, "https://meet.example/hitze", null));

        signIn(journalist);
        page.navigate("/briefings/" + briefing.id() + "/join");
        assertThat(page.locator("h1")).hasText("Teilnahme: " + title);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Zum Videoraum")))
                .hasAttribute("href", "https://meet.example/hitze");
        tabTo(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Zum Videoraum")));
        assertNoAxeViolations();
        context.clearCookies();

        signIn(employee);
        Response refused = page.navigate("/briefings/" + briefing.id() + "/join");
        assertThat(refused.status()).isEqualTo(404);
        context.clearCookies();

        signIn(chair);
        page.navigate("/");
        assertThat(page.locator("#card-briefings-title")).hasText("Meine Medienbriefings");
        assertThat(page.locator("#card-briefings-title").locator("..")).containsText(title);
        assertThat(page.locator("#card-briefings-title").locator("..")).containsText("Sie leiten das Briefing.");
        assertNoAxeViolations();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
        assertThat(page.locator("h1")).hasText(title);
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Briefing absagen")))
                .hasCount(0);
        assertNoAxeViolations();
    }
}
