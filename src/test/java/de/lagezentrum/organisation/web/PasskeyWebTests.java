package de.lagezentrum.organisation.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import de.lagezentrum.Administrator;
import de.lagezentrum.IntegrationTest;
import de.lagezentrum.WebTestSupport;
import de.lagezentrum.organisation.Role;
import de.lagezentrum.organisation.TestOrganisation;
import de.lagezentrum.organisation.TestOrganisation.TestTenant;
import de.lagezentrum.organisation.mfa.TestPasskey;
import de.lagezentrum.platform.security.CurrentUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Passkeys (WebAuthn) as second factor, with a software authenticator ({@link TestPasskey}) in place of
 * the browser: registration on the profile with recovery codes, the second sign-in step with a new
 * session id, and every answer an attacker could send instead (replayed, from another origin, cloned,
 * another account's or municipality's passkey, malformed): each refused with a problem, nothing changed.
 */
@IntegrationTest
class PasskeyWebTests {

    /** The origin of MockMvc's requests ({@code http://localhost}, port 80). */
    static final String ORIGIN = "http://localhost";

    /** Refused answers come from an address of their own, so that no other test shares its throttling. */
    static final RequestPostProcessor ATTACKER = request -> {
        request.setRemoteAddr("192.0.2.77");
        return request;
    };

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisation organisation;

    @Autowired
    @Administrator
    JdbcClient jdbc;

    TestTenant tenant;
    CurrentUser user;

    @BeforeEach
    void tenant() {
        tenant = organisation.newTenant("Passkeystadt " + UUID.randomUUID());
        user = tenant.user("Petra Passkey", Role.STAFF_MEMBER, Role.EMPLOYEE);
    }

    @Test
    void registerOnTheProfileThenSignInWithThePasskeyAndANewSessionId() throws Exception {
        Cookie session = WebTestSupport.login(mvc, user.username(), TestOrganisation.PASSWORD);
        assertThat(mvc.get().uri("/profile/mfa/passkey").cookie(session)).hasStatusOk().bodyText()
                .contains("passkey-label");
        TestPasskey passkey = new TestPasskey();

        JsonNode options = json(post("/profile/mfa/passkey/options", session, null));
        assertThat(options.get("rp").get("id").asString()).isEqualTo("localhost");
        assertThat(options.get("user").get("name").asString()).isEqualTo(user.username());
        assertThat(options.get("user").get("id").asString()).as("the user handle is not the account id")
                .isNotEqualTo(user.accountId().toString());
        MvcTestResult registered = post("/profile/mfa/passkey", session,
                passkey.register(options.toString(), ORIGIN, "  Diensthandy "));
        assertThat(registered).hasStatusOk();
        assertThat(json(registered).get("redirectUrl").asString()).isEqualTo("/profile/mfa/recovery-codes");
        Cookie raised = registered.getResponse().getCookie(WebTestSupport.SESSION_COOKIE);
        assertThat(raised.getValue()).as("the new factor is a step up: new session id").isNotEqualTo(session.getValue());
        assertThat(Jsoup.parse(mvc.get().uri("/profile/mfa/recovery-codes").cookie(raised).exchange().getResponse()
                .getContentAsString()).select("#recovery-codes li")).as("the first factor brings recovery codes")
                .hasSize(10);
        assertThat(mvc.get().uri("/profile/mfa/recovery-codes").cookie(raised)).as("they are shown once")
                .hasStatus3xxRedirection().redirectedUrl().isEqualTo("/profile");
        assertThat(labels()).containsExactly("Diensthandy");
        assertThat(auditActions()).contains("MFA_ENROLLED");
        assertThat(mvc.get().uri("/profile").cookie(raised)).hasStatusOk().bodyText().contains("Diensthandy");

        Cookie firstStep = passwordStep();
        assertThat(mvc.get().uri("/").cookie(firstStep)).as("a passkey is a second factor: it is asked for")
                .hasStatus3xxRedirection().redirectedUrl().isEqualTo("/login/mfa");
        assertThat(Jsoup.parse(mvc.get().uri("/login/mfa").cookie(firstStep).exchange().getResponse()
                .getContentAsString()).getElementById("passkey-verify")).isNotNull();
        JsonNode request = json(post("/login/mfa/passkey/options", firstStep, null));
        assertThat(request.get("allowCredentials").get(0).get("id").asString()).isEqualTo(passkey.credentialId());
        MvcTestResult verified = post("/login/mfa/passkey", firstStep, passkey.answer(request.toString(), ORIGIN));
        assertThat(verified).hasStatusOk();
        assertThat(json(verified).get("redirectUrl").asString()).isEqualTo("/");
        Cookie full = verified.getResponse().getCookie(WebTestSupport.SESSION_COOKIE);
        assertThat(full.getValue()).as("the step up gets a new session id").isNotEqualTo(firstStep.getValue());
        assertThat(mvc.get().uri("/").cookie(full)).hasStatusOk();
        assertThat(mvc.get().uri("/").cookie(firstStep)).as("the old session id is worthless")
                .hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
        assertThat(jdbc.sql("SELECT signature_count FROM organisation.passkey WHERE account_id = ?")
                .param(user.accountId()).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT last_used_at IS NOT NULL FROM organisation.passkey WHERE account_id = ?")
                .param(user.accountId()).query(Boolean.class).single()).isTrue();
    }

    @Test
    void aReplayedClonedOrForeignAnswerIsRefusedAndChangesNothing() throws Exception {
        TestPasskey passkey = register(user, "Sicherheitsschlüssel");
        Cookie earlier = passwordStep();
        assertThat(post("/login/mfa/passkey", earlier, passkey.answer(
                json(post("/login/mfa/passkey/options", earlier, null)).toString(), ORIGIN))).hasStatusOk();
        Cookie clone = passwordStep();
        assertRefused(clone, passkey.answerWithoutCounting(
                json(post("/login/mfa/passkey/options", clone, null)).toString(), ORIGIN),
                "a counter that does not move on (a cloned authenticator)");

        Cookie firstStep = passwordStep();
        String firstOptions = json(post("/login/mfa/passkey/options", firstStep, null)).toString();
        String answer = passkey.answer(firstOptions, ORIGIN);
        String fromElsewhere = passkey.answer(json(post("/login/mfa/passkey/options", firstStep, null)).toString(),
                "https://lagezentrum.example.net");
        assertRefused(firstStep, fromElsewhere, "an answer for another origin (phishing site)");

        String options = json(post("/login/mfa/passkey/options", firstStep, null)).toString();
        assertRefused(firstStep, answer, "an answer to an earlier challenge");
        assertRefused(firstStep, passkey.answer(options, ORIGIN), "an answer to options already used once");

        CurrentUser colleague = tenant.user("Kai Kollege", Role.EMPLOYEE);
        TestPasskey colleagues = register(colleague, "Kais Schlüssel");
        assertRefused(firstStep, colleagues.answer(json(post("/login/mfa/passkey/options", firstStep, null))
                .toString(), ORIGIN), "a colleague's passkey");

        TestTenant other = organisation.newTenant("Andere Passkeystadt " + UUID.randomUUID());
        TestPasskey foreign = register(other.user("Fremde Person", Role.EMPLOYEE), "Fremder Schlüssel");
        assertRefused(firstStep, foreign.answer(json(post("/login/mfa/passkey/options", firstStep, null)).toString(),
                ORIGIN), "another municipality's passkey");

        post("/login/mfa/passkey/options", firstStep, null);
        assertRefused(firstStep, "{\"id\": [1, 2], \"response\": \"\u0000\"}", "malformed JSON");
        post("/login/mfa/passkey/options", firstStep, null);
        assertRefused(firstStep, "{\"id\": \"AAAA\", \"rawId\": \"AAAA\", \"response\": {}}", "an answer without a signature");
        post("/login/mfa/passkey/options", firstStep, null);
        assertRefused(firstStep, "{\"id\": \"AAAA\"}", "an answer without credential id and response");
        post("/login/mfa/passkey/options", firstStep, null);
        assertRefused(firstStep, "null", "no answer at all");

        assertThat(mvc.get().uri("/").cookie(firstStep)).as("still only the second step")
                .hasStatus3xxRedirection().redirectedUrl().isEqualTo("/login/mfa");
        assertThat(jdbc.sql("SELECT signature_count FROM organisation.passkey WHERE account_id = ?")
                .param(user.accountId()).query(Long.class).single()).as("no refused answer moved the counter")
                .isEqualTo(1);
        assertThat(auditActions()).contains("MFA_FAILED");
        MvcTestResult noOptions = post("/login/mfa/passkey", firstStep, answer);
        assertThat(noOptions).as("an answer without options asked for first").hasStatus(400);
        assertThat(json(noOptions).get("detail").asString()).contains("abgelaufen");
    }

    @Test
    void wrongAnswersAreThrottledLikeWrongCodes() throws Exception {
        TestPasskey passkey = register(user, "Diensthandy");
        Cookie firstStep = passwordStep();
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String options = json(post("/login/mfa/passkey/options", firstStep, null)).toString();
            statuses.add(mvc.post().uri("/login/mfa/passkey").cookie(firstStep).with(csrf()).with(ATTACKER)
                    .contentType(MediaType.APPLICATION_JSON).content(passkey.answer(options, "https://evil.example"))
                    .exchange().getResponse().getStatus());
        }
        assertThat(statuses).startsWith(400, 400, 400).endsWith(429);

        String options = json(post("/login/mfa/passkey/options", firstStep, null)).toString();
        MvcTestResult blocked = mvc.post().uri("/login/mfa/passkey").cookie(firstStep).with(csrf()).with(ATTACKER)
                .contentType(MediaType.APPLICATION_JSON).content(passkey.answer(options, ORIGIN)).exchange();
        assertThat(blocked).as("even the right passkey waits until the block ends").hasStatus(429);
        assertThat(blocked.getResponse().getHeader(HttpHeaders.RETRY_AFTER)).isNotBlank();
        assertThat(mvc.get().uri("/").cookie(firstStep)).hasStatus3xxRedirection().redirectedUrl()
                .isEqualTo("/login/mfa");
    }

    @Test
    void badRegistrationsStoreNothing() throws Exception {
        Cookie session = WebTestSupport.login(mvc, user.username(), TestOrganisation.PASSWORD);
        TestPasskey passkey = new TestPasskey();

        assertRegistrationRefused(session, passkey.register(options(session), ORIGIN, " "), "Namen");
        assertRegistrationRefused(session, passkey.register(options(session), ORIGIN, "x".repeat(81)), "Namen");
        assertRegistrationRefused(session, passkey.register(options(session), ORIGIN, "Tab\tim Namen"), "Namen");
        assertRegistrationRefused(session, passkey.register(options(session), "https://evil.example", "Diensthandy"),
                "nicht annehmen");
        String stale = options(session);
        options(session);
        assertRegistrationRefused(session, passkey.register(stale, ORIGIN, "Diensthandy"), "nicht annehmen");
        options(session);
        assertRegistrationRefused(session, "[]", "nicht annehmen");
        options(session);
        assertRegistrationRefused(session, "{\"label\": \"Ohne Schlüssel\"}", "nicht annehmen");
        options(session);
        assertRegistrationRefused(session, "{\"label\": \"Halb\", \"credential\": {\"id\": \"AAAA\"}}", "nicht annehmen");
        options(session);
        assertRegistrationRefused(session, "null", "nicht annehmen");
        assertRegistrationRefused(session, passkey.register(stale, ORIGIN, "Diensthandy"), null);

        MvcTestResult registered = post("/profile/mfa/passkey", session,
                passkey.register(options(session), ORIGIN, "Diensthandy"));
        assertThat(registered).hasStatusOk();
        assertThat(labels()).containsExactly("Diensthandy");
        Cookie raised = registered.getResponse().getCookie(WebTestSupport.SESSION_COOKIE);
        MvcTestResult twice = post("/profile/mfa/passkey", raised, passkey.register(options(raised), ORIGIN, "Noch mal"));
        assertThat(twice).as("the same passkey twice").hasStatus(400);
        assertThat(labels()).containsExactly("Diensthandy");
        assertThat(mvc.post().uri("/login/mfa/passkey/options").with(csrf()).exchange())
                .as("anonymous callers get no options").hasStatus(401);
    }

    @Test
    void removingAPasskeyNeedsThePasswordAndTakesTheRecoveryCodesWithTheLast() throws Exception {
        register(user, "Alter Schlüssel");
        UUID id = jdbc.sql("SELECT id FROM organisation.passkey WHERE account_id = ?").param(user.accountId())
                .query(UUID.class).single();
        Cookie session = secondStepWithRecoveryCode();

        assertThat(mvc.get().uri("/profile/mfa/passkeys/{id}/remove", id).cookie(session)).hasStatusOk().bodyText()
                .contains("Alter Schlüssel");
        MvcTestResult wrong = mvc.post().uri("/profile/mfa/passkeys/{id}/remove", id).cookie(session).with(csrf())
                .with(ATTACKER).param("code", "falsches-Passwort").exchange();
        assertThat(wrong).hasStatusOk();
        assertThat(Jsoup.parse(wrong.getResponse().getContentAsString()).getElementById("code").attr("aria-invalid"))
                .isEqualTo("true");
        assertThat(labels()).containsExactly("Alter Schlüssel");

        TestTenant other = organisation.newTenant("Fremdstadt " + UUID.randomUUID());
        CurrentUser stranger = other.user("Sven Fremd", Role.ADMIN);
        Cookie strangers = WebTestSupport.login(mvc, stranger.username(), TestOrganisation.PASSWORD);
        assertThat(mvc.get().uri("/profile/mfa/passkeys/{id}/remove", id).cookie(strangers)).hasStatus(404);
        assertThat(mvc.post().uri("/profile/mfa/passkeys/{id}/remove", id).cookie(strangers).with(csrf())
                .param("code", TestOrganisation.PASSWORD)).hasStatus(404);
        assertThat(labels()).containsExactly("Alter Schlüssel");

        assertThat(mvc.post().uri("/profile/mfa/passkeys/{id}/remove", id).cookie(session).with(csrf())
                .param("code", TestOrganisation.PASSWORD)).hasStatus3xxRedirection().redirectedUrl()
                .isEqualTo("/profile");
        assertThat(labels()).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM organisation.recovery_code WHERE account_id = ?")
                .param(user.accountId()).query(Long.class).single()).as("no second factor, no recovery codes").isZero();
        assertThat(auditActions()).contains("MFA_REMOVED");
        assertThat(WebTestSupport.login(mvc, user.username(), TestOrganisation.PASSWORD))
                .as("the password alone suffices again").isNotNull();
    }

    @Test
    void aUserWhoMustEnrolMayChooseAPasskeyInsteadOfAnApp() throws Exception {
        Cookie admin = WebTestSupport.login(mvc, tenant.admin().username(), TestOrganisation.PASSWORD);
        assertThat(mvc.post().uri("/admin/security").cookie(admin).with(csrf()).param("roles", "EMPLOYEE"))
                .hasStatus3xxRedirection();
        Cookie enrolOnly = MfaTestSupport.passwordStep(mvc, user.username(), "/profile/mfa/totp");
        assertThat(Jsoup.parse(mvc.get().uri("/profile/mfa/totp").cookie(enrolOnly).exchange().getResponse()
                .getContentAsString()).select("a[href=/profile/mfa/passkey]")).as("the choice is offered").hasSize(1);
        assertThat(mvc.get().uri("/profile/mfa/passkey").cookie(enrolOnly)).hasStatusOk().bodyText()
                .contains("vorgeschrieben");
        assertThat(mvc.get().uri("/").cookie(enrolOnly)).hasStatus3xxRedirection();

        MvcTestResult registered = post("/profile/mfa/passkey", enrolOnly,
                new TestPasskey().register(options(enrolOnly), ORIGIN, "Diensthandy"));
        assertThat(registered).hasStatusOk();
        assertThat(mvc.get().uri("/").cookie(registered.getResponse().getCookie(WebTestSupport.SESSION_COOKIE)))
                .as("enrolled: every page is open").hasStatusOk();
    }

    @Test
    void anApiTokenForAnAccountWithOnlyAPasskeyTakesARecoveryCode() throws Exception {
        register(user, "Diensthandy");
        String code = recoveryCodes.get(0);
        MvcTestResult without = mvc.post().uri("/api/v1/tokens").contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(Map.of("username", user.username(),
                        "password", TestOrganisation.PASSWORD))).exchange();
        assertThat(without).hasStatus(401);
        assertThat(json(without).get("type").asString()).endsWith("mfa-required");
        assertThat(mvc.post().uri("/api/v1/tokens").contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(Map.of("username", user.username(),
                        "password", TestOrganisation.PASSWORD, "otp", code)))).hasStatus(201);
    }

    // --- helpers

    private List<String> recoveryCodes = List.of();

    /** Registers a new passkey for the account (password sign-in, options, answer) and keeps its recovery codes. */
    private TestPasskey register(CurrentUser account, String label) throws Exception {
        Cookie session = WebTestSupport.login(mvc, account.username(), TestOrganisation.PASSWORD);
        TestPasskey passkey = new TestPasskey();
        MvcTestResult registered = post("/profile/mfa/passkey", session,
                passkey.register(options(session), ORIGIN, label));
        assertThat(registered).hasStatusOk();
        Cookie raised = registered.getResponse().getCookie(WebTestSupport.SESSION_COOKIE);
        recoveryCodes = Jsoup.parse(mvc.get().uri("/profile/mfa/recovery-codes").cookie(raised).exchange()
                .getResponse().getContentAsString()).select("#recovery-codes li").eachText();
        return passkey;
    }

    private Cookie secondStepWithRecoveryCode() {
        Cookie firstStep = passwordStep();
        MvcTestResult second = mvc.post().uri("/login/mfa").cookie(firstStep).with(csrf())
                .param("code", recoveryCodes.get(1)).exchange();
        assertThat(second).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/");
        return second.getResponse().getCookie(WebTestSupport.SESSION_COOKIE);
    }

    private String options(Cookie session) throws Exception {
        MvcTestResult options = post("/profile/mfa/passkey/options", session, null);
        assertThat(options).hasStatusOk();
        return options.getResponse().getContentAsString();
    }

    private void assertRefused(Cookie session, String answer, String what) throws Exception {
        MvcTestResult refused = mvc.post().uri("/login/mfa/passkey").cookie(session).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(answer).exchange();
        assertThat(refused).as(what).hasStatus(400);
        assertThat(refused.getResponse().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(json(refused).get("detail").asString()).as(what).isNotBlank();
        assertThat(refused.getResponse().getCookie(WebTestSupport.SESSION_COOKIE)).as("no step up").isNull();
    }

    private void assertRegistrationRefused(Cookie session, String body, String detail) throws Exception {
        MvcTestResult refused = post("/profile/mfa/passkey", session, body);
        if (detail == null) {
            // The options were used up by the previous attempt: this one has none.
            assertThat(refused).hasStatus(400);
            assertThat(json(refused).get("detail").asString()).contains("abgelaufen");
        }
        else {
            assertThat(refused).hasStatus(400);
            assertThat(json(refused).get("detail").asString()).contains(detail);
        }
        assertThat(labels()).isEmpty();
    }

    private MvcTestResult post(String path, Cookie session, String body) {
        var request = mvc.post().uri(path).cookie(session).with(csrf()).accept(MediaType.APPLICATION_JSON);
        return body == null ? request.exchange()
                : request.contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }

    private Cookie passwordStep() {
        return MfaTestSupport.passwordStep(mvc, user.username(), "/login/mfa");
    }

    private static JsonNode json(MvcTestResult result) throws Exception {
        return JSON.readTree(result.getResponse().getContentAsString());
    }

    private List<String> labels() {
        return jdbc.sql("SELECT label FROM organisation.passkey WHERE account_id = ? ORDER BY created_at")
                .param(user.accountId()).query(String.class).list();
    }

    private List<String> auditActions() {
        return MfaTestSupport.auditActions(jdbc, tenant.id(), user.accountId());
    }
}
