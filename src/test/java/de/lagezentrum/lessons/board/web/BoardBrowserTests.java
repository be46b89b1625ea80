package de.lagezentrum.lessons.board.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import de.lagezentrum.browser.BrowserTest;
import de.lagezentrum.lessons.NewObservation;
import de.lagezentrum.lessons.ObservationKind;
import de.lagezentrum.lessons.TestWorkshops;
import de.lagezentrum.lessons.TestWorkshops.Board;
import de.lagezentrum.lessons.WorkshopBoard;
import de.lagezentrum.lessons.Workshops;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The board page in the browser, axe-core finding nothing: an empty board and one with clustered and
 * unclustered observations, a merged duplicate counted on the kept one.
 */
class BoardBrowserTests extends BrowserTest {

    @Autowired
    TestWorkshops fixtures;

    @Autowired
    Workshops workshops;

    @Autowired
    WorkshopBoard board;

    @Test
    void theBoardShowsThePhaseAndItsObservationsWithoutAxeViolations() {
        Board b = fixtures.board("Tafelbrowserstadt", 0);
        signIn(b.facilitator());
        page.navigate("/workshops/" + b.workshop().id());
        assertThat(page.locator("#phase-heading")).hasText("Phase: Rückschau");
        assertThat(page.getByText("Noch keine Beobachtungen.")).isVisible();
        assertNoAxeViolations();

        var member = workshops.member(b.facilitator(), b.workshop().id());
        var kept = board.post(member, new NewObservation("Sirenen fielen aus", ObservationKind.WENT_BADLY, "Krisenkommunikation"));
        var duplicate = board.post(member, new NewObservation("Die Sirenen gingen nicht", ObservationKind.WENT_BADLY, null));
        board.post(member, new NewObservation("Krisenstab tagte früh", ObservationKind.WENT_WELL, "Krisenmanagement"));
        var cluster = board.createCluster(member, "Warnung der Bevölkerung");
        board.cluster(member, kept.id(), cluster.id());
        board.merge(member, duplicate.id(), kept.id());

        page.reload();
        assertThat(page.locator("#cluster-" + cluster.id())).hasText("Warnung der Bevölkerung");
        assertThat(page.locator("#observation-" + kept.id())).containsText("dazu 1 zusammengeführte Dubletten");
        assertThat(page.locator("li.board-observation")).hasCount(2);
        assertNoAxeViolations();
    }
}
