package de.lagezentrum.staff.web;

import java.time.LocalDate;
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
import de.lagezentrum.staff.NewSession;
import de.lagezentrum.staff.NewStaff;
import de.lagezentrum.staff.SessionKind;
import de.lagezentrum.staff.SessionManagement;
import de.lagezentrum.staff.StaffManagement;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The task board and the dashboard's task card: overdue tasks stand out, status changes stick. */
class TaskBrowserTests extends BrowserTest {

    @Autowired
    StaffManagement staffs;

    @Autowired
    SessionManagement sessions;

    @Autowired
    MinutesManagement minutes;

    @Test
    void overdueTasksShowOnTheDashboardAndTheBoard() {
        CurrentUser lead = sharedTenant().user("Tara Task", Role.STAFF_LEAD);
        UUID staffId = staffs.create(lead, new NewStaff("Stab Aufgaben", null, null, null)).id();
        var session = sessions.call(lead, staffId, new NewSession(java.time.Instant.parse("2026-03-04T09:00:00Z"),
                java.time.Instant.parse("2026-03-04T10:00:00Z"), SessionKind.REGULAR, null, null));
        var item = minutes.propose(lead, session.id(), new NewAgendaItem("Versorgung", null, null));
        minutes.record(lead, session.id(), item.id(), new NewEntry(EntryType.TASK, "Feldbetten beschaffen", null,
                lead.personId(), null, LocalDate.now().minusDays(3)));
        signIn(lead);

        page.navigate("/");
        assertThat(page.locator("#card-tasks-title").locator("..")).containsText("Feldbetten beschaffen");
        assertThat(page.locator("#card-tasks-title").locator("..")).containsText("überfällig");
        assertNoAxeViolations();

        page.navigate("/tasks?owner=mine&overdue=true");
        assertThat(page.locator("tbody tr")).hasCount(1);
        assertNoAxeViolations();

        page.locator("tbody select").selectOption(new SelectOption().setLabel("erledigt"));
        page.locator("tbody").getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions()
                .setName("Speichern")).click();
        assertThat(page.locator(".notice")).containsText("Status ist gespeichert");
        assertThat(page.locator("main [role=status]")).hasText("Keine Aufgaben");
        assertNoAxeViolations();

        page.navigate("/tasks");
        assertThat(page.locator("tbody tr")).hasCount(1);
        assertThat(page.locator("tbody select")).hasValue("DONE");
        assertNoAxeViolations();
    }

    @Test
    void theBoardFiltersByTopicWithTheKeyboard() {
        CurrentUser lead = sharedTenant().user("Tilo Themenfeld", Role.STAFF_LEAD);
        UUID staffId = staffs.create(lead, new NewStaff("Stab Themenfelder", null, null, null)).id();
        var session = sessions.call(lead, staffId, new NewSession(java.time.Instant.parse("2026-03-11T09:00:00Z"),
                java.time.Instant.parse("2026-03-11T10:00:00Z"), SessionKind.REGULAR, null, null));
        var housing = minutes.propose(lead, session.id(), new NewAgendaItem("Hallen", "Unterbringung", null));
        var registration = minutes.propose(lead, session.id(), new NewAgendaItem("Termine", "Registrierung", null));
        minutes.record(lead, session.id(), housing.id(), new NewEntry(EntryType.TASK, "Messehalle ausstatten", null,
                lead.personId(), null, LocalDate.now().plusDays(3)));
        minutes.record(lead, session.id(), registration.id(), new NewEntry(EntryType.TASK,
                "Samstagsregistrierung planen", null, lead.personId(), null, LocalDate.now().plusDays(5)));
        signIn(lead);

        page.navigate("/tasks");
        assertThat(page.locator("tbody tr")).hasCount(2);
        assertNoAxeViolations();

        tabTo(page.locator("#topic"));
        page.locator("#topic").selectOption("Registrierung");
        var submit = page.locator("form.filters").getByRole(AriaRole.BUTTON,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Anzeigen"));
        tabTo(submit);
        page.keyboard().press("Enter");

        page.waitForURL(url -> url.contains("topic=Registrierung"));
        assertThat(page.locator("tbody tr")).hasCount(1);
        assertThat(page.locator("tbody tr")).containsText("Samstagsregistrierung planen");
        assertThat(page.locator("tbody tr td").first()).hasText("Registrierung");
        assertThat(page.locator("#topic")).hasValue("Registrierung");
        assertThat(page.locator("main [role=status]")).hasText("1 Aufgabe");
        assertNoAxeViolations();
    }

    @Test
    void aTasksPageShowsItsHistoryAndChangesItsStatusWithTheKeyboard() {
        CurrentUser lead = sharedTenant().user("Hanna Historie", Role.STAFF_LEAD);
        UUID staffId = staffs.create(lead, new NewStaff("Stab Verlauf", null, null, null)).id();
        var session = sessions.call(lead, staffId, new NewSession(java.time.Instant.parse("2026-03-18T09:00:00Z"),
                java.time.Instant.parse("2026-03-18T10:00:00Z"), SessionKind.REGULAR, null, null));
        var item = minutes.propose(lead, session.id(), new NewAgendaItem("Hallen", "Unterbringung", null));
        minutes.record(lead, session.id(), item.id(), new NewEntry(EntryType.TASK, "Duschcontainer bestellen", null,
                lead.personId(), null, LocalDate.now().plusDays(2)));
        signIn(lead);

        page.navigate("/tasks");
        tabTo(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Duschcontainer bestellen")));
        page.keyboard().press("Enter");
        page.waitForURL(url -> url.matches(".*/tasks/[0-9a-f-]{36}$"));
        assertThat(page.locator("h1")).hasText("Duschcontainer bestellen");
        assertThat(page.locator("tbody tr")).hasCount(1);
        assertNoAxeViolations();

        tabTo(page.locator("#status"));
        page.locator("#status").selectOption("IN_PROGRESS");
        tabTo(page.locator("main form").getByRole(AriaRole.BUTTON,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Speichern")));
        page.keyboard().press("Enter");
        assertThat(page.locator(".notice")).containsText("Status ist gespeichert");
        assertThat(page.locator("tbody tr")).hasCount(2);
        assertThat(page.locator("tbody tr").last()).containsText("offen → in Arbeit");
        assertNoAxeViolations();
    }
}
