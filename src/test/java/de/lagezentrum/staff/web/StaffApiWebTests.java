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
import de.lagezentrum.organisation.Role;
import de.lagezentrum.organisation.TestOrganisation;
import de.lagezentrum.organisation.TestOrganisation.TestTenant;
import de.lagezentrum.platform.security.CurrentUser;

import static de.lagezentrum.ApiTestSupport.bearer;
import static de.lagezentrum.ApiTestSupport.read;
import static org.assertj.core.api.Assertions.assertThat;

/** Staffs through API v1: transparent for members, invisible for everybody else. */
@IntegrationTest
class StaffApiWebTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisation organisation;

    @Autowired
    @Administrator
    JdbcClient jdbc;

    TestTenant tenant;
    CurrentUser lead;
    String leadToken;

    @BeforeEach
    void tenant() {
        tenant = organisation.newTenant("Stabstadt " + UUID.randomUUID());
        lead = tenant.user("Beate Leitung", Role.STAFF_LEAD, Role.EMPLOYEE);
        leadToken = bearer(mvc, lead.username(), TestOrganisation.PASSWORD);
    }

    @Test
    void aStaffStartsWithItsLeadAndTheSevenTopicAreas() {
        MvcTestResult created = post(leadToken, "/api/v1/staffs", """
                {"name":"Koordinierungsstab Ukraine","description":"Aufnahme Geflüchteter"}""");

        assertThat(created).hasStatus(201);
        JsonNode staff = read(created);
        assertThat(staff.get("name").asString()).isEqualTo("Koordinierungsstab Ukraine");
        assertThat(staff.get("leadId").asString()).isEqualTo(lead.personId().toString());
        assertThat(staff.get("topics").valueStream().map(JsonNode::asString)).containsExactly(
                "Unterstützung und Hilfe", "Unterbringung", "Integration", "Registrierung", "Ehrenamt",
                "Kommunikation", "Besondere Zielgruppen");
        assertThat(staff.get("members")).hasSize(1);
        assertThat(staff.get("members").get(0).get("lead").asBoolean()).isTrue();
        assertThat(mvc.get().uri("/api/v1/staffs/" + staff.get("id").asString())
                .header(HttpHeaders.AUTHORIZATION, leadToken)).hasStatusOk();
    }

    @Test
    void ownTopicsAreKeptInOrder() {
        JsonNode staff = read(post(leadToken, "/api/v1/staffs", """
                {"name":"Hochwasserstab","topics":["Pegel","Evakuierung","Pegel"," Kommunikation "]}"""));

        assertThat(staff.get("topics").valueStream().map(JsonNode::asString))
                .containsExactly("Pegel", "Evakuierung", "Kommunikation");
    }

    @Test
    void membersSeeEverythingAndNonMembersNothing() {
        String staffId = read(post(leadToken, "/api/v1/staffs", """
                {"name":"Stab Wärmeversorgung"}""")).get("id").asString();
        CurrentUser member = tenant.user("Mia Mitglied", Role.EMPLOYEE);
        CurrentUser outsider = tenant.user("Otto Außen", Role.STAFF_MEMBER);
        String memberToken = bearer(mvc, member.username(), TestOrganisation.PASSWORD);
        String outsiderToken = bearer(mvc, outsider.username(), TestOrganisation.PASSWORD);

        assertThat(mvc.get().uri("/api/v1/staffs/" + staffId).header(HttpHeaders.AUTHORIZATION, memberToken))
                .hasStatus(404);
        assertThat(post(leadToken, "/api/v1/staffs/" + staffId + "/members", """
                {"personId":"%s","function":"Protokollführung"}""".formatted(member.personId()))).hasStatus(201);

        JsonNode seen = read(mvc.get().uri("/api/v1/staffs/" + staffId).header(HttpHeaders.AUTHORIZATION, memberToken)
                .exchange());
        assertThat(seen.get("members").valueStream().map(m -> m.get("function").asString()))
                .contains("Protokollführung");
        assertThat(read(mvc.get().uri("/api/v1/staffs").header(HttpHeaders.AUTHORIZATION, memberToken).exchange())
                .get("total").asLong()).isEqualTo(1);
        assertThat(mvc.get().uri("/api/v1/staffs/" + staffId).header(HttpHeaders.AUTHORIZATION, outsiderToken))
                .hasStatus(404);
        assertThat(read(mvc.get().uri("/api/v1/staffs").header(HttpHeaders.AUTHORIZATION, outsiderToken).exchange())
                .get("total").asLong()).isZero();
        // Members see everything but only the lead changes the membership.
        assertThat(post(memberToken, "/api/v1/staffs/" + staffId + "/members", """
                {"personId":"%s"}""".formatted(outsider.personId()))).hasStatus(403);
    }

    @Test
    void anotherTenantsStaffsAndPeopleAreNotFound() {
        String staffId = read(post(leadToken, "/api/v1/staffs", """
                {"name":"Stab Gesundheit"}""")).get("id").asString();
        TestTenant other = organisation.newTenant("Nachbar " + UUID.randomUUID());
        String otherAdmin = bearer(mvc, other.admin().username(), TestOrganisation.PASSWORD);

        assertThat(mvc.get().uri("/api/v1/staffs/" + staffId).header(HttpHeaders.AUTHORIZATION, otherAdmin))
                .hasStatus(404);
        MvcTestResult foreignMember = post(leadToken, "/api/v1/staffs/" + staffId + "/members", """
                {"personId":"%s"}""".formatted(other.admin().personId()));
        assertThat(foreignMember).hasStatus(400);
        assertThat(read(foreignMember).get("errors").get(0).get("field").asString()).isEqualTo("personId");
        assertThat(jdbc.sql("SELECT count(*) FROM staff.staff_member WHERE staff_id = ?::uuid").param(staffId)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void onlyStaffLeadsAndAdminsSetUpStaffs() {
        CurrentUser employee = tenant.user("Erna Einfach", Role.EMPLOYEE, Role.STAFF_MEMBER);
        String token = bearer(mvc, employee.username(), TestOrganisation.PASSWORD);

        assertThat(post(token, "/api/v1/staffs", """
                {"name":"Eigenmächtig"}""")).hasStatus(403);
        assertThat(jdbc.sql("SELECT count(*) FROM staff.staff WHERE tenant_id = ?").param(tenant.id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void badInputIsRefusedAndNothingIsWritten() {
        assertThat(post(leadToken, "/api/v1/staffs", """
                {"name":""}""")).hasStatus(400);
        assertThat(post(leadToken, "/api/v1/staffs", """
                {"name":"%s"}""".formatted("x".repeat(10_000)))).hasStatus(400);
        assertThat(post(leadToken, "/api/v1/staffs", """
                {"name":"Stab","leadId":"%s"}""".formatted(UUID.randomUUID()))).hasStatus(400);
        assertThat(post(leadToken, "/api/v1/staffs", """
                {"name":"Stab","topics":[""]}""")).hasStatus(400);
        assertThat(post(leadToken, "/api/v1/staffs", """
                {"name":"Doppelt"}""")).hasStatus(201);
        assertThat(post(leadToken, "/api/v1/staffs", """
                {"name":"DOPPELT"}""")).hasStatus(400);
        assertThat(jdbc.sql("SELECT count(*) FROM staff.staff WHERE tenant_id = ?").param(tenant.id())
                .query(Long.class).single()).isEqualTo(1);
    }

    private MvcTestResult post(String token, String uri, String body) {
        return mvc.post().uri(uri).header(HttpHeaders.AUTHORIZATION, token).contentType(MediaType.APPLICATION_JSON)
                .content(body).exchange();
    }
}
