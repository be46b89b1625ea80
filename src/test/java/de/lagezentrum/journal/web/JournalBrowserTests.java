package de.lagezentrum.journal.web;

import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import de.lagezentrum.Administrator;
import de.lagezentrum.browser.BrowserTest;
import de.lagezentrum.journal.JournalManagement;
import de.lagezentrum.journal.NewJournalEntry;
import de.lagezentrum.organisation.Role;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.staff.NewStaff;
import de.lagezentrum.staff.StaffManagement;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member keeps the journal with the keyboard alone: appends an entry, corrects it, checks the chain;
 * axe-core finds nothing on any state of the page (empty, with entries, errors, correction, results).
 */
class JournalBrowserTests extends BrowserTest {

    @Autowired
    StaffManagement staffs;

    @Autowired
    JournalManagement journal;

    @Autowired
    @Administrator
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void aMemberAppendsCorrectsAndVerifiesWithTheKeyboard() {
        CurrentUser lead = sharedTenant().user("Beate Leitung", Role.STAFF_LEAD, Role.EMPLOYEE);
        UUID staffId = staffs.create(lead, new NewStaff("Hochwasserstab " + UUID.randomUUID(), null, null, null)).id();
        signIn(lead);

        page.navigate("/staffs/" + staffId);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Einsatztagebuch öffnen")).click();
        page.waitForURL(url -> url.endsWith("/staffs/" + staffId + "/journal"));
        assertThat(page.locator("h1")).containsText("Einsatztagebuch");
        assertThat(page.getByText("Noch keine Einträge.")).isVisible();
        assertNoAxeViolations();

        // Sending the form empty: the error summary takes the focus, the field says what is wrong.
        tabTo(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Eintragen")));
        page.keyboard().press("Enter");
        assertThat(page.locator(".error-summary")).isFocused();
        assertThat(page.locator("#text")).hasAttribute("aria-invalid", "true");
        assertNoAxeViolations();

        tabTo(page.locator("#category"));
        page.keyboard().type("Meldung");
        tabTo(page.locator("#text"));
        page.keyboard().type("Pegel Rhein 7,80 m, steigend");
        page.keyboard().press("Tab");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Eintragen"))).isFocused();
        page.keyboard().press("Enter");
        assertThat(page.locator(".notice")).hasText("Eintrag Nr. 1 ist gespeichert.");
        assertThat(page.locator(".notice")).isFocused();
        assertThat(page.locator("#entry-1")).containsText("Meldung");
        assertThat(page.locator("#entry-1")).containsText("Pegel Rhein 7,80 m, steigend");
        assertNoAxeViolations();

        tabTo(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Eintrag 1 berichtigen")));
        page.keyboard().press("Enter");
        assertThat(page.locator("#append")).hasText("Berichtigung zu Eintrag Nr. 1");
        assertThat(page.locator("#text")).hasValue("Pegel Rhein 7,80 m, steigend");
        assertNoAxeViolations();
        tabTo(page.locator("#text"));
        page.keyboard().press("Control+A");
        page.keyboard().type("Pegel Rhein 8,10 m, steigend");
        tabTo(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Berichtigung eintragen")));
        page.keyboard().press("Enter");
        assertThat(page.locator(".notice")).hasText("Eintrag Nr. 2 ist gespeichert.");
        assertThat(page.locator("#entry-1 .badge")).hasText("berichtigt");
        assertThat(page.locator("#entry-1")).containsText("durch Eintrag Nr. 2");
        assertThat(page.locator("#entry-2")).containsText("Berichtigt Eintrag Nr. 1");
        assertNoAxeViolations();

        String before = page.url();
        tabTo(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hash-Kette prüfen")));
        page.keyboard().press("Enter");
        assertThat(page.locator("#verification")).containsText("Die Hash-Kette ist unversehrt: 2 Einträge geprüft.");
        assertThat(page.url()).isEqualTo(before);
        assertNoAxeViolations();
        assertThat(dialogs).isEmpty();
    }

    @Test
    void aBrokenChainIsReportedInTheLiveRegion() {
        CurrentUser lead = sharedTenant().user("Lea Leitung", Role.STAFF_LEAD);
        UUID staffId = staffs.create(lead, new NewStaff("Stab Wärme " + UUID.randomUUID(), null, null, null)).id();
        for (int i = 1; i <= 3; i++) {
            journal.append(lead, staffId, NewJournalEntry.note("Meldung " + i));
        }
        transaction.executeWithoutResult(status -> {
            jdbc.sql("ALTER TABLE journal.entry DISABLE TRIGGER entry_append_only").update();
            jdbc.sql("UPDATE journal.entry SET text = 'Alles ruhig' WHERE staff_id = ? AND seq = 2").param(staffId)
                    .update();
            jdbc.sql("ALTER TABLE journal.entry ENABLE TRIGGER entry_append_only").update();
        });
        signIn(lead);

        page.navigate("/staffs/" + staffId + "/journal");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hash-Kette prüfen")).click();

        assertThat(page.locator("#verification[aria-live=polite]"))
                .containsText("Die Hash-Kette ist ab Eintrag Nr. 2 gebrochen");
        assertNoAxeViolations();
    }
}
