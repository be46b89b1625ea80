package de.lagezentrum.staff.web;

import java.util.UUID;

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
import de.lagezentrum.organisation.DepartmentCommand;
import de.lagezentrum.organisation.OrganisationManagement;
import de.lagezentrum.organisation.Role;
import de.lagezentrum.organisation.TestOrganisation;
import de.lagezentrum.organisation.TestOrganisation.TestTenant;
import de.lagezentrum.platform.security.CurrentUser;

import static de.lagezentrum.ApiTestSupport.bearer;
import static de.lagezentrum.ApiTestSupport.read;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 3, "Bad input and faults": dates in the wrong order, a series without weekday, an assignee of
 * another municipality, an agenda item on an approved session. Each answers with a problem naming the
 * field (or 409) and writes nothing.
 */
@IntegrationTest
class StaffBadInputWebTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisation organisation;

    @Autowired
    @Administrator
    JdbcClient jdbc;

    @Autowired
    OrganisationManagement departments;

    CurrentUser lead;
    CurrentUser member;
    String leadToken;
    String memberToken;
    String staffId;

    @BeforeEach
    void staff() {
        TestTenant tenant = organisation.newTenant("Fehlerstadt " + UUID.randomUUID());
        lead = tenant.user("Linus Leitung", Role.STAFF_LEAD);
        member = tenant.user("Marta Mitglied", Role.STAFF_MEMBER);
        leadToken = bearer(mvc, lead.username(), TestOrganisation.PASSWORD);
        memberToken = bearer(mvc, member.username(), TestOrganisation.PASSWORD);
        staffId = read(post(leadToken, "/api/v1/staffs", """
                {"name":"Stab Fehler"}""")).get("id").asString();
        post(leadToken, "/api/v1/staffs/" + staffId + "/members", """
                {"personId":"%s"}""".formatted(member.personId()));
    }

    @Test
    void aSessionThatEndsBeforeItStartsIsRefused() {
        MvcTestResult refused = post(leadToken, "/api/v1/staffs/" + staffId + "/sessions", """
                {"start":"2026-06-02T15:00:00Z","end":"2026-06-02T14:00:00Z","kind":"EXTRAORDINARY"}""");
        MvcTestResult empty = post(leadToken, "/api/v1/staffs/" + staffId + "/sessions", """
                {"start":"2026-06-02T15:00:00Z","end":"2026-06-02T15:00:00Z","kind":"REGULAR"}""");

        assertThat(fields(refused)).containsExactly("end");
        assertThat(fields(empty)).containsExactly("end");
        assertThat(count("SELECT count(*) FROM staff.session WHERE staff_id = ?::uuid")).isZero();
    }

    @Test
    void aSeriesUntilBeforeItsFirstDateIsRefused() {
        MvcTestResult refused = post(leadToken, "/api/v1/staffs/" + staffId + "/series", """
                {"weekday":"WEDNESDAY","time":"10:00","durationMinutes":90,"from":"2026-03-04","until":"2026-03-01"}""");

        assertThat(fields(refused)).containsExactly("until");
        assertThat(count("SELECT count(*) FROM staff.session_series WHERE staff_id = ?::uuid")).isZero();
        assertThat(count("SELECT count(*) FROM staff.session WHERE staff_id = ?::uuid")).isZero();
    }

    @Test
    void aSeriesWithoutWeekdayIsRefused() {
        MvcTestResult missing = post(leadToken, "/api/v1/staffs/" + staffId + "/series", """
                {"time":"10:00","durationMinutes":90,"from":"2026-03-04"}""");
        MvcTestResult unknown = post(leadToken, "/api/v1/staffs/" + staffId + "/series", """
                {"weekday":"MITTWOCH","time":"10:00","durationMinutes":90,"from":"2026-03-04"}""");

        assertThat(fields(missing)).containsExactly("weekday");
        assertThat(missing).hasStatus(400);
        assertThat(unknown).hasStatus(400);
        assertThat(count("SELECT count(*) FROM staff.session_series WHERE staff_id = ?::uuid")).isZero();
    }

    @Test
    void aListOfSessionsEndingBeforeItStartsIsRefused() {
        MvcTestResult refused = get(memberToken, "/api/v1/staffs/" + staffId + "/sessions?from=2026-03-10&to=2026-03-01");

        assertThat(fields(refused)).containsExactly("to");
        assertThat(get(memberToken, "/api/v1/staffs/" + staffId + "/sessions?from=2026-03-01&to=2026-03-10"))
                .hasStatusOk();
    }

    @Test
    void anAssigneeOfAnotherMunicipalityIsRefusedAndNothingIsWritten() {
        String sessionId = session();
        String item = read(post(leadToken, "/api/v1/sessions/" + sessionId + "/agenda", """
                {"title":"Unterbringung"}""")).get("id").asString();
        TestTenant other = organisation.newTenant("Nachbarstadt " + UUID.randomUUID());
        CurrentUser stranger = other.user("Norbert Nachbar", Role.EMPLOYEE);
        UUID foreignDepartment = departments.createDepartment(other.admin(),
                new DepartmentCommand("Sozialamt Nachbarstadt", "SN")).id();
        String entries = "/api/v1/sessions/" + sessionId + "/agenda/" + item + "/entries";

        MvcTestResult person = post(memberToken, entries, """
                {"type":"TASK","text":"Fremd vergeben","assigneeId":"%s"}""".formatted(stranger.personId()));
        MvcTestResult department = post(memberToken, entries, """
                {"type":"TASK","text":"Fremd vergeben","departmentId":"%s"}""".formatted(foreignDepartment));

        assertThat(fields(person)).containsExactly("assigneeId");
        assertThat(fields(department)).containsExactly("departmentId");
        assertThat(count("SELECT count(*) FROM staff.minute_entry WHERE staff_id = ?::uuid")).isZero();
        assertThat(count("SELECT count(*) FROM staff.task WHERE staff_id = ?::uuid")).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM staff.decision_counter WHERE staff_id = ?::uuid").param(staffId)
                .query(Long.class).single()).isZero();
    }

    @Test
    void anAgendaItemOnAnApprovedSessionIsRefusedAndNothingIsWritten() {
        String sessionId = session();
        post(leadToken, "/api/v1/sessions/" + sessionId + "/agenda", """
                {"title":"Lagebericht"}""");
        assertThat(post(memberToken, "/api/v1/sessions/" + sessionId + "/protocol/finalize", "")).hasStatusOk();
        assertThat(post(leadToken, "/api/v1/sessions/" + sessionId + "/protocol/approve", "")).hasStatusOk();

        MvcTestResult byMember = post(memberToken, "/api/v1/sessions/" + sessionId + "/agenda", """
                {"title":"Nachgereicht"}""");
        MvcTestResult byLead = post(leadToken, "/api/v1/sessions/" + sessionId + "/agenda", """
                {"title":"Nachgereicht"}""");

        assertThat(byMember).hasStatus(409).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(byLead).hasStatus(409);
        assertThat(jdbc.sql("SELECT title FROM staff.agenda_item WHERE session_id = ?::uuid").param(sessionId)
                .query(String.class).list()).containsExactly("Lagebericht");
    }

    private String session() {
        return read(post(leadToken, "/api/v1/staffs/" + staffId + "/sessions", """
                {"start":"2026-03-04T09:00:00Z","end":"2026-03-04T10:30:00Z","kind":"REGULAR"}""")).get("id").asString();
    }

    /** The fields a 400 problem names. */
    private static java.util.List<String> fields(MvcTestResult result) {
        assertThat(result).hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = read(result);
        return problem.get("errors").valueStream().map(error -> error.get("field").asString()).toList();
    }

    private long count(String sql) {
        return jdbc.sql(sql).param(staffId).query(Long.class).single();
    }

    private MvcTestResult post(String token, String uri, String body) {
        var request = mvc.post().uri(uri).header(HttpHeaders.AUTHORIZATION, token);
        return body.isEmpty() ? request.exchange()
                : request.contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }

    private MvcTestResult get(String token, String uri) {
        return mvc.get().uri(uri).header(HttpHeaders.AUTHORIZATION, token).exchange();
    }
}
