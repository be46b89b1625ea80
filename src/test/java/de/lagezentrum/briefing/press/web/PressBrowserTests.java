package de.lagezentrum.briefing.press.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;

import de.lagezentrum.briefing.BriefingManagement;
import de.lagezentrum.briefing.BriefingPublications;
import de.lagezentrum.briefing.BriefingView;
import de.lagezentrum.briefing.NewBriefing;
import de.lagezentrum.briefing.NewPressRelease;
import de.lagezentrum.briefing.PressArea;
import de.lagezentrum.briefing.PressReleaseView;
import de.lagezentrum.briefing.PressReleases;
import de.lagezentrum.browser.BrowserTest;
import de.lagezentrum.organisation.PeopleManagement;
import de.lagezentrum.organisation.Role;
import de.lagezentrum.organisation.TestOrganisation.TestTenant;
import de.lagezentrum.platform.TenantDirectory;
import de.lagezentrum.platform.security.CurrentUser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The press area in Chromium, without an account and with the keyboard: the front page, a published
 * briefing, a press release, Leichte Sprache and the DGS page with its player; and the press office's
 * pages to publish a briefing and write a press release. axe-core finds nothing on any of them.
 */
class PressBrowserTests extends BrowserTest {

    @Autowired
    BriefingManagement briefings;

    @Autowired
    BriefingPublications publications;

    @Autowired
    PressReleases releases;

    @Autowired
    PressArea area;

    @Autowired
    PeopleManagement people;

    @Autowired
    TenantDirectory tenants;

    @Autowired
    Clock clock;

    @Test
    void aVisitorFindsTheWayThroughThePressAreaWithTheKeyboard() {
        CurrentUser press = people.actingAs(tenants.defaultTenantId(), "presse").orElseThrow();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        BriefingView held = plan(press, "Briefing Stadtfest " + suffix, Duration.ofDays(-1));
        publications.publish(press, held.id(), "Das Stadtfest findet **statt**.\n\n- Bühne am Markt\n- Sanitätsdienst");
        PressReleaseView release = releases.publish(press, releases.draft(press,
                new NewPressRelease("Straßensperrung " + suffix, "Die Hauptstraße ist *ab Montag* gesperrt.", held.id(), 0)).id());
        area.uploadSignLanguageVideo(press, new MockMultipartFile("video", "dgs.mp4", "video/mp4", PressAreaWebTests.MP4));

        page.navigate("/presse");
        assertThat(page.locator("h1")).hasText("Pressebereich");
        assertThat(page.locator("#upcoming-heading")).isVisible();
        assertNoAxeViolations();

        tabTo(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(held.title())));
        page.keyboard().press("Enter");
        page.waitForURL(url -> url.endsWith("/presse/briefings/" + held.id()));
        assertThat(page.locator("h1")).hasText(held.title());
        assertThat(page.locator("#summary strong")).hasText("statt");
        assertNoAxeViolations();

        page.navigate("/presse/mitteilungen/" + release.id());
        assertThat(page.locator("h1")).hasText(release.title());
        assertThat(page.locator(".press-text em")).hasText("ab Montag");
        tabTo(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Zum Medienbriefing")));
        assertNoAxeViolations();

        Locator pressNav = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Pressebereich"));
        tabTo(pressNav.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Leichte Sprache")));
        page.keyboard().press("Enter");
        page.waitForURL(url -> url.endsWith("/presse/leichte-sprache"));
        assertThat(page.locator("h1")).hasText("Der Presse-Bereich in Leichter Sprache");
        assertNoAxeViolations();

        tabTo(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Zum Video in Gebärden-Sprache")));
        page.keyboard().press("Enter");
        page.waitForURL(url -> url.endsWith("/presse/gebaerdensprache"));
        assertThat(page.locator("video[controls]")).hasCount(1);
        tabTo(page.locator("video"));
        assertNoAxeViolations();
        assertThat(dialogs).isEmpty();
    }

    @Test
    void thePressOfficePublishesABriefingAndWritesAPressReleaseWithTheKeyboard() {
        TestTenant tenant = sharedTenant();
        CurrentUser press = tenant.user("Paula Presse", Role.PRESS_OFFICE, Role.EMPLOYEE);
        CurrentUser chair = tenant.user("Dr. Julia Berger", Role.EMPLOYEE);
        BriefingView held = plan(press, chair, "Briefing Hitze " + UUID.randomUUID().toString().substring(0, 8),
                Duration.ofHours(-2));
        signIn(press);

        page.navigate("/briefings/" + held.id());
        assertThat(page.locator("#publication-heading")).hasText("Veröffentlichung");
        assertNoAxeViolations();
        tabTo(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Veröffentlichen")));
        page.keyboard().press("Enter");
        assertThat(page.locator("#summary")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#summary-error")).containsText("Bitte füllen Sie dieses Feld aus.");
        assertNoAxeViolations();

        tabTo(page.locator("#summary"));
        page.keyboard().type("Trinkwasser wird an drei Stellen verteilt.");
        tabTo(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Veröffentlichen")));
        page.keyboard().press("Enter");
        assertThat(page.locator(".notice")).containsText("Das Briefing ist veröffentlicht.");
        assertThat(page.locator("#withdraw-heading")).isVisible();
        assertNoAxeViolations();

        page.locator("#withdraw-reason").fill("Zahlen werden korrigiert.");
        tabTo(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zurückziehen")));
        page.keyboard().press("Enter");
        assertThat(page.locator(".notice")).containsText("Die Veröffentlichung ist zurückgezogen.");
        assertNoAxeViolations();

        page.navigate("/pressestelle/mitteilungen");
        assertThat(page.locator("h1")).hasText("Pressemitteilungen");
        assertNoAxeViolations();
        tabTo(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Neue Pressemitteilung")));
        page.keyboard().press("Enter");
        page.waitForURL(url -> url.endsWith("/pressestelle/mitteilungen/neu"));
        assertNoAxeViolations();
        tabTo(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Als Entwurf speichern")));
        page.keyboard().press("Enter");
        assertThat(page.locator(".error-summary")).isFocused();
        assertThat(page.locator("#title")).hasAttribute("aria-invalid", "true");
        assertNoAxeViolations();

        page.locator("#title").fill("Hitzeschutz in den Schulen");
        page.locator("#body").fill("Die Schulen öffnen **früher**.");
        tabTo(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Als Entwurf speichern")));
        page.keyboard().press("Enter");
        page.waitForURL(url -> url.matches(".*/pressestelle/mitteilungen/[0-9a-f-]{36}$"));
        assertThat(page.locator("#preview-heading ~ article strong")).hasText("früher");
        assertNoAxeViolations();
        tabTo(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Veröffentlichen")));
        page.keyboard().press("Enter");
        assertThat(page.locator(".notice")).containsText("Die Pressemitteilung ist veröffentlicht.");
        assertNoAxeViolations();

        page.navigate("/pressestelle/gebaerdensprache");
        assertThat(page.locator("h1")).hasText("Video in Gebärdensprache");
        tabTo(page.locator("#video"));
        assertNoAxeViolations();
        assertThat(dialogs).isEmpty();
    }

    private BriefingView plan(CurrentUser press, String title, Duration fromNow) {
        return plan(press, press, title, fromNow);
    }

    private BriefingView plan(CurrentUser press, CurrentUser chair, String title, Duration fromNow) {
        Instant start = clock.instant().plus(fromNow).truncatedTo(ChronoUnit.MINUTES);
        return briefings.plan(press, new NewBriefing(title, "Lage", start, start.plus(Duration.ofHours(1)),
                chair.personId(), List.of(), null, "https://meet.example/briefing", null));
    }
}
