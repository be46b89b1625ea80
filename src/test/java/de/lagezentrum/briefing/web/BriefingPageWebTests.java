package de.lagezentrum.briefing.web;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import de.lagezentrum.Administrator;
import de.lagezentrum.IntegrationTest;
import de.lagezentrum.WebTestSupport;
import de.lagezentrum.briefing.BriefingManagement;
import de.lagezentrum.briefing.BriefingView;
import de.lagezentrum.briefing.TestBriefings;
import de.lagezentrum.briefing.TestBriefings.PressOffice;
import de.lagezentrum.organisation.Role;
import de.lagezentrum.organisation.TestOrganisation;
import de.lagezentrum.platform.security.CurrentUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The briefing pages without a browser: a refused form shows the facade's refusals at their fields and
 * writes nothing; the join page shows the video link only while the briefing takes place, and to nobody
 * who has no business there; the press office's dashboard card.
 */
@IntegrationTest
class BriefingPageWebTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestBriefings fixtures;

    @Autowired
    BriefingManagement briefings;

    @Autowired
    Clock clock;

    @Autowired
    @Administrator
    JdbcClient jdbc;

    PressOffice office;
    Cookie press;

    @BeforeEach
    void pressOffice() {
        office = fixtures.pressOffice("Seitenstadt");
        press = WebTestSupport.login(mvc, office.press().username(), TestOrganisation.PASSWORD);
    }

    @Test
    void theFacadesRefusalsShowAtTheirFieldsAndNothingIsWritten() throws Exception {
        CurrentUser journalist = office.tenant().user("Tobias Presse", Role.JOURNALIST);
        String tooMany = IntStream.rangeClosed(1, 21).mapToObj(i -> "Gast " + i + ", Verein").collect(Collectors.joining("\n"));

        MvcTestResult refused = mvc.post().uri("/briefings").cookie(press).with(csrf())
                .param("briefingTitle", "Briefing").param("date", tomorrow().toString()).param("startTime", "11:00")
                .param("endTime", "12:00").param("chairId", journalist.personId().toString()).param("guests", tooMany)
                .exchange();

        assertThat(refused).hasStatusOk();
        Document page = Jsoup.parse(refused.getResponse().getContentAsString());
        assertThat(page.selectFirst("#chairId").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.selectFirst("#chairId-error").text()).contains("gehört zur Presse");
        assertThat(page.select(".error-summary a[href=#chairId]")).hasSize(1);
        // The journalist is not offered as chair at all.
        assertThat(page.select("#chairId option").eachText()).doesNotContain("Tobias Presse")
                .startsWith("Bitte wählen Sie, wer das Briefing leitet").contains("Julia Leitung");
        assertThat(jdbc.sql("SELECT count(*) FROM briefing.briefing WHERE tenant_id = ?").param(office.tenant().id())
                .query(Long.class).single()).isZero();

        MvcTestResult guests = mvc.post().uri("/briefings").cookie(press).with(csrf())
                .param("briefingTitle", "Briefing").param("date", tomorrow().toString()).param("startTime", "11:00")
                .param("endTime", "12:00").param("chairId", office.chair().personId().toString())
                .param("guests", tooMany).exchange();
        Document second = Jsoup.parse(guests.getResponse().getContentAsString());
        assertThat(second.selectFirst("#guests").attr("aria-invalid")).isEqualTo("true");
        assertThat(second.selectFirst("#guests-error").text()).contains("höchstens 20 Gäste");
        assertThat(second.selectFirst("#guests").attr("aria-describedby")).isEqualTo("guests-hint guests-error");
    }

    @Test
    void theJoinPageShowsTheLinkWhileTheBriefingTakesPlaceAndToNobodyElse() throws Exception {
        BriefingView briefing = fixtures.plan(office, "Briefing Unwetter", Duration.ofDays(2));
        Cookie journalist = WebTestSupport.login(mvc, office.tenant().user("Lea Redaktion", Role.JOURNALIST).username(),
                TestOrganisation.PASSWORD);
        Cookie employee = WebTestSupport.login(mvc, office.tenant().user("Erika Amt", Role.EMPLOYEE).username(),
                TestOrganisation.PASSWORD);
        Cookie stranger = WebTestSupport.login(mvc, fixtures.pressOffice("Fremde Stadt").press().username(),
                TestOrganisation.PASSWORD);
        String join = "/briefings/" + briefing.id() + "/join";

        Document open = Jsoup.parse(mvc.get().uri(join).cookie(journalist).exchange().getResponse().getContentAsString());
        assertThat(open.select("a[href=https://meet.example/briefing]")).hasSize(1);
        assertThat(mvc.get().uri(join).cookie(employee)).hasStatus(404);
        assertThat(mvc.get().uri(join).cookie(stranger)).hasStatus(404);
        // A plain link is shown on the join page; the room's own address leads back there.
        String room = "/briefings/" + briefing.id() + "/room";
        assertThat(mvc.get().uri(room).cookie(journalist)).hasStatus(303).redirectedUrl().isEqualTo(join);
        assertThat(mvc.get().uri(room).cookie(employee)).hasStatus(404);
        assertThat(mvc.get().uri(room).cookie(stranger)).hasStatus(404);

        briefings.cancel(office.press(), briefing.id(), "Unwetterwarnung");
        Document cancelled = Jsoup.parse(mvc.get().uri(join).cookie(journalist).exchange().getResponse()
                .getContentAsString());
        assertThat(cancelled.select("a[href=https://meet.example/briefing]")).isEmpty();
        assertThat(cancelled.select("main").text()).contains("Dieses Briefing ist abgesagt.", "Grund: Unwetterwarnung");
    }

    @Test
    void thePressOfficesDashboardShowsTheNextBriefingsAndNobodyElsesAnEmptyCard() throws Exception {
        fixtures.plan(office, "Nächstes Briefing", Duration.ofDays(1));
        Cookie employee = WebTestSupport.login(mvc, office.tenant().user("Erika Amt", Role.EMPLOYEE).username(),
                TestOrganisation.PASSWORD);

        Document dashboard = Jsoup.parse(mvc.get().uri("/").cookie(press).exchange().getResponse().getContentAsString());
        assertThat(dashboard.selectFirst("#card-briefings-title").text()).isEqualTo("Nächste Medienbriefings");
        assertThat(dashboard.selectFirst("#card-briefings-title").parent().text()).contains("Nächstes Briefing");
        Document other = Jsoup.parse(mvc.get().uri("/").cookie(employee).exchange().getResponse().getContentAsString());
        assertThat(other.select("#card-briefings-title")).isEmpty();
    }

    private LocalDate tomorrow() {
        return LocalDate.now(clock.withZone(ZoneId.of("Europe/Berlin"))).plusDays(1);
    }
}
