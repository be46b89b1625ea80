package de.lagezentrum.briefing.media.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import de.lagezentrum.briefing.BriefingView;
import de.lagezentrum.briefing.TestBriefings;
import de.lagezentrum.briefing.TestBriefings.PressOffice;
import de.lagezentrum.briefing.media.TestRecordings;
import de.lagezentrum.browser.BrowserTest;
import de.lagezentrum.organisation.Role;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A briefing's media page in Chromium: the press office uploads a recording and its captions, defines an
 * O-Ton by keyboard after the form said what was wrong, and a journalist listens with captions. Native
 * players (keyboard-operable), and axe-core finds nothing at any step.
 */
class MediaBrowserTests extends BrowserTest {

    @Autowired
    TestBriefings briefings;

    @Test
    void thePressOfficeUploadsARecordingWithCaptionsAndDefinesAnOTonByKeyboard() {
        PressOffice office = briefings.pressOffice("Mitschnittstadt");
        BriefingView briefing = briefings.plan(office, "Briefing zur Unterbringung", Duration.ofDays(-1));
        signIn(office.press());

        page.navigate("/briefings/" + briefing.id());
        tabTo(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mitschnitt und O-Töne")));
        page.keyboard().press("Enter");
        page.waitForURL(url -> url.endsWith("/media"));
        assertThat(page.locator("h1")).hasText("Mitschnitt und O-Töne: Briefing zur Unterbringung");
        assertThat(page.getByText("Es gibt noch keinen Mitschnitt.")).isVisible();
        assertNoAxeViolations();

        page.locator("#file").setInputFiles(new FilePayload("skript.wav", "audio/wav", TestRecordings.SCRIPT));
        page.locator("#mediumTitle").fill("Mitschnitt");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hochladen")).click();
        assertThat(page.locator(".error-summary")).isFocused();
        assertThat(page.locator("#file")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#file-error")).containsText("application/x-sh");
        assertNoAxeViolations();

        page.locator("#file").setInputFiles(new FilePayload("mitschnitt.wav", "audio/wav", TestRecordings.wav(6)));
        page.locator("#mediumTitle").fill("Mitschnitt des Briefings");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hochladen")).click();
        assertThat(page.locator(".notice")).containsText("Die Datei ist hochgeladen.");
        Locator recording = page.locator("section").filter(new Locator.FilterOptions().setHasText("Mitschnitt des Briefings"));
        assertThat(recording.locator("audio[controls]")).hasCount(1);
        assertThat(recording.locator(".facts")).containsText("00:06");
        assertNoAxeViolations();

        Locator captions = recording.locator("input[type=file][name=captions]");
        captions.setInputFiles(new FilePayload("untertitel.vtt", "text/vtt",
                "Keine Untertitel\n".getBytes(StandardCharsets.UTF_8)));
        recording.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Untertitel hochladen")).click();
        assertThat(page.locator("input[name=captions]")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator(".error-message[role=alert]")).isVisible();
        assertNoAxeViolations();
        page.locator("input[name=captions]").setInputFiles(new FilePayload("untertitel.vtt", "text/vtt",
                TestRecordings.CAPTIONS.getBytes(StandardCharsets.UTF_8)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Untertitel hochladen")).click();
        assertThat(page.locator(".notice")).containsText("Die Untertitel sind gespeichert.");
        assertThat(page.locator("audio track[kind=captions][srclang=de][default]")).hasCount(1);

        tabTo(page.locator("#soundbiteTitle"));
        page.keyboard().type("Zur Belegung");
        page.keyboard().press("Tab");
        page.keyboard().press("Tab");
        page.keyboard().type("00:04");
        page.keyboard().press("Tab");
        page.keyboard().type("00:02");
        tabTo(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("O-Ton anlegen")));
        page.keyboard().press("Enter");
        assertThat(page.locator(".error-summary")).isFocused();
        assertThat(page.locator("#end")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#end-error")).containsText("Das Ende muss nach dem Beginn liegen.");
        assertNoAxeViolations();

        page.locator("#end").fill("00:09");
        tabTo(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("O-Ton anlegen")));
        page.keyboard().press("Enter");
        assertThat(page.locator("#end-error")).containsText("hinter dem Ende des Mitschnitts");

        page.locator("#start").fill("00:02");
        page.locator("#end").fill("00:04");
        tabTo(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("O-Ton anlegen")));
        page.keyboard().press("Enter");
        assertThat(page.locator(".notice")).containsText("Der O-Ton ist angelegt.");
        Locator soundbite = page.locator("section").filter(new Locator.FilterOptions().setHasText("Zur Belegung"));
        assertThat(soundbite).containsText("Ausschnitt 00:02–00:04");
        assertThat(soundbite.locator(".transcript")).hasText("Die Unterkünfte sind zu 80 Prozent belegt.");
        String source = soundbite.locator("audio").getAttribute("src");
        assertThat(source).matches("/media/[0-9a-f-]{36}");
        assertThat(page.request().get(source).headers().get("content-type")).isEqualTo("audio/wav");
        assertNoAxeViolations();

        tabTo(soundbite.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("„Zur Belegung“ bearbeiten")));
        page.keyboard().press("Enter");
        page.waitForURL(url -> url.endsWith("/edit"));
        assertThat(page.locator("#start")).hasValue("00:02");
        assertNoAxeViolations();
        page.locator("#soundbiteTitle").fill("Zur Belegung der Unterkünfte");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern")).click();
        assertThat(page.locator(".notice")).containsText("Der O-Ton ist geändert.");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("„Zur Belegung der Unterkünfte“ löschen"))
                .click();
        assertThat(page.locator(".notice")).containsText("Der O-Ton ist gelöscht.");
        assertThat(page.getByText("Es gibt noch keine O-Töne.")).isVisible();
        assertThat(dialogs).isEmpty();
    }

    @Test
    void aJournalistListensWithCaptionsAndSeesNoForms() {
        PressOffice office = briefings.pressOffice("Hörstadt");
        BriefingView briefing = briefings.plan(office, "Briefing zum Hören", Duration.ofDays(-1));
        signIn(office.press());
        page.navigate("/briefings/" + briefing.id() + "/media");
        page.locator("#file").setInputFiles(new FilePayload("mitschnitt.wav", "audio/wav", TestRecordings.wav(3)));
        page.locator("#mediumTitle").fill("Mitschnitt");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hochladen")).click();
        page.locator("input[name=captions]").setInputFiles(new FilePayload("untertitel.vtt", "text/vtt",
                TestRecordings.CAPTIONS.getBytes(StandardCharsets.UTF_8)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Untertitel hochladen")).click();
        assertThat(page.locator(".notice")).containsText("Die Untertitel sind gespeichert.");
        context.clearCookies();

        signIn(office.tenant().user("Jana Schreiber", Role.JOURNALIST));
        page.navigate("/briefings/" + briefing.id() + "/media");
        assertThat(page.locator("audio[controls] track[kind=captions]")).hasCount(1);
        assertThat(page.locator("form[enctype='multipart/form-data']")).hasCount(0);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("„Mitschnitt“ herunterladen")))
                .isVisible();
        assertNoAxeViolations();
        page.locator("audio").focus();
        assertThat(page.locator("audio")).isFocused();
    }
}
