package de.lagezentrum.staff.web;

import java.time.Instant;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import de.lagezentrum.browser.BrowserTest;
import de.lagezentrum.organisation.Role;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.staff.AgendaItemView;
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

/** Ordering the agenda and correcting an entry are plain forms: they work with JavaScript switched off. */
class AgendaNoScriptBrowserTests extends BrowserTest {

    @Autowired
    StaffManagement staffs;

    @Autowired
    SessionManagement sessions;

    @Autowired
    MinutesManagement minutes;

    @Override
    protected boolean javaScriptEnabled() {
        return false;
    }

    @Test
    void theLeadMovesAnItemAndCorrectsAnEntryWithoutScript() {
        CurrentUser lead = sharedTenant().user("Lars Ohnescript", Role.STAFF_LEAD);
        UUID staffId = staffs.create(lead, new NewStaff("Stab ohne Skript", null, null, null)).id();
        UUID sessionId = sessions.call(lead, staffId, new NewSession(Instant.parse("2026-03-04T09:00:00Z"),
                Instant.parse("2026-03-04T10:30:00Z"), SessionKind.REGULAR, null, null)).id();
        AgendaItemView first = minutes.propose(lead, sessionId, new NewAgendaItem("Lagebericht", null, null));
        minutes.propose(lead, sessionId, new NewAgendaItem("Ehrenamt", null, null));
        minutes.record(lead, sessionId, first.id(), new NewEntry(EntryType.NOTE, "Lage stabl", null, null, null, null));

        signIn(lead);
        page.navigate("/sessions/" + sessionId);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nach unten: Lagebericht")).click();
        assertThat(page.locator(".agenda > li h3")).hasText(new String[] {"Ehrenamt", "Lagebericht"});

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bearbeiten: Lage stabl")).click();
        page.locator("#text").fill("Lage stabil");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern")).click();
        assertThat(page.locator(".agenda")).containsText("Lage stabil");
        assertThat(page.locator(".messages").first()).containsText("Der Eintrag ist korrigiert.");
    }
}
