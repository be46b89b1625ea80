package de.lagezentrum.organisation.web;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

import de.lagezentrum.Administrator;
import de.lagezentrum.IntegrationTest;
import de.lagezentrum.WebTestSupport;
import de.lagezentrum.organisation.TestOperator;
import de.lagezentrum.organisation.TestOperator.Municipality;
import de.lagezentrum.organisation.TestOrganisation;

import static de.lagezentrum.ApiTestSupport.bearer;
import static de.lagezentrum.ApiTestSupport.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Two municipalities made through the operator API, as an installation for a district has them: a
 * user of B gets 404 for every id of A, in the API and on pages, B's search finds nothing of A, and an
 * operator reads no municipality's business data. Nothing of A changes.
 */
@IntegrationTest
class TenantIsolationWebTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisation organisation;

    @Autowired
    GreenMail mail;

    @Autowired
    @Administrator
    JdbcClient jdbc;

    TestOperator operator;
    String word;
    A a;

    @BeforeEach
    void twoMunicipalities() {
        operator = new TestOperator(mvc, mail, organisation);
        word = "Deichbruch" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        a = municipalityWithData(operator.newMunicipality("Kommune A " + UUID.randomUUID()), word);
    }

    @Test
    void aUserOfBGets404ForEveryIdOfAInTheApi() {
        Municipality b = operator.newMunicipality("Kommune B " + UUID.randomUUID());
        String bAdmin = bearer(mvc, b.adminUsername(), TestOrganisation.PASSWORD);
        String bLead = bearer(mvc, lead(bAdmin, "Bernd Leitung"), TestOrganisation.PASSWORD);
        long journal = journalEntriesOfA();

        for (String token : List.of(bAdmin, bLead)) {
            assertApiNotFound(token);
        }

        assertThat(journalEntriesOfA()).isEqualTo(journal);
        assertThat(read(get(a.leadToken(), "/api/v1/staffs/" + a.staffId())).get("name").asString())
                .isEqualTo("Stab " + word);
        assertThat(read(get(a.adminToken(), "/api/v1/departments/" + a.departmentId())).get("name").asString())
                .isEqualTo("Deichamt " + word);
        assertThat(get(bAdmin, "/api/v1/tenants")).hasStatus(403);
    }

    @Test
    void aUserOfBGets404ForEveryPageOfA() {
        Municipality b = operator.newMunicipality("Kommune B " + UUID.randomUUID());
        Cookie bAdmin = WebTestSupport.login(mvc, b.adminUsername(), TestOrganisation.PASSWORD);

        for (String page : List.of("/admin/departments/" + a.departmentId(), "/admin/people/" + a.personId(),
                "/staffs/" + a.staffId(), "/staffs/" + a.staffId() + "/journal", "/staffs/" + a.staffId() + "/journal.pdf",
                "/sessions/" + a.sessionId(), "/sessions/" + a.sessionId() + "/protocol")) {
            assertThat(mvc.get().uri(page).cookie(bAdmin)).as(page).hasStatus(404);
        }
        assertThat(mvc.post().uri("/admin/departments/" + a.departmentId() + "/delete").cookie(bAdmin).with(csrf()))
                .hasStatus(404);
        assertThat(mvc.post().uri("/staffs/" + a.staffId() + "/journal").cookie(bAdmin).with(csrf())
                .param("text", "Fremdeintrag")).hasStatus(404);
        assertThat(read(get(a.adminToken(), "/api/v1/departments/" + a.departmentId())).get("id").asString())
                .isEqualTo(a.departmentId());
        assertThat(mvc.get().uri("/operator/tenants").cookie(bAdmin)).hasStatus(403);
    }

    @Test
    void bsSearchFindsNothingOfA() throws Exception {
        Municipality b = operator.newMunicipality("Kommune B " + UUID.randomUUID());
        String bAdmin = bearer(mvc, b.adminUsername(), TestOrganisation.PASSWORD);
        String bLead = bearer(mvc, lead(bAdmin, "Berta Leitung"), TestOrganisation.PASSWORD);

        assertThat(read(get(a.leadToken(), "/api/v1/search?q=" + word)).get("items")).isNotEmpty();
        for (String token : List.of(bAdmin, bLead)) {
            assertThat(read(get(token, "/api/v1/search?q=" + word)).get("items")).isEmpty();
            assertThat(read(get(token, "/api/v1/people?q=" + word)).get("total").asLong()).isZero();
        }
        Cookie page = WebTestSupport.login(mvc, b.adminUsername(), TestOrganisation.PASSWORD);
        Document results = Jsoup.parse(mvc.get().uri("/search?q=" + word).cookie(page).exchange().getResponse()
                .getContentAsString());
        assertThat(results.select("main .entry")).isEmpty();
        Cookie lead = WebTestSupport.login(mvc, a.leadUsername(), TestOrganisation.PASSWORD);
        assertThat(Jsoup.parse(mvc.get().uri("/search?q=" + word).cookie(lead).exchange().getResponse()
                .getContentAsString()).select("main .entry")).isNotEmpty();
    }

    @Test
    void anOperatorWithoutAdminReadsNoStaffOfAAndChangesNothing() {
        String token = operator.operatorBearer();
        long journal = journalEntriesOfA();

        assertThat(get(token, "/api/v1/staffs/" + a.staffId())).hasStatus(404);
        assertThat(get(token, "/api/v1/staffs/" + a.staffId() + "/journal")).hasStatus(404);
        assertThat(post(token, "/api/v1/staffs/" + a.staffId() + "/journal", "{\"text\":\"Betrieb war hier\"}"))
                .hasStatus(404);
        assertThat(get(token, "/api/v1/people/" + a.personId())).hasStatus(404);
        assertThat(get(token, "/api/v1/departments/" + a.departmentId())).hasStatus(404);
        assertThat(put(token, "/api/v1/departments/" + a.departmentId(),
                "{\"name\":\"Übernommen\",\"shortName\":\"X\",\"version\":0}")).hasStatus(403);
        assertThat(read(get(token, "/api/v1/search?q=" + word)).get("items")).isEmpty();
        assertThat(read(get(token, "/api/v1/tenants?size=200")).get("items").valueStream()
                .map(tenant -> tenant.get("id").asString())).contains(a.tenantId().toString());

        assertThat(journalEntriesOfA()).isEqualTo(journal);
        assertThat(read(get(a.adminToken(), "/api/v1/departments/" + a.departmentId())).get("name").asString())
                .isEqualTo("Deichamt " + word);
    }

    private void assertApiNotFound(String token) {
        String staff = "/api/v1/staffs/" + a.staffId();
        String session = "/api/v1/sessions/" + a.sessionId();
        for (String path : List.of("/api/v1/departments/" + a.departmentId(), "/api/v1/people/" + a.personId(), staff,
                staff + "/sessions", staff + "/series", staff + "/calendar.ics", staff + "/journal",
                staff + "/journal/" + a.journalEntryId(), staff + "/journal/verify", session, session + "/agenda",
                session + "/protocol")) {
            assertThat(get(token, path)).as(path).hasStatus(404);
        }
        assertThat(post(token, staff + "/journal", "{\"text\":\"Fremd\"}")).hasStatus(404);
        assertThat(post(token, staff + "/members", "{\"personId\":\"" + a.personId() + "\"}")).hasStatus(404);
        assertThat(post(token, session + "/agenda", "{\"title\":\"Fremd\",\"topic\":\"Lage\"}")).hasStatus(404);
        assertThat(post(token, session + "/protocol/finalize", "")).hasStatus(404);
    }

    /** A's admin, a lead, a department, a staff with a session and a journal entry, all naming the word. */
    private A municipalityWithData(Municipality municipality, String word) {
        String admin = bearer(mvc, municipality.adminUsername(), TestOrganisation.PASSWORD);
        String departmentId = read(post(admin, "/api/v1/departments",
                "{\"name\":\"Deichamt " + word + "\",\"shortName\":\"DA\"}")).get("id").asString();
        String leadUsername = lead(admin, "Anna " + word);
        String lead = bearer(mvc, leadUsername, TestOrganisation.PASSWORD);
        String personId = read(get(lead, "/api/v1/me")).get("id").asString();
        String staffId = read(post(lead, "/api/v1/staffs", "{\"name\":\"Stab " + word + "\"}")).get("id").asString();
        Instant start = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        String sessionId = read(post(lead, "/api/v1/staffs/" + staffId + "/sessions", """
                {"start":"%s","end":"%s","kind":"EXTRAORDINARY","title":"Sondersitzung %s"}"""
                .formatted(start, start.plus(1, ChronoUnit.HOURS), word))).get("id").asString();
        MvcTestResult entry = post(lead, "/api/v1/staffs/" + staffId + "/journal", "{\"text\":\"Lage " + word + "\"}");
        assertThat(entry).hasStatus(201);
        return new A(municipality.id(), admin, leadUsername, lead, departmentId, personId, staffId, sessionId,
                read(entry).get("id").asString());
    }

    /** A new account with STAFF_LEAD in the admin's municipality; returns its username. */
    private String lead(String adminToken, String name) {
        String username = "lead" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(post(adminToken, "/api/v1/people", """
                {"displayName":"%s","username":"%s","password":"%s","roles":["STAFF_LEAD","EMPLOYEE"]}"""
                .formatted(name, username, TestOrganisation.PASSWORD))).hasStatus(201);
        return username;
    }

    private long journalEntriesOfA() {
        return jdbc.sql("SELECT count(*) FROM journal.entry WHERE tenant_id = ?").param(a.tenantId())
                .query(Long.class).single();
    }

    private MvcTestResult get(String token, String path) {
        return mvc.get().uri(path).header(HttpHeaders.AUTHORIZATION, token).exchange();
    }

    private MvcTestResult post(String token, String path, String body) {
        return mvc.post().uri(path).header(HttpHeaders.AUTHORIZATION, token).contentType(MediaType.APPLICATION_JSON)
                .content(body).exchange();
    }

    private MvcTestResult put(String token, String path, String body) {
        return mvc.put().uri(path).header(HttpHeaders.AUTHORIZATION, token).contentType(MediaType.APPLICATION_JSON)
                .content(body).exchange();
    }

    /** The ids of municipality A and the tokens of its admin and lead. */
    private record A(UUID tenantId, String adminToken, String leadUsername, String leadToken, String departmentId, String personId,
            String staffId, String sessionId, String journalEntryId) {
    }
}
