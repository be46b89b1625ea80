package de.lagezentrum.organisation.web;

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

import static de.lagezentrum.ApiTestSupport.bearer;
import static de.lagezentrum.ApiTestSupport.json;
import static de.lagezentrum.ApiTestSupport.read;
import static org.assertj.core.api.Assertions.assertThat;

/** API v1 of the organisation exactly as API.md describes it, with its error answers. */
@IntegrationTest
class OrganisationApiWebTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisation organisation;

    @Autowired
    @Administrator
    JdbcClient jdbc;

    TestTenant tenant;
    String admin;

    @BeforeEach
    void tenant() {
        tenant = organisation.newTenant("Apistadt " + UUID.randomUUID());
        admin = bearer(mvc, tenant.admin().username(), TestOrganisation.PASSWORD);
    }

    @Test
    void meDescribesTheCaller() {
        MvcTestResult result = mvc.get().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, admin).exchange();

        assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
        JsonNode me = read(result);
        assertThat(me.get("id").asString()).isEqualTo(tenant.admin().personId().toString());
        assertThat(me.get("username").asString()).isEqualTo(tenant.admin().username());
        assertThat(me.get("displayName").asString()).isEqualTo(tenant.admin().displayName());
        assertThat(me.get("roles").valueStream().map(JsonNode::asString)).containsExactly("ADMIN", "EMPLOYEE");
        assertThat(me.get("tenant").get("id").asString()).isEqualTo(tenant.id().toString());
        assertThat(me.get("tenant").get("name").asString()).isEqualTo(tenant.name());
    }

    @Test
    void departmentsAreCreatedListedPagedAndRead() {
        for (int i = 1; i <= 3; i++) {
            MvcTestResult created = post("/api/v1/departments", json("name", "Amt " + i, "shortName", "A" + i));
            assertThat(created).hasStatus(201).headers().containsHeader(HttpHeaders.LOCATION);
            assertThat(read(created).get("id").asString()).isNotBlank();
        }

        JsonNode page = read(mvc.get().uri("/api/v1/departments?page=1&size=2")
                .header(HttpHeaders.AUTHORIZATION, admin).exchange());

        assertThat(page.get("page").asInt()).isEqualTo(1);
        assertThat(page.get("size").asInt()).isEqualTo(2);
        assertThat(page.get("total").asLong()).isEqualTo(3);
        assertThat(page.get("items")).hasSize(1);
        assertThat(page.get("items").get(0).get("name").asString()).isEqualTo("Amt 3");
        assertThat(page.get("items").get(0).get("shortName").asString()).isEqualTo("A3");
    }

    @Test
    void peopleAreCreatedWithAccountAndCanSignIn() {
        String departmentId = read(post("/api/v1/departments", json("name", "Sozialamt", "shortName", "50")))
                .get("id").asString();
        String body = """
                {"displayName":"Beate Beispiel","email":"beate@example.org","departmentId":"%s",
                 "roles":["STAFF_LEAD","EMPLOYEE"],"username":"beate-%s","password":"ein-langes-Passwort"}"""
                .formatted(departmentId, UUID.randomUUID().toString().substring(0, 8));

        MvcTestResult created = post("/api/v1/people", body);

        assertThat(created).hasStatus(201);
        JsonNode person = read(created);
        assertThat(person.get("id").asString()).isNotBlank();
        assertThat(person.get("displayName").asString()).isEqualTo("Beate Beispiel");
        assertThat(person.get("departmentId").asString()).isEqualTo(departmentId);
        assertThat(person.get("departmentName").asString()).isEqualTo("Sozialamt");
        assertThat(person.get("roles").valueStream().map(JsonNode::asString)).containsExactlyInAnyOrder("STAFF_LEAD", "EMPLOYEE");
        assertThat(person.has("password")).isFalse();
        String token = bearer(mvc, person.get("username").asString(), "ein-langes-Passwort");
        assertThat(read(mvc.get().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, token).exchange())
                .get("displayName").asString()).isEqualTo("Beate Beispiel");

        JsonNode list = read(mvc.get().uri("/api/v1/people?q=beispiel").header(HttpHeaders.AUTHORIZATION, admin).exchange());
        assertThat(list.get("total").asLong()).isEqualTo(1);
    }

    @Test
    void anotherTenantsIdsAreNotFound() {
        TestTenant other = organisation.newTenant("Andere Stadt " + UUID.randomUUID());
        String otherToken = bearer(mvc, other.admin().username(), TestOrganisation.PASSWORD);
        String departmentId = read(post("/api/v1/departments", json("name", "Geheim", "shortName", "G")))
                .get("id").asString();

        assertThat(mvc.get().uri("/api/v1/departments/" + departmentId).header(HttpHeaders.AUTHORIZATION, otherToken))
                .hasStatus(404).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(mvc.get().uri("/api/v1/people/" + tenant.admin().personId()).header(HttpHeaders.AUTHORIZATION, otherToken))
                .hasStatus(404);
        assertThat(mvc.delete().uri("/api/v1/departments/" + departmentId).header(HttpHeaders.AUTHORIZATION, otherToken))
                .hasStatus(404);
        String personInOtherDepartment = """
                {"displayName":"X","departmentId":"%s"}""".formatted(departmentId);
        MvcTestResult crossTenant = mvc.post().uri("/api/v1/people").header(HttpHeaders.AUTHORIZATION, otherToken)
                .contentType(MediaType.APPLICATION_JSON).content(personInOtherDepartment).exchange();
        assertThat(crossTenant).hasStatus(400);
        assertThat(read(crossTenant).get("errors").get(0).get("field").asString()).isEqualTo("departmentId");
        assertThat(read(mvc.get().uri("/api/v1/departments").header(HttpHeaders.AUTHORIZATION, otherToken).exchange())
                .get("total").asLong()).isZero();
    }

    @Test
    void onlyAdminsChangeOrganisationData() {
        var member = tenant.user("Stab Mitglied", Role.STAFF_MEMBER);
        String token = bearer(mvc, member.username(), TestOrganisation.PASSWORD);

        MvcTestResult result = mvc.post().uri("/api/v1/departments").header(HttpHeaders.AUTHORIZATION, token)
                .contentType(MediaType.APPLICATION_JSON).content(json("name", "Neu", "shortName", "N")).exchange();

        assertThat(result).hasStatus(403).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(read(result).get("type").asString()).isEqualTo("/problems/forbidden");
        assertThat(mvc.get().uri("/api/v1/departments").header(HttpHeaders.AUTHORIZATION, token)).hasStatusOk();
        assertThat(departmentCount()).isZero();
    }

    @Test
    void staleVersionsConflictAndLoseNothing() {
        JsonNode created = read(post("/api/v1/departments", json("name", "Ordnungsamt", "shortName", "32")));
        String uri = "/api/v1/departments/" + created.get("id").asString();
        String first = """
                {"name":"Ordnungsamt Nord","shortName":"32","version":%d}""".formatted(created.get("version").asLong());

        assertThat(put(uri, first)).hasStatusOk();
        MvcTestResult second = put(uri, first);

        assertThat(second).hasStatus(409).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(read(mvc.get().uri(uri).header(HttpHeaders.AUTHORIZATION, admin).exchange()).get("name").asString())
                .isEqualTo("Ordnungsamt Nord");
    }

    @Test
    void departmentsWithPeopleCannotBeDeleted() {
        String departmentId = read(post("/api/v1/departments", json("name", "Jugendamt", "shortName", "51")))
                .get("id").asString();
        post("/api/v1/people", """
                {"displayName":"Sabine","departmentId":"%s"}""".formatted(departmentId));

        assertThat(mvc.delete().uri("/api/v1/departments/" + departmentId).header(HttpHeaders.AUTHORIZATION, admin))
                .hasStatus(409);
        assertThat(departmentCount()).isEqualTo(1);
    }

    @Test
    void changesAreAudited() {
        JsonNode created = read(post("/api/v1/departments", json("name", "Gesundheitsamt", "shortName", "53")));
        put("/api/v1/departments/" + created.get("id").asString(), """
                {"name":"Amt für Gesundheit","shortName":"53","version":%d}""".formatted(created.get("version").asLong()));

        var entries = jdbc.sql("""
                SELECT action, actor_name, before->>'name' AS before, after->>'name' AS after FROM platform.audit_entry
                 WHERE tenant_id = ? AND entity_type = 'Department' ORDER BY occurred_at""")
                .param(tenant.id()).query((rs, row) -> rs.getString("action") + "|" + rs.getString("actor_name") + "|"
                        + rs.getString("before") + "|" + rs.getString("after"))
                .list();
        assertThat(entries).containsExactly(
                "CREATED|" + tenant.admin().username() + "|null|Gesundheitsamt",
                "UPDATED|" + tenant.admin().username() + "|Gesundheitsamt|Amt für Gesundheit");
    }

    private MvcTestResult post(String uri, String body) {
        return mvc.post().uri(uri).header(HttpHeaders.AUTHORIZATION, admin).contentType(MediaType.APPLICATION_JSON)
                .content(body).exchange();
    }

    private MvcTestResult put(String uri, String body) {
        return mvc.put().uri(uri).header(HttpHeaders.AUTHORIZATION, admin).contentType(MediaType.APPLICATION_JSON)
                .content(body).exchange();
    }

    private long departmentCount() {
        return jdbc.sql("SELECT count(*) FROM organisation.department WHERE tenant_id = ?").param(tenant.id())
                .query(Long.class).single();
    }
}
