package de.lagezentrum.organisation.web;

import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;
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
import de.lagezentrum.organisation.Role;
import de.lagezentrum.organisation.TestOperator;
import de.lagezentrum.organisation.TestOrganisation;
import de.lagezentrum.organisation.TestOrganisation.TestTenant;
import de.lagezentrum.platform.security.CurrentUser;

import static de.lagezentrum.ApiTestSupport.bearer;
import static de.lagezentrum.ApiTestSupport.json;
import static de.lagezentrum.ApiTestSupport.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** {@code /api/v1/tenants}: the operator adds municipalities, whose admin activates the account by mail. */
@IntegrationTest
class TenantApiWebTests {

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

    @BeforeEach
    void operator() {
        operator = new TestOperator(mvc, mail, organisation);
    }

    @Test
    void operatorCreatesAMunicipalityWhoseAdminSetsThePasswordThroughTheMailedLink() throws Exception {
        String name = "Neustadt " + UUID.randomUUID();
        String username = "neu" + UUID.randomUUID().toString().substring(0, 8);
        String email = username + "@neustadt.example";

        MvcTestResult created = operator.post(name, username, email);

        assertThat(created).hasStatus(201).headers().containsHeader(HttpHeaders.LOCATION);
        JsonNode tenant = read(created);
        UUID id = UUID.fromString(tenant.get("id").asString());
        assertThat(tenant.get("name").asString()).isEqualTo(name);
        assertThat(tenant.get("timeZone").asString()).isEqualTo("Europe/Berlin");
        assertThat(tenant.get("ars").isNull()).isTrue();
        assertThat(tenant.get("createdAt").asString()).isNotBlank();
        assertThat(jdbc.sql("""
                SELECT r.role FROM organisation.account a JOIN organisation.account_role r ON r.account_id = a.id
                 WHERE a.username = ? AND a.tenant_id = ? AND a.password_hash IS NULL""")
                .params(username, id).query(String.class).list()).containsExactlyInAnyOrder("ADMIN", "EMPLOYEE");
        assertThat(jdbc.sql("""
                SELECT count(*) FROM platform.audit_entry WHERE tenant_id = ? AND action = 'TENANT_CREATED'
                   AND entity_type = 'Security' AND entity_id = ? AND actor_name = ?""")
                .params(id, id, operator.operator().username()).query(Long.class).single()).isEqualTo(1);

        String token = operator.linkTokenMailedTo(email);
        MimeMessage message = java.util.Arrays.stream(mail.getReceivedMessages())
                .filter(candidate -> TestOperator.body(candidate).contains(token)).findFirst().orElseThrow();
        assertThat(message.getSubject()).contains(name);
        assertThat(TestOperator.body(message)).contains(username, "http://localhost:8080/password/set?token=");
        assertThat(jdbc.sql("SELECT count(*) FROM organisation.password_link WHERE token_hash = ?")
                .param(token).query(Long.class).single()).as("only the hash is stored").isZero();

        MvcTestResult form = mvc.get().uri("/password/set?token=" + token).exchange();
        assertThat(form).hasStatusOk();
        assertThat(form.getResponse().getContentAsString()).contains(username, "name=\"confirmation\"");

        assertThat(mvc.post().uri("/password/set").with(csrf()).param("token", token)
                .param("newPassword", TestOrganisation.PASSWORD).param("confirmation", TestOrganisation.PASSWORD))
                .hasStatus3xxRedirection().redirectedUrl().isEqualTo("/login?passwordSet");

        String admin = bearer(mvc, username, TestOrganisation.PASSWORD);
        JsonNode me = read(mvc.get().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, admin).exchange());
        assertThat(me.get("tenant").get("id").asString()).isEqualTo(id.toString());
        assertThat(me.get("roles").valueStream().map(JsonNode::asString)).containsExactly("ADMIN", "EMPLOYEE");

        // Single use: the link does nothing a second time.
        assertThat(mvc.get().uri("/password/set?token=" + token)).hasStatus(404);
        assertThat(mvc.post().uri("/password/set").with(csrf()).param("token", token)
                .param("newPassword", "Ein-anderes-Passwort-99").param("confirmation", "Ein-anderes-Passwort-99"))
                .hasStatus(404);
        bearer(mvc, username, TestOrganisation.PASSWORD);
    }

    @Test
    void listIsPagedAndContainsTheNewMunicipality() {
        String name = "Listenstadt " + UUID.randomUUID();
        assertThat(operator.post(name, "l" + UUID.randomUUID().toString().substring(0, 8), "l@example.org"))
                .hasStatus(201);

        JsonNode page = read(mvc.get().uri("/api/v1/tenants?page=0&size=200")
                .header(HttpHeaders.AUTHORIZATION, operator.operatorBearer()).exchange());

        assertThat(page.get("page").asInt()).isZero();
        assertThat(page.get("size").asInt()).isEqualTo(200);
        assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(page.get("items").valueStream().map(item -> item.get("name").asString())).contains(name);
    }

    @Test
    void badInputAnswers400WithTheFieldAndCreatesNothing() {
        TestTenant existing = organisation.newTenant("Bestandsstadt " + UUID.randomUUID());
        operator.operator();
        long tenants = count("organisation.tenant");
        long accounts = count("organisation.account");
        String free = "frei" + UUID.randomUUID().toString().substring(0, 8);

        assertInvalid(operator.post("", free, "a@example.org"), "name");
        assertInvalid(operator.post(existing.name().toUpperCase(), free, "a@example.org"), "name");
        assertInvalid(operator.post("Neu " + UUID.randomUUID(), existing.admin().username().toUpperCase(),
                "a@example.org"), "adminUsername");
        assertInvalid(operator.post("Neu " + UUID.randomUUID(), "ä ö", "a@example.org"), "adminUsername");
        assertInvalid(operator.post("Neu " + UUID.randomUUID(), free, "keine-adresse"), "adminEmail");

        assertThat(count("organisation.tenant")).isEqualTo(tenants);
        assertThat(count("organisation.account")).isEqualTo(accounts);
    }

    @Test
    void nobodyButAnOperatorListsOrCreatesMunicipalities() {
        TestTenant tenant = organisation.newTenant("Verbotsstadt " + UUID.randomUUID());
        String admin = bearer(mvc, tenant.admin().username(), TestOrganisation.PASSWORD);
        long tenants = count("organisation.tenant");

        assertThat(mvc.get().uri("/api/v1/tenants").header(HttpHeaders.AUTHORIZATION, admin)).hasStatus(403);
        assertThat(mvc.get().uri("/api/v1/tenants/" + tenant.id()).header(HttpHeaders.AUTHORIZATION, admin))
                .hasStatus(403);
        MvcTestResult created = mvc.post().uri("/api/v1/tenants").header(HttpHeaders.AUTHORIZATION, admin)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json("name", "Eigenmächtig", "adminUsername", "eigen1", "adminEmail", "e@example.org"))
                .exchange();
        assertThat(created).hasStatus(403).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(mvc.get().uri("/api/v1/tenants")).hasStatus(401);
        assertThat(count("organisation.tenant")).isEqualTo(tenants);
    }

    @Test
    void anAdminCannotMakeAnyoneOperator() {
        TestTenant tenant = organisation.newTenant("Rollenstadt " + UUID.randomUUID());
        String admin = bearer(mvc, tenant.admin().username(), TestOrganisation.PASSWORD);

        MvcTestResult result = mvc.post().uri("/api/v1/people").header(HttpHeaders.AUTHORIZATION, admin)
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"displayName":"Möchtegern","username":"%s","password":"%s","roles":["OPERATOR"]}"""
                        .formatted("m" + UUID.randomUUID().toString().substring(0, 8), TestOrganisation.PASSWORD))
                .exchange();

        assertInvalid(result, "roles");
        assertThat(jdbc.sql("SELECT count(*) FROM organisation.person WHERE tenant_id = ? AND display_name = ?")
                .params(tenant.id(), "Möchtegern").query(Long.class).single()).isZero();
    }

    @Test
    void anAdminCannotTakeOverAnOperatorsAccount() throws Exception {
        TestTenant tenant = organisation.newTenant("Übernahmestadt " + UUID.randomUUID());
        CurrentUser operatorHere = tenant.user("Olga Betrieb", Role.OPERATOR, Role.EMPLOYEE);
        String hash = passwordHash(operatorHere.username());
        Cookie admin = WebTestSupport.login(mvc, tenant.admin().username(), TestOrganisation.PASSWORD);

        MvcTestResult reset = mvc.post().uri("/admin/people/" + operatorHere.personId()).cookie(admin).with(csrf())
                .param("displayName", "Olga Betrieb").param("roles", "EMPLOYEE").param("enabled", "true")
                .param("password", "Uebernommen-2026-xyz").param("version", "0").exchange();
        MvcTestResult locked = mvc.post().uri("/admin/people/" + operatorHere.personId()).cookie(admin).with(csrf())
                .param("displayName", "Olga Betrieb").param("roles", "EMPLOYEE").param("enabled", "false")
                .param("version", "0").exchange();

        for (MvcTestResult refused : java.util.List.of(reset, locked)) {
            assertThat(refused).hasStatusOk();
            assertThat(refused.getResponse().getContentAsString()).contains("gehört zum Betrieb");
        }
        assertThat(passwordHash(operatorHere.username())).isEqualTo(hash);
        assertThat(jdbc.sql("""
                SELECT r.role FROM organisation.account a JOIN organisation.account_role r ON r.account_id = a.id
                 WHERE a.username = ? AND a.enabled""").param(operatorHere.username()).query(String.class).list())
                .containsExactlyInAnyOrder("OPERATOR", "EMPLOYEE");
        // Name and contact details stay the admin's to keep.
        assertThat(mvc.post().uri("/admin/people/" + operatorHere.personId()).cookie(admin).with(csrf())
                .param("displayName", "Olga Betrieb-Neu").param("roles", "EMPLOYEE").param("enabled", "true")
                .param("version", "0")).hasStatus3xxRedirection();
    }

    private String passwordHash(String username) {
        return jdbc.sql("SELECT password_hash FROM organisation.account WHERE username = ?").param(username)
                .query(String.class).single();
    }

    @Test
    void unknownOrMissingLinkShowsThatItDoesNotWork() throws Exception {
        MvcTestResult result = mvc.get().uri("/password/set?token=ausgedacht").exchange();

        assertThat(result).hasStatus(404);
        assertThat(result.getResponse().getContentAsString()).contains("Dieser Link gilt nicht")
                .doesNotContain("name=\"newPassword\"");
        assertThat(mvc.get().uri("/password/set")).hasStatus(404);
    }

    private void assertInvalid(MvcTestResult result, String field) {
        assertThat(result).hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(read(result).get("errors").valueStream().map(error -> error.get("field").asString()))
                .contains(field);
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }
}
