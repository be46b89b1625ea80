package de.lagezentrum.staff.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import de.lagezentrum.browser.BrowserTest;
import de.lagezentrum.organisation.Role;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.staff.AgendaItemView;
import de.lagezentrum.staff.EntryCorrection;
import de.lagezentrum.staff.EntryType;
import de.lagezentrum.staff.EntryView;
import de.lagezentrum.staff.MinutesManagement;
import de.lagezentrum.staff.NewAgendaItem;
import de.lagezentrum.staff.NewEntry;
import de.lagezentrum.staff.NewMember;
import de.lagezentrum.staff.NewSession;
import de.lagezentrum.staff.SessionKind;
import de.lagezentrum.staff.SessionManagement;
import de.lagezentrum.staff.StaffManagement;
import de.lagezentrum.staff.NewStaff;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The lead orders the agenda by keyboard, the Wiedervorlage opens it, entries are corrected (and conflicts shown). */
class AgendaBrowserTests extends BrowserTest {

    @Autowired
    StaffManagement staffs;

    @Autowired
    SessionManagement sessions;

    @Autowired
    MinutesManagement minutes;

    @Test
    void theWiedervorlageOpensTheAgendaAndTheLeadMovesItemsByKeyboard() {
        CurrentUser lead = sharedTenant().user("Lia Reihenfolge", Role.STAFF_LEAD);
        CurrentUser member = sharedTenant().user("Mats Wiedervorlage", Role.STAFF_MEMBER);
        UUID staffId = staffs.create(lead, new NewStaff("Stab Reihenfolge", null, null, null)).id();
        staffs.addMember(lead, staffId, new NewMember(member.personId(), null));
        UUID earlier = session(lead, staffId, "2026-02-25");
        AgendaItemView old = minutes.propose(lead, earlier, new NewAgendaItem("Unterbringung", null, null));
        minutes.record(lead, earlier, old.id(), new NewEntry(EntryType.TASK, "Turnhalle Nord prüfen", null,
                member.personId(), null, LocalDate.parse("2026-03-02")));
        UUID sessionId = session(lead, staffId, "2026-03-04");
        minutes.propose(lead, sessionId, new NewAgendaItem("Lagebericht", null, null));
        AgendaItemView volunteers = minutes.propose(lead, sessionId, new NewAgendaItem("Ehrenamt", null, null));

        signIn(lead);
        page.navigate("/sessions/" + sessionId);
        Locator items = page.locator(".agenda > li h3");
        assertThat(items).hasText(new String[] {"Wiedervorlage", "Lagebericht", "Ehrenamt"});
        Locator followUp = page.locator(".follow-up");
        assertThat(followUp).containsText("Turnhalle Nord prüfen");
        assertThat(followUp).containsText("Verantwortlich: Mats Wiedervorlage");
        assertThat(followUp).containsText("fällig am 02.03.2026");
        assertThat(followUp).containsText("überfällig");
        assertThat(followUp.getByRole(AriaRole.LINK)).hasText("aus der Sitzung vom 25.02.2026 10:00 Uhr");
        // The Wiedervorlage stays first: it has no buttons, the first item cannot move up, the last not down.
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nach oben: Lagebericht")))
                .hasCount(0);
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nach unten: Ehrenamt")))
                .hasCount(0);
        assertNoAxeViolations();

        Locator up = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nach oben: Ehrenamt"));
        tabTo(up);
        page.keyboard().press("Enter");

        page.waitForURL(url -> url.endsWith("#item-" + volunteers.id()));
        assertThat(items).hasText(new String[] {"Wiedervorlage", "Ehrenamt", "Lagebericht"});
        assertThat(page.locator("#item-" + volunteers.id())).isFocused();
        assertThat(page.locator(".messages").first()).containsText("Der Punkt ist verschoben.");
        assertNoAxeViolations();
    }

    @Test
    void anotherViewersAgendaFollowsTheNewOrderWithoutMovingTheFocus() {
        CurrentUser lead = sharedTenant().user("Lutz Live", Role.STAFF_LEAD);
        CurrentUser member = sharedTenant().user("Mia Mitlesen", Role.STAFF_MEMBER);
        UUID staffId = staffs.create(lead, new NewStaff("Stab Reihenfolge live", null, null, null)).id();
        staffs.addMember(lead, staffId, new NewMember(member.personId(), null));
        UUID sessionId = session(lead, staffId, "2026-03-04");
        AgendaItemView first = minutes.propose(lead, sessionId, new NewAgendaItem("Lagebericht", null, null));
        AgendaItemView second = minutes.propose(lead, sessionId, new NewAgendaItem("Ehrenamt", null, null));
        signIn(member);
        page.addInitScript("document.addEventListener('htmx:sseOpen', () => { window.liveStreamOpen = true; })");
        page.navigate("/sessions/" + sessionId);
        page.locator("#itemTitle").focus();
        page.waitForFunction("() => window.liveStreamOpen === true");

        minutes.order(lead, sessionId, java.util.List.of(second.id(), first.id()));

        assertThat(page.locator(".agenda > li h3")).hasText(new String[] {"Ehrenamt", "Lagebericht"});
        assertThat(page.locator("#live-status")).containsText("Das Protokoll wurde aktualisiert.");
        assertThat(page.locator("#itemTitle")).isFocused();
    }

    @Test
    void anEntryIsCorrectedAndAConflictShowsTheOtherText() {
        CurrentUser lead = sharedTenant().user("Lene Korrektur", Role.STAFF_LEAD);
        CurrentUser member = sharedTenant().user("Moritz Mitschrift", Role.STAFF_MEMBER);
        UUID staffId = staffs.create(lead, new NewStaff("Stab Korrektur", null, null, null)).id();
        staffs.addMember(lead, staffId, new NewMember(member.personId(), null));
        UUID sessionId = session(lead, staffId, "2026-03-04");
        AgendaItemView item = minutes.propose(lead, sessionId, new NewAgendaItem("Unterbringung", null, null));
        EntryView decision = minutes.record(member, sessionId, item.id(), new NewEntry(EntryType.DECISION,
                "Turnhalle Nord wird Notunterkunft", "Duschen", null, null, null));

        signIn(member);
        page.navigate("/sessions/" + sessionId);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Bearbeiten: Turnhalle Nord wird Notunterkunft")).click();
        assertThat(page.locator("h1")).containsText("Eintrag der Sitzung vom");
        assertThat(page.locator("#text")).hasValue("Turnhalle Nord wird Notunterkunft");
        assertNoAxeViolations();

        page.locator("#text").fill("");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern")).click();
        assertThat(page.locator("#text")).hasAttribute("aria-invalid", "true");
        assertNoAxeViolations();

        page.locator("#text").fill("Turnhalle Süd wird Notunterkunft");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern")).click();
        page.waitForURL(url -> url.endsWith("#entry-" + decision.id()));
        assertThat(page.locator("#entry-" + decision.id())).containsText("Turnhalle Süd wird Notunterkunft");
        assertThat(page.locator("#entry-" + decision.id())).containsText(decision.decisionNumber());
        assertThat(page.locator("#entry-" + decision.id())).isFocused();

        // The lead corrects the entry while the member still has the form open on the older version.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Bearbeiten: Turnhalle Süd wird Notunterkunft")).click();
        minutes.correct(lead, sessionId, decision.id(), new EntryCorrection("Turnhalle Ost wird Notunterkunft",
                null, 1L));
        page.locator("#text").fill("Turnhalle Süd und West werden Notunterkünfte");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern")).click();

        assertThat(page.locator(".error-summary")).containsText("Jemand anderes hat diesen Eintrag inzwischen geändert");
        assertThat(page.locator(".error-summary")).isFocused();
        assertThat(page.locator("section.notice")).containsText("Turnhalle Ost wird Notunterkunft");
        assertThat(page.locator("#text")).hasValue("Turnhalle Süd und West werden Notunterkünfte");
        assertNoAxeViolations();

        // Saving again, after seeing the other text, replaces it knowingly.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern")).click();
        page.waitForURL(url -> url.endsWith("#entry-" + decision.id()));
        assertThat(page.locator("#entry-" + decision.id())).containsText("Turnhalle Süd und West werden Notunterkünfte");
    }

    private UUID session(CurrentUser lead, UUID staffId, String day) {
        return sessions.call(lead, staffId, new NewSession(Instant.parse(day + "T09:00:00Z"),
                Instant.parse(day + "T10:30:00Z"), SessionKind.REGULAR, null, null)).id();
    }
}
