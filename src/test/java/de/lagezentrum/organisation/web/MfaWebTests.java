package de.lagezentrum.organisation.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import de.lagezentrum.Administrator;
import de.lagezentrum.IntegrationTest;
import de.lagezentrum.WebTestSupport;
import de.lagezentrum.organisation.Role;
import de.lagezentrum.organisation.TestOrganisation;
import de.lagezentrum.organisation.TestOrganisation.TestTenant;
import de.lagezentrum.organisation.mfa.TestTotp;
import de.lagezentrum.platform.security.CurrentUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * TOTP as second factor, as a user tries it in the browser (without JavaScript): enrolment on the
 * profile, the second sign-in step with a new session id, replayed and wrong codes, recovery codes.
 */
@IntegrationTest
class MfaWebTests {

    /** The wrong codes come from an address of their own, so that no other test shares its throttling. */
    static final RequestPostProcessor ATTACKER = request -> {
        request.setRemoteAddr("192.0.2.66");
        return request;
    };

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
        tenant = organisation.newTenant("Zweifaktorstadt " + UUID.randomUUID());
        user = tenant.user("Zora Zweifach", Role.STAFF_MEMBER, Role.EMPLOYEE);
    }

    @Test
    void enrolOnTheProfileThenSignInInTwoStepsWithANewSessionId() throws Exception {
        Cookie session = WebTestSupport.login(mvc, user.username(), TestOrganisation.PASSWORD);
        MvcTestResult enrolment = mvc.get().uri("/profile/mfa/totp").cookie(session).exchange();
        assertThat(enrolment).hasStatusOk();
        Document page = Jsoup.parse(enrolment.getResponse().getContentAsString());
        String secret = page.getElementById("totp-secret").text();
        assertThat(page.selectFirst("svg[role=img][aria-label]")).isNotNull();
        assertThat(page.getElementById("code").attr("autocomplete")).isEqualTo("one-time-code");

        MvcTestResult wrong = mvc.post().uri("/profile/mfa/totp").cookie(session).with(csrf())
                .param("code", TestTotp.wrongCode(secret)).exchange();
        assertThat(wrong).hasStatusOk();
        Document wrongPage = Jsoup.parse(wrong.getResponse().getContentAsString());
        assertThat(wrongPage.getElementById("code").attr("aria-invalid")).isEqualTo("true");
        assertThat(wrongPage.getElementById("code").attr("aria-describedby")).contains("code-error");
        assertThat(confirmed()).as("a wrong code enrols nothing").isFalse();

        MvcTestResult confirmedPage = mvc.post().uri("/profile/mfa/totp").cookie(session).with(csrf())
                .param("code", TestTotp.code(secret, 0)).exchange();
        assertThat(confirmedPage).hasStatusOk();
        assertThat(Jsoup.parse(confirmedPage.getResponse().getContentAsString()).select("#recovery-codes li"))
                .hasSize(10);
        assertThat(confirmed()).isTrue();
        String stored = jdbc.sql("SELECT secret FROM organisation.totp_factor WHERE account_id = ?")
                .param(user.accountId()).query(String.class).single();
        assertThat(stored).as("the secret is kept encrypted").startsWith("v1.").doesNotContain(secret.replace(" ", ""));
        assertThat(auditActions()).contains("MFA_ENROLLED");
        Cookie raised = confirmedPage.getResponse().getCookie(WebTestSupport.SESSION_COOKIE);
        assertThat(raised.getValue()).as("proving the new factor is a step up: new session id")
                .isNotEqualTo(session.getValue());
        assertThat(mvc.get().uri("/profile/mfa/totp").cookie(raised)).as("the secret is never shown again")
                .hasStatus3xxRedirection().redirectedUrl().isEqualTo("/profile");

        Cookie firstStep = passwordStep(user.username(), "/login/mfa");
        assertThat(mvc.get().uri("/").cookie(firstStep)).as("only the second step is reachable")
                .hasStatus3xxRedirection().redirectedUrl().isEqualTo("/login/mfa");
        assertThat(mvc.get().uri("/profile").cookie(firstStep)).hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/login/mfa").cookie(firstStep)).hasStatusOk();

        MvcTestResult replay = mvc.post().uri("/login/mfa").cookie(firstStep).with(csrf())
                .param("code", TestTotp.code(secret, 0)).exchange();
        assertThat(replay).as("the code used for enrolment is refused a second time").hasStatusOk();
        assertThat(Jsoup.parse(replay.getResponse().getContentAsString()).getElementById("code")
                .attr("aria-invalid")).isEqualTo("true");

        MvcTestResult second = mvc.post().uri("/login/mfa").cookie(firstStep).with(csrf())
                .param("code", TestTotp.code(secret, 1)).exchange();
        assertThat(second).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/");
        Cookie full = second.getResponse().getCookie(WebTestSupport.SESSION_COOKIE);
        assertThat(full).as("the step up gets a new session id").isNotNull();
        assertThat(full.getValue()).isNotEqualTo(firstStep.getValue());
        assertThat(mvc.get().uri("/").cookie(full)).hasStatusOk();
        assertThat(mvc.get().uri("/").cookie(firstStep)).as("the old session id is worthless")
                .hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
    }

    @Test
    void aRecoveryCodeWorksOnce() throws Exception {
        List<String> recoveryCodes = MfaTestSupport.enrol(mvc, user.username()).recoveryCodes();

        Cookie firstStep = passwordStep(user.username(), "/login/mfa");
        assertThat(mvc.post().uri("/login/mfa").cookie(firstStep).with(csrf()).param("code", recoveryCodes.get(3)))
                .hasStatus3xxRedirection().redirectedUrl().isEqualTo("/");
        assertThat(auditActions()).contains("RECOVERY_CODE_USED");

        Cookie again = passwordStep(user.username(), "/login/mfa");
        assertThat(mvc.post().uri("/login/mfa").cookie(again).with(csrf())
                .param("code", recoveryCodes.get(3).toUpperCase())).hasStatusOk();
        assertThat(mvc.get().uri("/").cookie(again)).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/login/mfa");
        assertThat(jdbc.sql("SELECT count(*) FROM organisation.recovery_code WHERE account_id = ? AND used_at IS NULL")
                .param(user.accountId()).query(Long.class).single()).isEqualTo(9);
    }

    @Test
    void twentyWrongCodesAreThrottledWith429AndChangeNothing() throws Exception {
        String secret = MfaTestSupport.enrol(mvc, user.username()).secret();
        Long stepBefore = lastUsedStep();
        Cookie firstStep = passwordStep(user.username(), "/login/mfa");

        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            statuses.add(mvc.post().uri("/login/mfa").cookie(firstStep).with(csrf()).with(ATTACKER)
                    .param("code", TestTotp.wrongCode(secret)).exchange().getResponse().getStatus());
        }

        assertThat(statuses).startsWith(200, 200, 200, 200, 200).endsWith(429);
        MvcTestResult blocked = mvc.post().uri("/login/mfa").cookie(firstStep).with(csrf()).with(ATTACKER)
                .param("code", TestTotp.code(secret, 1)).exchange();
        assertThat(blocked).as("even the right code waits until the block ends").hasStatus(429);
        assertThat(blocked.getResponse().getHeader(HttpHeaders.RETRY_AFTER)).isNotBlank();
        assertThat(mvc.get().uri("/").cookie(firstStep)).hasStatus3xxRedirection().redirectedUrl()
                .isEqualTo("/login/mfa");
        assertThat(lastUsedStep()).isEqualTo(stepBefore);
        assertThat(auditActions()).contains("MFA_FAILED");
    }

    @Test
    void removingTheSecondFactorNeedsThePasswordAndTheSecondStep() throws Exception {
        List<String> recoveryCodes = MfaTestSupport.enrol(mvc, user.username()).recoveryCodes();
        Cookie firstStep = passwordStep(user.username(), "/login/mfa");
        assertThat(mvc.post().uri("/profile/mfa/totp/remove").cookie(firstStep).with(csrf())
                .param("code", TestOrganisation.PASSWORD)).as("not before the second step")
                .hasStatus3xxRedirection().redirectedUrl().isEqualTo("/login/mfa");
        MvcTestResult second = mvc.post().uri("/login/mfa").cookie(firstStep).with(csrf())
                .param("code", recoveryCodes.get(0)).exchange();
        Cookie session = second.getResponse().getCookie(WebTestSupport.SESSION_COOKIE);

        assertThat(mvc.post().uri("/profile/mfa/totp/remove").cookie(session).with(csrf())
                .param("code", "falsch-falsch-falsch")).hasStatus3xxRedirection();
        assertThat(confirmed()).isTrue();
        assertThat(mvc.post().uri("/profile/mfa/totp/remove").cookie(session).with(csrf())
                .param("code", TestOrganisation.PASSWORD)).hasStatus3xxRedirection().redirectedUrl()
                .isEqualTo("/profile");

        assertThat(confirmed()).isFalse();
        assertThat(auditActions()).contains("MFA_REMOVED");
        assertThat(WebTestSupport.login(mvc, user.username(), TestOrganisation.PASSWORD)).isNotNull();
    }

    /** Signs in with the password only and expects to be sent on to {@code next}. */
    private Cookie passwordStep(String username, String next) {
        return MfaTestSupport.passwordStep(mvc, username, next);
    }

    private boolean confirmed() {
        return jdbc.sql("SELECT count(*) FROM organisation.totp_factor WHERE account_id = ? AND confirmed_at IS NOT NULL")
                .param(user.accountId()).query(Long.class).single() > 0;
    }

    private Long lastUsedStep() {
        return jdbc.sql("SELECT last_used_step FROM organisation.totp_factor WHERE account_id = ?")
                .param(user.accountId()).query(Long.class).single();
    }

    private List<String> auditActions() {
        return MfaTestSupport.auditActions(jdbc, tenant.id(), user.accountId());
    }
}
