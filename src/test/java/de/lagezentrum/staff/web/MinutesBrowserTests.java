package de.lagezentrum.staff.web;

import java.time.Instant;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import de.lagezentrum.browser.BrowserTest;
import de.lagezentrum.organisation.Role;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.staff.EntryType;
import de.lagezentrum.staff.MinutesManagement;
import de.lagezentrum.staff.NewAgendaItem;
import de.lagezentrum.staff.NewEntry;
import de.lagezentrum.staff.NewMember;
import de.lagezentrum.staff.NewSession;
import de.lagezentrum.staff.NewStaff;
import de.lagezentrum.staff.ProtocolManagement;
import de.lagezentrum.staff.SessionKind;
import de.lagezentrum.staff.SessionManagement;
import de.lagezentrum.staff.StaffManagement;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** In a session, members propose agenda items and record notes, numbered decisions and tasks. */
class MinutesBrowserTests extends BrowserTest {

    @Autowired
    StaffManagement staffs;

    @Autowired
    SessionManagement sessions;

    @Test
    void agendaAndMinutesOfASession() {
        CurrentUser lead = sharedTenant().user("Lea Protokoll", Role.STAFF_LEAD);
        CurrentUser member = sharedTenant().user("Max Minute", Role.STAFF_MEMBER);
        UUID staffId = staffs.create(lead, new NewStaff("Stab Minuten", null, null, null)).id();
        staffs.addMember(lead, staffId, new NewMember(member.personId(), "Protokollführung"));
        UUID sessionId = sessions.call(lead, staffId, new NewSession(Instant.parse("2026-03-04T09:00:00Z"),
                Instant.parse("2026-03-04T10:30:00Z"), SessionKind.REGULAR, null, null)).id();

        signIn(member);
        page.navigate("/sessions/" + sessionId);
        assertThat(page.locator("h1")).containsText("Stab Minuten");
        assertNoAxeViolations();
        page.locator("#itemTitle").fill("Belegung der Notunterkünfte");
        page.locator("#topic").selectOption(new SelectOption().setLabel("Unterbringung"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vorschlagen")).click();
        assertThat(page.locator(".agenda")).containsText("vorgeschlagen");
        assertNoAxeViolations();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Eintragen")).click();
        assertThat(page.locator("#text")).hasAttribute("aria-invalid", "true");
        // The selects keep their hint and are not marked invalid when only the text is missing.
        assertThat(page.locator("#assigneeId")).hasAttribute("aria-describedby", "assigneeId-hint");
        assertThat(page.locator("#assigneeId")).not().hasAttribute("aria-invalid", "true");
        assertThat(page.getByLabel("Verantwortliche Person", new Page.GetByLabelOptions().setExact(true)))
                .hasAttribute("id", "assigneeId");
        assertNoAxeViolations();

        page.locator("label:has-text('Beschluss')").click();
        page.locator("#text").fill("Turnhalle Nord wird Notunterkunft");
        page.locator("#rationale").fill("Einzige Halle mit Duschen");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Eintragen")).click();
        assertThat(page.locator(".minutes")).containsText("B-");
        assertThat(page.locator(".minutes")).containsText("Begründung: Einzige Halle mit Duschen");

        page.locator("label:has-text('Aufgabe')").first().click();
        page.locator("#text").fill("Feldbetten beschaffen");
        page.locator("#assigneeId").selectOption(new SelectOption().setLabel("Max Minute"));
        page.locator("#due").fill("2026-03-06");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Eintragen")).click();
        assertThat(page.locator(".minutes")).containsText("Feldbetten beschaffen");
        assertNoAxeViolations();

        context.clearCookies();
        signIn(lead);
        page.navigate("/sessions/" + sessionId);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Annehmen")).click();
        assertThat(page.locator(".agenda")).not().containsText("vorgeschlagen");
        assertNoAxeViolations();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Protokoll abschließen")).click();
        assertThat(page.locator("main")).containsText("Version 1: abgeschlossen");
        assertThat(page.locator("#minutes-heading")).hasCount(0);
        assertNoAxeViolations();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Protokoll genehmigen")).click();
        assertThat(page.locator("main")).containsText("Version 1: genehmigt");
        assertNoAxeViolations();
    }

    @Autowired
    MinutesManagement minutes;

    @Autowired
    ProtocolManagement protocols;

    @Test
    void entriesAppearLiveWithoutMovingTheFocus() {
        CurrentUser lead = sharedTenant().user("Leo Live", Role.STAFF_LEAD);
        CurrentUser member = sharedTenant().user("Mona Mitlesen", Role.STAFF_MEMBER);
        UUID staffId = staffs.create(lead, new NewStaff("Stab Live", null, null, null)).id();
        staffs.addMember(lead, staffId, new NewMember(member.personId(), null));
        UUID sessionId = sessions.call(lead, staffId, new NewSession(Instant.parse("2026-03-04T09:00:00Z"),
                Instant.parse("2026-03-04T10:30:00Z"), SessionKind.REGULAR, null, null)).id();
        var item = minutes.propose(lead, sessionId, new NewAgendaItem("Lagebericht", null, null));
        signIn(member);
        page.addInitScript("document.addEventListener('htmx:sseOpen', () => { window.liveStreamOpen = true; })");
        page.navigate("/sessions/" + sessionId);
        page.locator("#itemTitle").focus();
        page.locator("#itemTitle").pressSequentially("Entwurf");
        // The page listens before the lead records: wait until the stream is open.
        page.waitForFunction("() => window.liveStreamOpen === true");

        minutes.record(lead, sessionId, item.id(), new NewEntry(EntryType.DECISION, "Zweite Ausgabestelle öffnen",
                "Wartezeiten über zwei Stunden", null, null, null));

        assertThat(page.locator("#live-agenda")).containsText("Zweite Ausgabestelle öffnen");
        assertThat(page.locator("#live-status")).containsText("Das Protokoll wurde aktualisiert.");
        assertThat(page.locator("#itemTitle")).isFocused();
        assertThat(page.locator("#itemTitle")).hasValue("Entwurf");
        assertNoAxeViolations();

        // Another member finalises: the protocol's state changes on the page, the focus stays.
        protocols.finalise(lead, sessionId);
        assertThat(page.locator("#live-protocol")).containsText("Version 1: abgeschlossen");
        assertThat(page.locator("#itemTitle")).isFocused();
        assertNoAxeViolations();
    }

    @Test
    void aLiveUpdateKeepsTheFocusOnControlsInsideTheAgenda() {
        CurrentUser lead = sharedTenant().user("Frieda Fokus", Role.STAFF_LEAD);
        CurrentUser member = sharedTenant().user("Karl Kollege", Role.STAFF_MEMBER);
        UUID staffId = staffs.create(lead, new NewStaff("Stab Fokus", null, null, null)).id();
        staffs.addMember(lead, staffId, new NewMember(member.personId(), null));
        UUID sessionId = sessions.call(lead, staffId, new NewSession(Instant.parse("2026-03-04T09:00:00Z"),
                Instant.parse("2026-03-04T10:30:00Z"), SessionKind.REGULAR, null, null)).id();
        var first = minutes.propose(lead, sessionId, new NewAgendaItem("Lagebericht", null, null));
        minutes.propose(lead, sessionId, new NewAgendaItem("Unterbringung", null, null));
        var note = minutes.record(lead, sessionId, first.id(), new NewEntry(EntryType.NOTE, "Lage ruhig", null, null,
                null, null));
        signIn(lead);
        page.addInitScript("document.addEventListener('htmx:sseOpen', () => { window.liveStreamOpen = true; })");
        page.navigate("/sessions/" + sessionId);
        page.waitForFunction("() => window.liveStreamOpen === true");

        var editLink = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bearbeiten: Lage ruhig"));
        tabTo(editLink);
        minutes.record(member, sessionId, first.id(), new NewEntry(EntryType.NOTE, "Zweite Meldung", null, null, null,
                null));
        assertThat(page.locator("#live-agenda")).containsText("Zweite Meldung");
        assertThat(editLink).isFocused();

        page.locator("#move-down-" + first.id()).focus();
        minutes.record(member, sessionId, first.id(), new NewEntry(EntryType.NOTE, "Dritte Meldung", null, null, null,
                null));
        assertThat(page.locator("#live-agenda")).containsText("Dritte Meldung");
        assertThat(page.locator("#move-down-" + first.id())).isFocused();
        assertNoAxeViolations();
    }
}
