package de.lagezentrum.platform.web;

import java.sql.SQLTransientConnectionException;
import java.util.UUID;

import jakarta.servlet.RequestDispatcher;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.CannotCreateTransactionException;
import tools.jackson.databind.JsonNode;

import de.lagezentrum.Administrator;
import de.lagezentrum.IntegrationTest;
import de.lagezentrum.organisation.TestOrganisation;
import de.lagezentrum.organisation.TestOrganisation.TestTenant;

import static de.lagezentrum.ApiTestSupport.bearer;
import static de.lagezentrum.ApiTestSupport.json;
import static de.lagezentrum.ApiTestSupport.read;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every error of API v1 is RFC 9457 problem details with a stable type, and bad input changes
 * nothing.
 */
@IntegrationTest
class ApiConventionsWebTests {

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
    void tenant() throws Exception {
        tenant = organisation.newTenant("Fehlerstadt " + UUID.randomUUID());
        admin = bearer(mvc, tenant.admin().username(), TestOrganisation.PASSWORD);
    }

    @Test
    void validationErrorsNameEveryField() throws Exception {
        MvcTestResult result = post("/api/v1/departments", json("name", "", "shortName", "x".repeat(21)));

        JsonNode problem = problem(result, 400, "/problems/validation");
        assertThat(problem.get("errors").valueStream().map(error -> error.get("field").asString()))
                .containsExactlyInAnyOrder("name", "shortName");
        assertThat(problem.get("errors").valueStream().map(error -> error.get("message").asString()))
                .allSatisfy(message -> assertThat(message).isNotBlank());
        assertThat(departments()).isZero();
    }

    @Test
    void overlongNamesAreRefusedAndNothingIsWritten() throws Exception {
        MvcTestResult result = post("/api/v1/people", json("displayName", "x".repeat(10_000)));

        JsonNode problem = problem(result, 400, "/problems/validation");
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("displayName");
        assertThat(people()).isEqualTo(1);
    }

    @Test
    void malformedJsonIsABadRequest() throws Exception {
        problem(post("/api/v1/departments", "{\"name\": \"Amt\", "), 400, "/problems/malformed-json");
        assertThat(departments()).isZero();
    }

    @Test
    void unknownFieldsAreNamed() throws Exception {
        MvcTestResult result = post("/api/v1/departments", json("name", "Amt", "shortName", "A", "colour", "red"));

        assertThat(problem(result, 400, "/problems/validation").get("errors").get(0).get("field").asString())
                .isEqualTo("colour");
        assertThat(departments()).isZero();
    }

    @Test
    void wrongTypesAreNamed() throws Exception {
        MvcTestResult result = post("/api/v1/people", "{\"displayName\":\"A\",\"departmentId\":\"not-a-uuid\"}");

        assertThat(problem(result, 400, "/problems/validation").get("errors").get(0).get("field").asString())
                .isEqualTo("departmentId");
    }

    @Test
    void wrongMediaTypeIs415() throws Exception {
        MvcTestResult result = mvc.post().uri("/api/v1/departments").header(HttpHeaders.AUTHORIZATION, admin)
                .contentType(MediaType.TEXT_PLAIN).content("name=Amt").exchange();

        problem(result, 415, "/problems/unsupported-media-type");
        assertThat(departments()).isZero();
    }

    @Test
    void wrongMethodIs405() throws Exception {
        problem(mvc.patch().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, admin).exchange(), 405,
                "/problems/method-not-allowed");
    }

    @Test
    void unknownPathsAndIdsAre404() throws Exception {
        problem(mvc.get().uri("/api/v1/gibt-es-nicht").header(HttpHeaders.AUTHORIZATION, admin).exchange(), 404,
                "/problems/not-found");
        problem(mvc.get().uri("/api/v1/departments/" + UUID.randomUUID()).header(HttpHeaders.AUTHORIZATION, admin)
                .exchange(), 404, "/problems/not-found");
    }

    @Test
    void missingOrInvalidTokensAre401() throws Exception {
        MvcTestResult missing = mvc.get().uri("/api/v1/me").exchange();
        problem(missing, 401, "/problems/unauthorized");
        assertThat(missing.getResponse().getHeader(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
        problem(mvc.get().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer lz_invalid").exchange(), 401,
                "/problems/unauthorized");
        problem(mvc.get().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Basic YWRtaW46YWRtaW4=").exchange(), 401,
                "/problems/unauthorized");
    }

    @Test
    void tooLargeBodiesAre413() throws Exception {
        String huge = json("name", "x".repeat(2 * 1024 * 1024), "shortName", "A");

        problem(post("/api/v1/departments", huge), 413, "/problems/too-large");
        assertThat(departments()).isZero();
    }

    @Test
    void pagingParametersAreValidated() throws Exception {
        problem(mvc.get().uri("/api/v1/departments?size=5000").header(HttpHeaders.AUTHORIZATION, admin).exchange(), 400,
                "/problems/validation");
        problem(mvc.get().uri("/api/v1/departments?page=-1").header(HttpHeaders.AUTHORIZATION, admin).exchange(), 400,
                "/problems/validation");
    }

    @Test
    void duplicateUsernamesAreRefusedAndTheSecondPersonIsNotCreated() throws Exception {
        String body = """
                {"displayName":"Zweite Person","username":"%s","password":"ein-langes-Passwort"}"""
                .formatted(tenant.admin().username().toUpperCase());

        JsonNode problem = problem(post("/api/v1/people", body), 400, "/problems/validation");

        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("username");
        assertThat(people()).isEqualTo(1);
    }

    @Test
    void duplicateDepartmentNamesAreRefused() throws Exception {
        assertThat(post("/api/v1/departments", json("name", "Bauamt", "shortName", "63"))).hasStatus(201);

        problem(post("/api/v1/departments", json("name", "BAUAMT", "shortName", "64")), 400, "/problems/validation");
        assertThat(departments()).isEqualTo(1);
    }

    @Test
    void weakPasswordsAndRolesWithoutAccountAreRefused() throws Exception {
        problem(post("/api/v1/people", """
                {"displayName":"P","username":"kurz-passwort","password":"kurz"}"""), 400, "/problems/validation");
        JsonNode roles = problem(post("/api/v1/people", """
                {"displayName":"P","roles":["ADMIN"]}"""), 400, "/problems/validation");
        assertThat(roles.get("errors").get(0).get("field").asString()).isEqualTo("roles");
        problem(post("/api/v1/people", """
                {"displayName":"P","roles":["KAISER"]}"""), 400, "/problems/validation");
        assertThat(people()).isEqualTo(1);
    }

    @Test
    void htmlInNamesIsStoredAsTextAndReturnedAsData() throws Exception {
        String name = "<script>alert('x')</script>";
        MvcTestResult created = post("/api/v1/departments", json("name", name, "shortName", "<b>"));

        assertThat(created).hasStatus(201);
        assertThat(read(created).get("name").asString()).isEqualTo(name);
    }

    @Test
    void apiDescriptionAndHealthArePublic() throws Exception {
        assertThat(mvc.get().uri("/v3/api-docs").exchange()).hasStatusOk().bodyText().contains("/api/v1/departments");
        assertThat(mvc.get().uri("/actuator/health").exchange()).hasStatusOk().bodyJson()
                .extractingPath("$.status").isEqualTo("UP");
    }

    @Test
    void problemTitlesFollowTheLanguage() throws Exception {
        MvcTestResult german = mvc.get().uri("/api/v1/me").exchange();
        MvcTestResult english = mvc.get().uri("/api/v1/me").header(HttpHeaders.ACCEPT_LANGUAGE, "en").exchange();

        assertThat(read(german).get("title").asString()).isEqualTo("Anmeldung erforderlich");
        assertThat(read(english).get("title").asString()).isEqualTo("Sign-in required");
    }

    @Test
    void aRequestThatFoundNoFreeDatabaseConnectionHearsOverloadedAndWhenToRetry() throws Exception {
        // What the container forwards to /error when Hikari's pool timeout ran out inside a request.
        var timedOut = new CannotCreateTransactionException("Could not open JDBC Connection for transaction",
                new SQLTransientConnectionException("Connection is not available, request timed out after 30000ms"));

        MvcTestResult api = forwardedError("/api/v1/me", timedOut);
        problem(api, 503, "/problems/unavailable");
        assertThat(api.getResponse().getHeader(HttpHeaders.RETRY_AFTER)).isEqualTo("5");

        MvcTestResult page = forwardedError("/tasks", timedOut);
        assertThat(page).hasStatus(503);
        assertThat(page.getResponse().getHeader(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
        assertThat(page.getResponse().getContentAsString()).contains("Gerade stark ausgelastet")
                .doesNotContain("Exception");

        // Any other failure stays what it is: an error, without a hint to retry soon.
        MvcTestResult failed = forwardedError("/api/v1/me", new IllegalStateException("kaputt"));
        problem(failed, 500, "/problems/error");
        assertThat(failed.getResponse().getHeader(HttpHeaders.RETRY_AFTER)).isNull();
    }

    private MvcTestResult forwardedError(String uri, Exception failure) {
        return mvc.get().uri("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                .requestAttr(RequestDispatcher.ERROR_EXCEPTION, failure)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, uri).exchange();
    }

    private JsonNode problem(MvcTestResult result, int status, String type) throws Exception {
        assertThat(result).hasStatus(status).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = read(result);
        assertThat(problem.get("type").asString()).isEqualTo(type);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(result.getResponse().getContentAsString()).doesNotContain("Exception").doesNotContain("at de.");
        return problem;
    }

    private MvcTestResult post(String uri, String body) {
        return mvc.post().uri(uri).header(HttpHeaders.AUTHORIZATION, admin).contentType(MediaType.APPLICATION_JSON)
                .content(body).exchange();
    }

    private long departments() {
        return jdbc.sql("SELECT count(*) FROM organisation.department WHERE tenant_id = ?").param(tenant.id())
                .query(Long.class).single();
    }

    private long people() {
        return jdbc.sql("SELECT count(*) FROM organisation.person WHERE tenant_id = ?").param(tenant.id())
                .query(Long.class).single();
    }
}
