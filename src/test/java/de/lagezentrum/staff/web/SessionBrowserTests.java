package de.lagezentrum.staff.web;

import java.time.LocalDate;
import java.time.ZoneId;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;

import de.lagezentrum.browser.BrowserTest;
import de.lagezentrum.organisation.Role;
import de.lagezentrum.platform.security.CurrentUser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The lead plans sessions on the staff page; every member subscribes to them in a calendar. */
class SessionBrowserTests extends BrowserTest {

    @Test
    void leadSetsASeriesAndCallsAnExtraordinarySession() {
        CurrentUser lead = sharedTenant().user("Sina Sitzung", Role.STAFF_LEAD);
        signIn(lead);
        page.navigate("/staffs");
        page.locator("#name").fill("Stab Hochwasser");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stab einrichten")).click();
        page.waitForURL(url -> url.matches(".*/staffs/[0-9a-f-]{36}$"));
        // The planning forms sit in a closed disclosure; the keyboard opens it like a button.
        page.locator("details.planning > summary").focus();
        page.keyboard().press("Enter");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reihe festlegen")).click();
        assertThat(page.locator(".error-summary")).isFocused();
        assertThat(page.locator("#weekday")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#weekday")).hasAttribute("aria-describedby", "weekday-error");
        assertThat(page.locator("#weekday-error")).containsText("Fehler:");
        assertNoAxeViolations();

        page.locator("#weekday").selectOption(new SelectOption().setLabel("Mittwoch"));
        page.locator("#time").fill("10:00");
        page.locator("#from").fill(LocalDate.now(ZoneId.of("Europe/Berlin")).minusDays(60).toString());
        page.locator("#videoUrl").fill("https://meet.example/hochwasser");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reihe festlegen")).click();
        assertThat(page.locator(".notice")).containsText("Sitzungsreihe ist festgelegt");
        assertThat(page.locator("main")).containsText("Jeden Mittwoch um 10:00 Uhr, 90 Minuten");
        assertThat(page.locator(".sessions li").first()).containsText("10:00");
        assertNoAxeViolations();

        page.locator("details.planning > summary").click();
        page.locator("#title").fill("Pegel steigt");
        // A date relative to today: a fixed one passes and drops out of the upcoming sessions.
        page.locator("#date").fill(LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(14).toString());
        page.locator("#startTime").fill("15:00");
        page.locator("#endTime").fill("14:00");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sondersitzung einberufen")).click();
        assertThat(page.locator("#endTime")).hasAttribute("aria-invalid", "true");
        assertNoAxeViolations();

        page.locator("#endTime").fill("16:00");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sondersitzung einberufen")).click();
        assertThat(page.locator(".notice")).containsText("Sondersitzung ist einberufen");
        assertThat(page.locator(".sessions")).containsText("Pegel steigt");
        assertNoAxeViolations();

        page.navigate("/");
        assertThat(page.locator("#card-staffs-title").locator("..")).containsText("Nächste Sitzung:");
        assertNoAxeViolations();

        // Members (the lead too) are told in the app; the header counts what is unread.
        page.locator(".account__notifications .counter").waitFor();
        page.locator(".account__notifications").click();
        assertThat(page.locator("h1")).hasText("Benachrichtigungen");
        assertThat(page.locator("main")).containsText("Sondersitzung des Stabs „Stab Hochwasser“");
        assertNoAxeViolations();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Alle als gelesen markieren")).click();
        assertThat(page.locator(".notice")).containsText("gelesen");
        assertThat(page.locator(".account__notifications .counter")).hasCount(0);
        assertNoAxeViolations();
    }

    @Test
    void memberSubscribesToTheCalendarWithoutLogin() {
        CurrentUser lead = sharedTenant().user("Kai Kalender", Role.STAFF_LEAD);
        signIn(lead);
        page.navigate("/staffs");
        page.locator("#name").fill("Stab Kalender");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stab einrichten")).click();
        page.waitForURL(url -> url.matches(".*/staffs/[0-9a-f-]{36}$"));
        page.navigate("/staffs");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kalenderadresse erzeugen")).click();
        String feedUrl = page.locator("#feed-url").inputValue();
        assertNoAxeViolations();

        APIResponse feed = page.request().get(feedUrl.replaceFirst("^https?://[^/]+", baseUrl()));
        org.assertj.core.api.Assertions.assertThat(feed.status()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(feed.text()).contains("BEGIN:VCALENDAR");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kalenderadresse sperren")).click();
        assertThat(page.locator(".notice")).containsText("gesperrt");
        assertNoAxeViolations();
        org.assertj.core.api.Assertions.assertThat(
                page.request().get(feedUrl.replaceFirst("^https?://[^/]+", baseUrl())).status()).isEqualTo(404);
    }
}
