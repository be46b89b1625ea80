package de.lagezentrum.staff.web;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import de.lagezentrum.browser.BrowserTest;
import de.lagezentrum.staff.EntryType;
import de.lagezentrum.staff.EntryView;
import de.lagezentrum.staff.ProtocolManagement;
import de.lagezentrum.staff.TestProtocols;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The protocol with the keyboard alone: attendance while open, a correction after approval with its
 * error state, the side-by-side difference and the print view; axe-core finds nothing on any of them.
 */
class ProtocolBrowserTests extends BrowserTest {

    @Autowired
    TestProtocols fixtures;

    @Autowired
    ProtocolManagement protocols;

    @Test
    void attendanceCorrectionDifferenceAndPrintViewWithTheKeyboard() {
        TestProtocols.Session session = fixtures.session(2);
        signIn(session.member());

        page.navigate("/sessions/" + session.sessionId());
        tabTo(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(
                "Protokoll ansehen: Anwesenheit, Versionen, Druckansicht und PDF")));
        page.keyboard().press("Enter");
        page.waitForURL(url -> url.endsWith("/sessions/" + session.sessionId() + "/protocol"));
        assertThat(page.locator("h1")).containsText("Protokoll: Koordinierungsstab Ukraine");
        assertThat(page.getByText("Entwurf: Das Protokoll ist noch offen")).isVisible();
        assertNoAxeViolations();

        tabTo(page.getByLabel("Anna Abwesend (Registrierung)"));
        page.keyboard().press("Space");
        tabTo(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anwesenheit speichern")));
        page.keyboard().press("Enter");
        assertThat(page.locator(".notice")).hasText("Die Anwesenheit ist gespeichert.");
        assertThat(page.getByLabel("Anna Abwesend (Registrierung)")).isChecked();
        assertThat(page.locator("#p-attendance + ul")).containsText("Anna Abwesend");
        assertNoAxeViolations();

        protocols.finalise(session.member(), session.sessionId());
        protocols.approve(session.lead(), session.sessionId());
        EntryView note = protocols.protocol(session.member(), session.sessionId()).entries().stream()
                .filter(entry -> entry.type() == EntryType.NOTE).findFirst().orElseThrow();
        page.reload();
        assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Versionen"))).containsText("Version 1");
        assertNoAxeViolations();

        tabTo(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Protokoll korrigieren")));
        page.keyboard().press("Enter");
        page.waitForURL(url -> url.endsWith("/protocol/correction"));
        assertNoAxeViolations();
        tabTo(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Korrektur speichern")));
        page.keyboard().press("Enter");
        assertThat(page.locator(".error-summary")).isFocused();
        assertThat(page.locator("#text")).hasAttribute("aria-invalid", "true");
        assertNoAxeViolations();

        tabTo(page.locator("#text"));
        page.keyboard().type("Die Zahl der freien Plätze war falsch.");
        tabTo(page.getByLabel("Notiz 1 zu TOP 1", new Page.GetByLabelOptions().setExact(true)));
        page.keyboard().press("Control+A");
        page.keyboard().type(note.text().replace("35 frei", "53 frei"));
        tabTo(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Korrektur speichern")));
        page.keyboard().press("Enter");
        page.waitForURL(url -> url.endsWith("/protocol/versions/2"));
        assertThat(page.locator(".notice")).containsText("Die Korrektur ist als neue Version gespeichert");
        // Struck and new words are also said in words, for screen readers that do not announce del and ins.
        assertThat(page.locator("table.diff del")).hasText("gestrichen:35");
        assertThat(page.locator("table.diff ins")).hasText("neu:53");
        assertNoAxeViolations();

        page.navigate("/sessions/" + session.sessionId() + "/protocol/print");
        assertThat(page.locator("main h1")).containsText("Protokoll Koordinierungsstab Ukraine");
        assertThat(page.locator("main")).containsText("53 frei");
        assertNoAxeViolations();
        assertThat(dialogs).isEmpty();
    }
}
