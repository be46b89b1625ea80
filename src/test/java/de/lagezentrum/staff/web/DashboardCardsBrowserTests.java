package de.lagezentrum.staff.web;

import java.time.Instant;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import de.lagezentrum.browser.BrowserTest;
import de.lagezentrum.journal.JournalCategory;
import de.lagezentrum.journal.JournalManagement;
import de.lagezentrum.journal.NewJournalEntry;
import de.lagezentrum.organisation.Role;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.staff.EntryType;
import de.lagezentrum.staff.MinutesManagement;
import de.lagezentrum.staff.NewAgendaItem;
import de.lagezentrum.staff.NewEntry;
import de.lagezentrum.staff.NewSession;
import de.lagezentrum.staff.NewStaff;
import de.lagezentrum.staff.SessionKind;
import de.lagezentrum.staff.SessionManagement;
import de.lagezentrum.staff.StaffManagement;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The dashboard's cards for the latest decisions and journal entries: accessible, reachable by keyboard. */
class DashboardCardsBrowserTests extends BrowserTest {

    @Autowired
    StaffManagement staffs;

    @Autowired
    SessionManagement sessions;

    @Autowired
    MinutesManagement minutes;

    @Autowired
    JournalManagement journal;

    @Test
    void latestDecisionsAndJournalEntriesLeadToTheirSessionAndJournal() {
        CurrentUser lead = sharedTenant().user("Dora Dashboard", Role.STAFF_LEAD);
        UUID staffId = staffs.create(lead, new NewStaff("Stab Lagebild", null, null, null)).id();
        UUID sessionId = sessions.call(lead, staffId, new NewSession(Instant.parse("2026-03-04T09:00:00Z"),
                Instant.parse("2026-03-04T10:00:00Z"), SessionKind.REGULAR, null, null)).id();
        UUID item = minutes.propose(lead, sessionId, new NewAgendaItem("Kommunikation", "Kommunikation", null)).id();
        minutes.record(lead, sessionId, item, new NewEntry(EntryType.DECISION,
                "Die FAQ erscheint auch auf Ukrainisch und Russisch", "Viele Fragen kommen von Geflüchteten", null,
                null, null));
        journal.append(lead, staffId, new NewJournalEntry("Lagemeldung: Bürgertelefon 86 Anrufe",
                JournalCategory.REPORT, null, null));
        signIn(lead);

        page.navigate("/");
        Locator decisions = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Neueste Beschlüsse"));
        Locator entries = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Neu im Einsatztagebuch"));
        assertThat(decisions).containsText("Die FAQ erscheint auch auf Ukrainisch und Russisch");
        assertThat(decisions).containsText("Stab Lagebild");
        assertThat(entries).containsText("Lagemeldung: Bürgertelefon 86 Anrufe");
        assertThat(entries.locator(".badge").first()).isVisible();
        assertNoAxeViolations();

        Locator number = decisions.getByRole(AriaRole.LINK).first();
        tabTo(number);
        page.keyboard().press("Enter");
        page.waitForURL(url -> url.endsWith("/sessions/" + sessionId));
        assertThat(page.locator("h1")).isVisible();

        page.navigate("/?lang=en");
        Locator english = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Latest decisions"));
        assertThat(english).containsText("Stab Lagebild");
        assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions()
                .setName("New in the operations journal"))).containsText("Report");
        assertNoAxeViolations();

        page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("New in the operations journal"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Stab Lagebild, entry"))
                .first().click();
        page.waitForURL(url -> url.contains("/staffs/" + staffId + "/journal#entry-"));
        page.navigate("/?lang=de");
    }
}
