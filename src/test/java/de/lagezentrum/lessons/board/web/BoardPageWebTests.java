package de.lagezentrum.lessons.board.web;

import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import de.lagezentrum.IntegrationTest;
import de.lagezentrum.WebTestSupport;
import de.lagezentrum.lessons.NewObservation;
import de.lagezentrum.lessons.ObservationKind;
import de.lagezentrum.lessons.TestWorkshops;
import de.lagezentrum.lessons.TestWorkshops.Board;
import de.lagezentrum.lessons.WorkshopBoard;
import de.lagezentrum.lessons.Workshops;
import de.lagezentrum.organisation.Role;
import de.lagezentrum.organisation.TestOrganisation;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The board page without JavaScript: the current phase with its prompt and every observation on the board
 * (2,000 of them too), script in a text shown as text; for a city account of the municipality who does not
 * take part the workshop does not exist.
 */
@IntegrationTest
class BoardPageWebTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestWorkshops fixtures;

    @Autowired
    Workshops workshops;

    @Autowired
    WorkshopBoard board;

    @Test
    void theFacilitatorSeesThePhaseItsPromptAndEveryObservationEscaped() throws Exception {
        Board b = fixtures.board("Tafelseitenstadt", 2000);
        board.post(workshops.member(b.facilitator(), b.workshop().id()),
                new NewObservation("<script>alert(1)</script> Sirenen fielen aus", ObservationKind.WENT_BADLY,
                        "Krisenkommunikation"));
        Cookie session = WebTestSupport.login(mvc, b.facilitator().username(), TestOrganisation.PASSWORD);

        MvcTestResult page = mvc.get().uri("/workshops/" + b.workshop().id()).cookie(session).exchange();
        assertThat(page).hasStatusOk();
        String html = page.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        Document document = Jsoup.parse(html);
        assertThat(document.select("h2#phase-heading").text()).isEqualTo("Phase: Rückschau");
        assertThat(document.select(".workshop-phase .lead").text()).isEqualTo("Was ist passiert? Woran erinnern Sie sich?");
        assertThat(document.select("li.board-observation")).hasSize(2001);
        assertThat(document.select("li.board-observation:contains(Sirenen fielen aus)").text())
                .contains("Lief schlecht", "Krisenkommunikation", "<script>alert(1)</script> Sirenen fielen aus");
    }

    @Test
    void anEmployeeWhoDoesNotTakePartFindsNoWorkshop() {
        Board b = fixtures.board("Fremdtafelstadt", 1);
        var employee = b.tenant().user("Erik Fremd", Role.EMPLOYEE);
        Cookie session = WebTestSupport.login(mvc, employee.username(), TestOrganisation.PASSWORD);
        assertThat(mvc.get().uri("/workshops/" + b.workshop().id()).cookie(session)).hasStatus(404);
        assertThat(mvc.get().uri("/workshops/" + UUID.randomUUID()).cookie(session)).hasStatus(404);
    }
}
