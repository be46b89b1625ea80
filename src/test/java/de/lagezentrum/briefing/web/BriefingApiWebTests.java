package de.lagezentrum.briefing.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

import de.lagezentrum.ApiTestSupport;
import de.lagezentrum.Administrator;
import de.lagezentrum.IntegrationTest;
import de.lagezentrum.briefing.TestBriefings;
import de.lagezentrum.briefing.TestBriefings.PressOffice;
import de.lagezentrum.organisation.Role;
import de.lagezentrum.organisation.TestOrganisation;

import static de.lagezentrum.ApiTestSupport.assertField;
import static de.lagezentrum.ApiTestSupport.bearer;
import static de.lagezentrum.ApiTestSupport.read;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * API v1 of briefings: plan, list, read, change, cancel and reinstate; bad input as problem details that
 * name the fields and change nothing; the press office plans, admins read, others are refused, and
 * another municipality's briefings do not exist.
 */
@IntegrationTest
class BriefingApiWebTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestBriefings fixtures;

    @Autowired
    Clock clock;

    @Autowired
    @Administrator
    JdbcClient jdbc;

    PressOffice office;
    String press;
    Instant start;

    @BeforeEach
    void pressOffice() {
        office = fixtures.pressOffice("API-Stadt");
        press = bearer(mvc, office.press().username(), TestOrganisation.PASSWORD);
        start = clock.instant().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS);
    }

    @Test
    void thePressOfficePlansReadsListsAndChangesABriefing() {
        MvcTestResult created = call(press, "POST", "/api/v1/briefings", """
                {"title":"Pressebriefing zur Lage","start":"%s","end":"%s","chairId":"%s","panel":["%s"],
                 "guests":[{"name":"Dr. Hannah Kurz","organisation":"DRK"}],"videoUrl":"https://meet.example/b"}"""
                .formatted(start, start.plus(Duration.ofHours(1)), office.chair().personId(), office.panel().personId()));

        assertThat(created).hasStatus(201);
        JsonNode briefing = read(created);
        String id = briefing.get("id").asString();
        assertThat(created.getResponse().getHeader(HttpHeaders.LOCATION)).isEqualTo("/api/v1/briefings/" + id);
        assertThat(briefing.get("start").asString()).isEqualTo(start.toString());
        assertThat(briefing.get("chairId").asString()).isEqualTo(office.chair().personId().toString());
        assertThat(briefing.get("chair").get("displayName").asString()).isEqualTo("Julia Leitung");
        assertThat(briefing.get("panel").get(0).asString()).isEqualTo(office.panel().personId().toString());
        assertThat(briefing.get("guests").get(0).get("organisation").asString()).isEqualTo("DRK");
        assertThat(briefing.get("status").asString()).isEqualTo("PLANNED");
        assertThat(briefing.get("publishedAt").isNull()).isTrue();

        assertThat(read(call(press, "GET", "/api/v1/briefings/" + id, null)).get("title").asString())
                .isEqualTo("Pressebriefing zur Lage");
        LocalDate day = LocalDate.ofInstant(start, ZoneId.of("Europe/Berlin"));
        JsonNode page = read(call(press, "GET", "/api/v1/briefings?from=" + day + "&to=" + day + "&size=10", null));
        assertThat(page.get("total").asLong()).isEqualTo(1);
        assertThat(page.get("size").asInt()).isEqualTo(10);
        assertThat(page.get("items").get(0).get("id").asString()).isEqualTo(id);
        assertThat(read(call(press, "GET", "/api/v1/briefings?from=" + day.plusDays(1), null)).get("total").asLong())
                .isZero();

        MvcTestResult changed = call(press, "PUT", "/api/v1/briefings/" + id, """
                {"title":"Pressebriefing, verlegt","start":"%s","end":"%s","chairId":"%s","version":%d}"""
                .formatted(start.plus(Duration.ofHours(2)), start.plus(Duration.ofHours(3)), office.chair().personId(),
                        briefing.get("version").asLong()));
        assertThat(changed).hasStatusOk();
        assertThat(read(changed).get("panel")).isEmpty();
        assertThat(read(changed).get("start").asString()).isEqualTo(start.plus(Duration.ofHours(2)).toString());
        assertThat(call(press, "PUT", "/api/v1/briefings/" + id, """
                {"title":"Veraltet","start":"%s","end":"%s","chairId":"%s","version":%d}"""
                .formatted(start, start.plus(Duration.ofHours(1)), office.chair().personId(),
                        briefing.get("version").asLong()))).hasStatus(409);
    }

    @Test
    void aBriefingIsCancelledWithAReasonAndReinstatedButNeverDeleted() {
        String id = fixtures.plan(office, "Briefing", Duration.ofDays(2)).id().toString();

        MvcTestResult cancelled = call(press, "PATCH", "/api/v1/briefings/" + id, """
                {"status":"CANCELLED","cancelReason":"Unwetterwarnung"}""");
        assertThat(cancelled).hasStatusOk();
        assertThat(read(cancelled).get("status").asString()).isEqualTo("CANCELLED");
        assertThat(read(cancelled).get("cancelReason").asString()).isEqualTo("Unwetterwarnung");
        assertThat(read(call(press, "PATCH", "/api/v1/briefings/" + id, """
                {"status":"PLANNED"}""")).get("status").asString()).isEqualTo("PLANNED");
        MvcTestResult delete = call(press, "DELETE", "/api/v1/briefings/" + id, null);
        assertThat(delete).hasStatus(405);
        assertThat(delete.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(call(press, "GET", "/api/v1/briefings/" + id, null)).hasStatusOk();
    }

    @Test
    void badInputIsAProblemNamingTheFieldsAndWritesNothing() {
        UUID journalist = office.tenant().user("Tobias Presse", Role.JOURNALIST).personId();
        String end = start.plus(Duration.ofHours(1)).toString();
        String chair = office.chair().personId().toString();

        assertField(call(press, "POST", "/api/v1/briefings", """
                {"start":"%s","end":"%s","chairId":"%s"}""".formatted(start, end, chair)), "title");
        assertField(call(press, "POST", "/api/v1/briefings", """
                {"title":"B","start":"%s","end":"%s","chairId":"%s"}""".formatted(end, start, chair)), "end");
        assertField(call(press, "POST", "/api/v1/briefings", """
                {"title":"B","start":"%s","end":"%s","chairId":"%s","videoUrl":"javascript:alert(1)"}"""
                .formatted(start, end, chair)), "videoUrl");
        assertField(call(press, "POST", "/api/v1/briefings", """
                {"title":"B","start":"%s","end":"%s","chairId":"%s","panel":["%s"]}"""
                .formatted(start, end, chair, journalist)), "panel");
        assertField(call(press, "POST", "/api/v1/briefings", """
                {"title":"B","start":"%s","end":"%s","chairId":"%s","guests":[{"organisation":"DRK"}]}"""
                .formatted(start, end, chair)), "guests[0].name");
        assertField(call(press, "POST", "/api/v1/briefings", """
                {"title":"B","start":"morgen","end":"%s","chairId":"%s"}""".formatted(end, chair)), "start");
        assertField(call(press, "POST", "/api/v1/briefings", """
                {"title":"B","start":"%s","end":"%s","chairId":"%s","room":"A"}""".formatted(start, end, chair)),
                "room");
        assertField(call(press, "GET", "/api/v1/briefings?from=2026-03-10&to=2026-03-01", null), "to");
        assertField(call(press, "GET", "/api/v1/briefings?size=500", null), "size");
        assertThat(jdbc.sql("SELECT count(*) FROM briefing.briefing WHERE tenant_id = ?").param(office.tenant().id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void thePressOfficePlansAdminsReadOthersAreRefusedAndAnotherMunicipalityFindsNothing() throws Exception {
        String id = fixtures.plan(office, "Briefing", Duration.ofDays(2)).id().toString();
        String admin = bearer(mvc, office.tenant().admin().username(), TestOrganisation.PASSWORD);
        String employee = bearer(mvc, office.tenant().user("Erika Beschäftigt", Role.EMPLOYEE).username(),
                TestOrganisation.PASSWORD);
        String journalist = bearer(mvc, office.tenant().user("Tobias Presse", Role.JOURNALIST).username(),
                TestOrganisation.PASSWORD);
        String panel = bearer(mvc, office.panel().username(), TestOrganisation.PASSWORD);
        String stranger = bearer(mvc, fixtures.pressOffice("Andere Stadt").press().username(), TestOrganisation.PASSWORD);
        String body = """
                {"title":"B","start":"%s","end":"%s","chairId":"%s"}"""
                .formatted(start, start.plus(Duration.ofHours(1)), office.chair().personId());

        assertThat(call(admin, "GET", "/api/v1/briefings", null)).hasStatusOk();
        assertThat(call(admin, "GET", "/api/v1/briefings/" + id, null)).hasStatusOk();
        assertThat(call(panel, "GET", "/api/v1/briefings/" + id, null)).hasStatusOk();
        for (String refused : new String[] {admin, employee, journalist}) {
            MvcTestResult result = call(refused, "POST", "/api/v1/briefings", body);
            assertThat(result).hasStatus(403);
            assertThat(read(result).get("type").asString()).endsWith("forbidden");
            assertThat(call(refused, "PATCH", "/api/v1/briefings/" + id, """
                    {"status":"CANCELLED"}""")).hasStatus(403);
        }
        assertThat(call(employee, "GET", "/api/v1/briefings", null)).hasStatus(403);
        assertThat(call(journalist, "GET", "/api/v1/briefings/" + id, null)).hasStatus(403);
        assertThat(call(stranger, "GET", "/api/v1/briefings/" + id, null)).hasStatus(404);
        assertThat(call(stranger, "PUT", "/api/v1/briefings/" + id, body)).hasStatus(404);
        assertThat(call(stranger, "PATCH", "/api/v1/briefings/" + id, """
                {"status":"CANCELLED"}""")).hasStatus(404);
        assertThat(call(stranger, "GET", "/api/v1/briefings", null).getResponse().getContentAsString())
                .doesNotContain(id);
        assertThat(mvc.get().uri("/api/v1/briefings").exchange()).hasStatus(401);
    }


    private MvcTestResult call(String token, String method, String uri, String body) {
        return ApiTestSupport.call(mvc, HttpHeaders.AUTHORIZATION, token, method, uri, body);
    }
}
