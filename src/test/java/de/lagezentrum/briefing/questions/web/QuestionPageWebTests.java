package de.lagezentrum.briefing.questions.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import de.lagezentrum.Administrator;
import de.lagezentrum.IntegrationTest;
import de.lagezentrum.WebTestSupport;
import de.lagezentrum.briefing.BriefingManagement;
import de.lagezentrum.briefing.BriefingQuestions;
import de.lagezentrum.briefing.TestBriefings;
import de.lagezentrum.briefing.TestBriefings.PressOffice;
import de.lagezentrum.organisation.Role;
import de.lagezentrum.organisation.TestOrganisation;
import de.lagezentrum.platform.security.CurrentUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The question pages without a browser: script in a question is escaped on the journalist's page and in
 * the press office's queue; a question of 50,000 characters, a question to a cancelled briefing and a
 * disguised script for the press kit are refused at their fields and store nothing.
 */
@IntegrationTest
class QuestionPageWebTests {

    private static final String SCRIPT = "<script>alert('x')</script>Frage";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestBriefings fixtures;

    @Autowired
    BriefingQuestions questions;

    @Autowired
    BriefingManagement briefings;

    @Autowired
    @Administrator
    JdbcClient jdbc;

    PressOffice office;
    CurrentUser jana;
    Cookie press;
    Cookie journalist;
    UUID briefingId;

    @BeforeEach
    void briefing() {
        office = fixtures.pressOffice("Seitenfragestadt");
        jana = office.tenant().user("Jana Journal", Role.JOURNALIST);
        press = WebTestSupport.login(mvc, office.press().username(), TestOrganisation.PASSWORD);
        journalist = WebTestSupport.login(mvc, jana.username(), TestOrganisation.PASSWORD);
        briefingId = fixtures.plan(office, "Seitenbriefing", Duration.ofDays(1)).id();
    }

    @Test
    void scriptInAQuestionIsEscapedOnBothPages() throws Exception {
        questions.ask(jana, briefingId, SCRIPT);

        for (String path : new String[] {"/briefings/" + briefingId + "/questions", "/briefings/" + briefingId + "/queue",
                "/briefings/" + briefingId + "/queue/live"}) {
            Cookie who = path.contains("queue") ? press : journalist;
            String html = mvc.get().uri(path).cookie(who).exchange().getResponse().getContentAsString();
            assertThat(html).as(path).doesNotContain(SCRIPT).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;Frage");
            assertThat(Jsoup.parse(html).select("main script")).as(path).isEmpty();
        }
    }

    @Test
    void aQuestionOfFiftyThousandCharactersIsRefusedAtItsField() throws Exception {
        MvcTestResult refused = mvc.post().uri("/briefings/" + briefingId + "/questions").cookie(journalist).with(csrf())
                .param("text", "x".repeat(50_000)).exchange();

        assertThat(refused).hasStatus(400);
        Document page = Jsoup.parse(refused.getResponse().getContentAsString());
        assertThat(page.select("#text").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#text-error").text()).contains("höchstens 2.000 Zeichen");
        assertThat(page.select(".error-summary a").attr("href")).isEqualTo("#text");
        assertThat(questionCount()).isZero();
    }

    @Test
    void aQuestionToACancelledBriefingIsRefusedWithTheReason() throws Exception {
        briefings.cancel(office.press(), briefingId, null);

        MvcTestResult refused = mvc.post().uri("/briefings/" + briefingId + "/questions").cookie(journalist).with(csrf())
                .param("text", "Findet es statt?").exchange();

        assertThat(refused).hasStatus(409);
        Document page = Jsoup.parse(refused.getResponse().getContentAsString());
        assertThat(page.select(".error-summary").text()).contains("Das Briefing ist abgesagt");
        assertThat(page.select("#text")).isEmpty();
        assertThat(questionCount()).isZero();
    }

    @Test
    void aScriptDisguisedAsAPdfIsNotTakenIntoThePressKit() throws Exception {
        MockMultipartFile disguised = new MockMultipartFile("file", "lagebild.pdf", "application/pdf",
                "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.US_ASCII));

        MvcTestResult refused = mvc.post().uri("/briefings/" + briefingId + "/press-kit").multipart().file(disguised)
                .param("itemTitle", "Lagebild").cookie(press).with(csrf()).with(request -> {
                    // The upload filter wants a declared length, as browsers send it.
                    request.setContent(new byte[4096]);
                    return request;
                }).exchange();

        assertThat(refused).hasStatus(400);
        Document page = Jsoup.parse(refused.getResponse().getContentAsString());
        assertThat(page.select("#file").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#file-error").text()).isNotBlank();
        assertThat(jdbc.sql("SELECT count(*) FROM briefing.press_kit_item WHERE briefing_id = ?").param(briefingId)
                .query(Long.class).single()).isZero();
    }

    private long questionCount() {
        return jdbc.sql("SELECT count(*) FROM briefing.question WHERE briefing_id = ?").param(briefingId)
                .query(Long.class).single();
    }
}
