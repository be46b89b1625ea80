package de.lagezentrum.organisation.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import de.lagezentrum.WebTestSupport;
import de.lagezentrum.organisation.TestOrganisation;
import de.lagezentrum.organisation.mfa.TestTotp;

import static de.lagezentrum.ApiTestSupport.bearer;
import static de.lagezentrum.ApiTestSupport.json;
import static de.lagezentrum.ApiTestSupport.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** Sets up TOTP for an account through API v1, as an integrator would, and signs in with the password alone. */
final class MfaTestSupport {

    private MfaTestSupport() {
    }

    /** Enrols the account (password {@link TestOrganisation#PASSWORD}) with the code of the current step. */
    static Enrolment enrol(MockMvcTester mvc, String username) {
        String token = bearer(mvc, username, TestOrganisation.PASSWORD);
        String secret = read(mvc.post().uri("/api/v1/me/mfa/totp").header(HttpHeaders.AUTHORIZATION, token)
                .exchange()).get("secret").asString();
        MvcTestResult confirmation = confirm(mvc, token, TestTotp.code(secret, 0));
        assertThat(confirmation).hasStatusOk();
        List<String> codes = new ArrayList<>();
        read(confirmation).get("recoveryCodes").forEach(code -> codes.add(code.asString()));
        return new Enrolment(secret, codes);
    }

    /**
     * The first step of a browser sign-in ({@code POST /login} with {@link TestOrganisation#PASSWORD}), which
     * must lead to {@code next} (the second step or the enrolment); returns the session of that step.
     */
    static Cookie passwordStep(MockMvcTester mvc, String username, String next) {
        MvcTestResult result = mvc.post().uri("/login").with(csrf()).param("username", username)
                .param("password", TestOrganisation.PASSWORD).exchange();
        assertThat(result).hasStatus3xxRedirection().redirectedUrl().isEqualTo(next);
        return result.getResponse().getCookie(WebTestSupport.SESSION_COOKIE);
    }

    /** The actions of the audit log's entries about one account of a municipality. */
    static List<String> auditActions(JdbcClient administrator, UUID tenantId, UUID accountId) {
        return administrator.sql("SELECT action FROM platform.audit_entry WHERE tenant_id = ? AND entity_id = ?")
                .params(tenantId, accountId).query(String.class).list();
    }

    /** {@code POST /api/v1/me/mfa/totp/confirm} with this code. */
    static MvcTestResult confirm(MockMvcTester mvc, String token, String code) {
        return mvc.post().uri("/api/v1/me/mfa/totp/confirm").header(HttpHeaders.AUTHORIZATION, token)
                .contentType(MediaType.APPLICATION_JSON).content(json("code", code)).exchange();
    }

    /**
     * @param secret the TOTP secret
     * @param recoveryCodes the ten recovery codes
     */
    record Enrolment(String secret, List<String> recoveryCodes) {
    }
}
