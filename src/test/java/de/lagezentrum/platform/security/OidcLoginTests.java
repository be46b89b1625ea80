package de.lagezentrum.platform.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import de.lagezentrum.Administrator;
import de.lagezentrum.browser.BrowserSupport;
import testsupport.oidc.OidcTestProvider;

/**
 * Single sign-on end to end: a real OpenID Connect provider (Spring Authorization Server, see
 * {@link OidcTestProvider}), the application on a random port configured against it, and a headless
 * Chromium that signs in through the provider's login form. Checks the account that the first login
 * creates, that roles follow the provider on every login, that a login without a username is refused,
 * and that the provider's back-channel logout ends the session in the database while a forged logout
 * token does not. Its own application context, closed afterwards: no other test needs SSO switched on.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.security.oauth2.client.registration.oidc.client-id=" + OidcTestProvider.CLIENT_ID,
        "spring.security.oauth2.client.registration.oidc.client-secret=" + OidcTestProvider.CLIENT_SECRET,
        "spring.security.oauth2.client.registration.oidc.scope=openid,profile,email",
        "lagezentrum.oidc.roles-claim=realm_access.roles"})
@DirtiesContext
class OidcLoginTests {

    private static final String PASSWORD = "Provider-Passwort-2026";

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;

    @Autowired
    @Administrator
    private JdbcClient jdbc;

    @Autowired
    private FindByIndexNameSessionRepository<?> sessions;

    private String app;
    private BrowserContext browserContext;

    /** Started on first use, which is when the application reads the issuer: after logging is set up. */
    private static final class Provider {
        static final OidcTestProvider INSTANCE = OidcTestProvider.start();
    }

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.client.provider.oidc.issuer-uri", () -> Provider.INSTANCE.issuer());
    }

    @AfterAll
    static void stopProvider() {
        Provider.INSTANCE.close();
    }

    @BeforeEach
    void registerApplicationAtProvider() {
        // localhost for the application, 127.0.0.1 for the provider: two sites with separate cookies.
        app = "http://localhost:" + port;
        Provider.INSTANCE.registerClient(app + "/login/oauth2/code/oidc");
    }

    @AfterEach
    void closeBrowserContext() {
        if (browserContext != null) {
            browserContext.close();
        }
    }

    @Test
    void firstLoginCreatesAnExternalAccountWithTheRolesFromTheNestedClaim() {
        Provider.INSTANCE.addUser("sso-stab", PASSWORD, claims("sso-stab", "Stefanie Stab",
                List.of("lagezentrum-staff_member", "EMPLOYEE", "unknown-role")));

        Page page = signIn("sso-stab");

        assertThat(page.locator(".account__profile")).containsText("Stefanie Stab");
        UUID accountId = accountId("sso-stab");
        assertThat(roles(accountId)).containsExactlyInAnyOrder("STAFF_MEMBER", "EMPLOYEE");
        assertThat(jdbc.sql("SELECT external FROM organisation.account WHERE id = ?").param(accountId)
                .query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("SELECT password_hash IS NULL FROM organisation.account WHERE id = ?").param(accountId)
                .query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("SELECT display_name FROM organisation.person p JOIN organisation.account a "
                + "ON a.person_id = p.id WHERE a.id = ?").param(accountId).query(String.class).single())
                .isEqualTo("Stefanie Stab");
        assertThat(auditEntries(accountId, "CREATED_BY_SSO")).isEqualTo(1);
        assertThat(sessions.findByPrincipalName("sso-stab")).hasSize(1);
    }

    @Test
    void rolesFollowTheProviderOnEveryLogin() {
        Provider.INSTANCE.addUser("sso-wechsel", PASSWORD, claims("sso-wechsel", "Wera Wechsel",
                List.of("PRESS_OFFICE")));
        signIn("sso-wechsel");
        UUID accountId = accountId("sso-wechsel");
        assertThat(roles(accountId)).containsExactly("PRESS_OFFICE");
        browserContext.close();

        Provider.INSTANCE.putClaim("sso-wechsel", "realm_access",
                Map.of("roles", List.of("lagezentrum-staff_lead", "employee")));
        signIn("sso-wechsel");

        assertThat(accountId("sso-wechsel")).isEqualTo(accountId);
        assertThat(roles(accountId)).containsExactlyInAnyOrder("STAFF_LEAD", "EMPLOYEE");
        assertThat(auditEntries(accountId, "ROLES_CHANGED")).isEqualTo(1);
        assertThat(auditEntries(accountId, "CREATED_BY_SSO")).isEqualTo(1);
    }

    @Test
    void backChannelLogoutEndsTheSessionButAForgedLogoutTokenDoesNot() throws Exception {
        Provider.INSTANCE.addUser("sso-abmelden", PASSWORD, claims("sso-abmelden", "Anton Abmelden",
                List.of("EMPLOYEE")));
        Page page = signIn("sso-abmelden");
        String sid = Provider.INSTANCE.sessionIdOf("sso-abmelden");

        assertThat(postLogoutToken(Provider.INSTANCE.logoutTokenSignedByStranger(sid))).isEqualTo(400);
        assertThat(sessions.findByPrincipalName("sso-abmelden")).hasSize(1);
        page.navigate(app + "/");
        assertThat(page).hasURL(app + "/");
        assertThat(dashboardHeading(page)).isVisible();

        assertThat(postLogoutToken(Provider.INSTANCE.logoutToken(sid))).isEqualTo(200);
        assertThat(sessions.findByPrincipalName("sso-abmelden")).isEmpty();
        page.navigate(app + "/");
        assertThat(page).hasURL(app + "/login");
    }

    @Test
    void aProviderLoginCountsAsMultiFactorOnlyWhenTheProviderSaysSo() {
        Map<String, Object> claims = new java.util.HashMap<>(claims("sso-zweifach", "Zacharias Zweifach",
                List.of("EMPLOYEE")));
        claims.put("amr", List.of("pwd"));
        Provider.INSTANCE.addUser("sso-zweifach", PASSWORD, claims);
        signIn("sso-zweifach");
        browserContext.close();
        UUID accountId = accountId("sso-zweifach");
        jdbc.sql("""
                INSERT INTO organisation.totp_factor (account_id, tenant_id, secret, created_at, confirmed_at)
                SELECT id, tenant_id, 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', now(), now() FROM organisation.account
                 WHERE id = ?""").param(accountId).update();

        Page onePassword = signInAtProvider("sso-zweifach");
        assertThat(onePassword).hasURL(app + "/login/mfa");
        onePassword.navigate(app + "/");
        assertThat(onePassword).hasURL(app + "/login/mfa");
        browserContext.close();

        Provider.INSTANCE.putClaim("sso-zweifach", "amr", List.of("pwd", "otp"));
        signIn("sso-zweifach");
    }

    @Test
    void loginWithoutTheUsernameClaimIsRefused() {
        Provider.INSTANCE.addUser("sso-namenlos", PASSWORD, Map.of("name", "Nora Namenlos",
                "realm_access", Map.of("roles", List.of("EMPLOYEE"))));

        Page page = signInAtProvider("sso-namenlos");

        assertThat(page).hasURL(app + "/login?error");
        assertThat(jdbc.sql("SELECT count(*) FROM organisation.account WHERE username IN ('null', 'sso-namenlos')")
                .query(Long.class).single()).isZero();
    }

    /** Signs in through the SSO button in a fresh browser and returns the dashboard page. */
    private Page signIn(String username) {
        Page page = signInAtProvider(username);
        assertThat(page).hasURL(app + "/");
        assertThat(dashboardHeading(page)).isVisible();
        return page;
    }

    /** Clicks the SSO button in a fresh browser and submits the provider's login form. */
    private Page signInAtProvider(String username) {
        browserContext = BrowserSupport.newContext(app, true);
        Page page = browserContext.newPage();
        page.navigate(app + "/login");
        var sso = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mit Single Sign-on anmelden"));
        assertThat(sso).isVisible();
        sso.click();

        assertThat(page).hasURL(Provider.INSTANCE.issuer() + "/login");
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill(PASSWORD);
        page.locator("button[type=submit]").click();
        return page;
    }

    private static Locator dashboardHeading(Page page) {
        return page.getByRole(AriaRole.HEADING,
                new Page.GetByRoleOptions().setName("Lage auf einen Blick").setLevel(1));
    }

    private static Map<String, Object> claims(String username, String name, List<String> roles) {
        return Map.of("preferred_username", username, "name", name, "email", username + "@sso.example",
                "realm_access", Map.of("roles", roles));
    }

    private int postLogoutToken(String token) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(app + "/logout/connect/back-channel/oidc"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "logout_token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private UUID accountId(String username) {
        return jdbc.sql("SELECT id FROM organisation.account WHERE username = ?").param(username)
                .query(UUID.class).single();
    }

    private List<String> roles(UUID accountId) {
        return jdbc.sql("SELECT role FROM organisation.account_role WHERE account_id = ?").param(accountId)
                .query(String.class).list();
    }

    private long auditEntries(UUID accountId, String action) {
        return jdbc.sql("SELECT count(*) FROM platform.audit_entry WHERE entity_id = ? AND action = ?")
                .params(accountId, action).query(Long.class).single();
    }
}
