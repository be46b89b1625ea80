package de.lagezentrum.platform.web;

import java.time.Instant;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import de.lagezentrum.browser.BrowserTest;
import de.lagezentrum.organisation.Role;
import de.lagezentrum.organisation.TestOrganisation;
import de.lagezentrum.organisation.TestOrganisation.TestTenant;
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

/** With JavaScript switched off every form still works: the pages are only enhanced by htmx and scripts. */
class NoScriptBrowserTests extends BrowserTest {

    private TestTenant tenant;

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

    @BeforeEach
    void createTenant() {
        tenant = sharedTenant(people -> people.user("Olga Ohnescript", Role.EMPLOYEE));
    }

    @Test
    void filtersTheTaskBoardByTopicWithAPlainFormSubmission() {
        de.lagezentrum.platform.security.CurrentUser lead = tenant.user("Olaf Ohnescript", Role.STAFF_LEAD);
        UUID staffId = staffs.create(lead, new NewStaff("Stab ohne Skript", null, null, null)).id();
        UUID session = sessions.call(lead, staffId, new NewSession(Instant.parse("2026-03-11T09:00:00Z"),
                Instant.parse("2026-03-11T10:00:00Z"), SessionKind.REGULAR, null, null)).id();
        UUID volunteers = minutes.propose(lead, session, new NewAgendaItem("Helfende", "Ehrenamt", null)).id();
        UUID media = minutes.propose(lead, session, new NewAgendaItem("Briefing", "Kommunikation", null)).id();
        minutes.record(lead, session, volunteers, new NewEntry(EntryType.TASK, "Ehrenamtsbörse online stellen", null,
                lead.personId(), null, null));
        minutes.record(lead, session, media, new NewEntry(EntryType.TASK, "FAQ übersetzen", null, lead.personId(),
                null, null));
        signIn(lead);
        page.navigate("/tasks");

        page.locator("#topic").selectOption("Ehrenamt");
        page.locator("form.filters").getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions()
                .setName("Anzeigen")).click();

        page.waitForURL(url -> url.contains("topic=Ehrenamt"));
        assertThat(page.locator("tbody tr")).hasCount(1);
        assertThat(page.locator("tbody tr")).containsText("Ehrenamtsbörse online stellen");
    }

    @Test
    void searchesPeopleWithAPlainFormSubmission() {
        signIn(tenant.admin());
        page.navigate("/admin/people");

        page.getByLabel("Name, E-Mail oder Benutzername").fill("Ohnescript");
        page.locator("main").getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions()
                .setName("Suchen")).click();

        page.waitForURL(url -> url.contains("q=Ohnescript"));
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("1 Person gefunden");
        assertThat(page.locator("#people-results tbody th")).hasText("Olga Ohnescript");
        assertThat(page.locator("h1")).hasText("Personen");
    }

    @Test
    void showsValidationErrorsAndCreatesADepartment() {
        signIn(tenant.admin());
        page.navigate("/admin/departments");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Fachbereich anlegen")).click();
        assertThat(page.locator(".error-summary a[href='#name']")).isVisible();
        assertThat(page.locator("#name")).hasAttribute("aria-invalid", "true");

        page.locator("#name").fill("Amt ohne Skript");
        page.locator("#shortName").fill("OS");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Fachbereich anlegen")).click();
        assertThat(page.locator(".messages")).containsText("„Amt ohne Skript“ ist gespeichert.");
    }

    @Test
    void sendsFeedbackAndSignsOut() {
        page.navigate("/barrierefreiheit");
        page.getByLabel("Ihre Nachricht").fill("Auch ohne JavaScript gesendet.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rückmeldung senden")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Vielen Dank");
        assertThat(page.getByRole(AriaRole.STATUS)).isFocused();

        login(tenant.user("Otto Ohnescript", Role.EMPLOYEE).username(), TestOrganisation.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Abmelden")).click();
        page.waitForURL(url -> url.endsWith("/login?logout"));
    }
}
