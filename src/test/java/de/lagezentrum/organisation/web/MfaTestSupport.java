package de.lagezentrum.organisation.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import de.lagezentrum.organisation.TestOrganisation;
import de.lagezentrum.organisation.mfa.TestTotp;

import static de.lagezentrum.ApiTestSupport.bearer;
import static de.lagezentrum.ApiTestSupport.json;
import static de.lagezentrum.ApiTestSupport.read;
import static org.assertj.core.api.Assertions.assertThat;

/** Sets up TOTP for an account through API v1, as an integrator would. */
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
