package de.lagezentrum.search;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import de.lagezentrum.browser.BrowserTest;
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

/** The search field in the header leads to highlighted results, by keyboard. */
class SearchBrowserTests extends BrowserTest {

    @Autowired
    StaffManagement staffs;

    @Autowired
    SessionManagement sessions;

    @Autowired
    MinutesManagement minutes;

    @Test
    void searchFromTheHeader() {
        CurrentUser lead = sharedTenant().user("Suse Suche", Role.STAFF_LEAD);
        UUID staffId = staffs.create(lead, new NewStaff("Stab Finden", null, null, null)).id();
        UUID sessionId = sessions.call(lead, staffId, new NewSession(Instant.parse("2026-03-04T09:00:00Z"),
                Instant.parse("2026-03-04T10:00:00Z"), SessionKind.REGULAR, null, null)).id();
        UUID item = minutes.propose(lead, sessionId, new NewAgendaItem("Hallen", null, null)).id();
        minutes.record(lead, sessionId, item, new NewEntry(EntryType.DECISION, "Turnhalle Nord wird Unterkunft", null,
                null, null, null));
        signIn(lead);
        page.navigate("/");

        page.locator("#site-search").fill("Unterkünfte");
        page.keyboard().press("Enter");

        page.waitForURL(url -> url.contains("/search?q="));
        assertThat(page.locator("main [role=status]")).containsText("Treffer");
        assertThat(page.locator("main mark").first()).hasText("Unterkunft");
        assertNoAxeViolations();
    }
}
