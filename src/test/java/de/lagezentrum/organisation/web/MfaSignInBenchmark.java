package de.lagezentrum.organisation.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import de.lagezentrum.IntegrationTest;
import de.lagezentrum.WebTestSupport;
import de.lagezentrum.organisation.Role;
import de.lagezentrum.organisation.TestOrganisation;
import de.lagezentrum.organisation.TestOrganisation.TestTenant;
import de.lagezentrum.organisation.mfa.TestPasskey;
import de.lagezentrum.organisation.mfa.TestTotp;
import de.lagezentrum.platform.security.CurrentUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Measures a browser sign-in with and without a second factor through the real filter chain (MockMvc,
 * sessions in the embedded PostgreSQL), with the production Argon2 cost: password only, password plus
 * the TOTP step, and password plus a passkey (options and the signed answer, verified by webauthn4j).
 * Each account signs in once per series (a TOTP code is accepted only once). Not a
 * test of the normal run (its name does not end in {@code Tests}); run it explicitly:
 *
 * <pre>
 * ./mvnw -o -q -Dlagezentrum.build-dir=target-mfa test -Dtest=MfaSignInBenchmark
 * </pre>
 *
 * The figures are logged as a warning by {@code de.lagezentrum.organisation.web.MfaSignInBenchmark}.
 */
@Tag("benchmark")
@IntegrationTest
@TestPropertySource(properties = {"lagezentrum.security.argon2.memory-kib=19456",
        "lagezentrum.security.argon2.iterations=2", "lagezentrum.security.login.max-failures-per-address=1000"})
class MfaSignInBenchmark {

    private static final Logger log = LoggerFactory.getLogger(MfaSignInBenchmark.class);
    private static final int ACCOUNTS = 40;
    private static final int WARM_UP = 5;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisation organisation;

    @Test
    void measure() {
        TestTenant tenant = organisation.newTenant("Messstadt " + UUID.randomUUID());
        List<CurrentUser> users = new ArrayList<>();
        for (int i = 0; i < ACCOUNTS; i++) {
            users.add(tenant.user("Messperson " + i, Role.EMPLOYEE));
        }
        passwordOnly(users);
        // The second series counts: the first one warms up the JIT and the connection pool.
        List<Long> passwordOnly = passwordOnly(users);
        List<String> secrets = users.stream().map(user -> MfaTestSupport.enrol(mvc, user.username()).secret()).toList();
        List<Long> twoSteps = new ArrayList<>();
        for (int i = 0; i < ACCOUNTS; i++) {
            long start = System.nanoTime();
            signInWithCode(users.get(i), secrets.get(i));
            twoSteps.add(System.nanoTime() - start);
        }
        List<CurrentUser> passkeyUsers = new ArrayList<>();
        List<TestPasskey> passkeys = new ArrayList<>();
        for (int i = 0; i < ACCOUNTS; i++) {
            CurrentUser user = tenant.user("Passkeyperson " + i, Role.EMPLOYEE);
            passkeyUsers.add(user);
            passkeys.add(register(user));
        }
        List<Long> withPasskey = new ArrayList<>();
        for (int i = 0; i < ACCOUNTS; i++) {
            long start = System.nanoTime();
            signInWithPasskey(passkeyUsers.get(i), passkeys.get(i));
            withPasskey.add(System.nanoTime() - start);
        }
        log.warn("Sign-in, password only: median {} ms, p90 {} ms; password + TOTP step: median {} ms, p90 {} ms; "
                        + "password + passkey: median {} ms, p90 {} ms "
                        + "({} accounts, first {} not counted, Argon2id 19 MiB / 2 iterations)",
                millis(passwordOnly, 0.5), millis(passwordOnly, 0.9), millis(twoSteps, 0.5), millis(twoSteps, 0.9),
                millis(withPasskey, 0.5), millis(withPasskey, 0.9), ACCOUNTS, WARM_UP);
    }

    private List<Long> passwordOnly(List<CurrentUser> users) {
        List<Long> times = new ArrayList<>();
        for (CurrentUser user : users) {
            long start = System.nanoTime();
            WebTestSupport.login(mvc, user.username(), TestOrganisation.PASSWORD);
            times.add(System.nanoTime() - start);
        }
        return times;
    }

    private void signInWithCode(CurrentUser user, String secret) {
        MvcTestResult password = mvc.post().uri("/login").with(csrf()).param("username", user.username())
                .param("password", TestOrganisation.PASSWORD).exchange();
        assertThat(password).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/login/mfa");
        Cookie session = password.getResponse().getCookie(WebTestSupport.SESSION_COOKIE);
        assertThat(mvc.post().uri("/login/mfa").cookie(session).with(csrf()).param("code", TestTotp.code(secret, 1)))
                .hasStatus3xxRedirection().redirectedUrl().isEqualTo("/");
    }

    private TestPasskey register(CurrentUser user) {
        Cookie session = WebTestSupport.login(mvc, user.username(), TestOrganisation.PASSWORD);
        TestPasskey passkey = new TestPasskey();
        String options = json(session, "/profile/mfa/passkey/options", null);
        json(session, "/profile/mfa/passkey", passkey.register(options, PasskeyWebTests.ORIGIN, "Messschlüssel"));
        return passkey;
    }

    private void signInWithPasskey(CurrentUser user, TestPasskey passkey) {
        MvcTestResult password = mvc.post().uri("/login").with(csrf()).param("username", user.username())
                .param("password", TestOrganisation.PASSWORD).exchange();
        assertThat(password).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/login/mfa");
        Cookie session = password.getResponse().getCookie(WebTestSupport.SESSION_COOKIE);
        String options = json(session, "/login/mfa/passkey/options", null);
        assertThat(json(session, "/login/mfa/passkey", passkey.answer(options, PasskeyWebTests.ORIGIN)))
                .contains("\"authenticated\":true");
    }

    private String json(Cookie session, String path, String body) {
        var request = mvc.post().uri(path).cookie(session).with(csrf()).accept(MediaType.APPLICATION_JSON);
        MvcTestResult result = body == null ? request.exchange()
                : request.contentType(MediaType.APPLICATION_JSON).content(body).exchange();
        assertThat(result).hasStatusOk();
        try {
            return result.getResponse().getContentAsString();
        }
        catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long millis(List<Long> nanos, double quantile) {
        List<Long> counted = new ArrayList<>(nanos.subList(WARM_UP, nanos.size()));
        Collections.sort(counted);
        return counted.get((int) Math.floor(quantile * (counted.size() - 1))) / 1_000_000;
    }
}
