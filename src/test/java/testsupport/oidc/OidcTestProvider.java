package testsupport.oidc;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.boot.web.server.servlet.context.AnnotationConfigServletWebServerApplicationContext;
import org.springframework.core.ResolvableType;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * A real OpenID Connect provider for tests (Spring Authorization Server), running on a random port of
 * {@code 127.0.0.1} in a Spring context of its own. It knows the confidential client
 * {@value #CLIENT_ID} once {@link #registerClient(String) registered}, has users with freely chosen
 * ID-token claims, and issues back-channel logout tokens, which Spring Authorization Server does not
 * send by itself.
 */
public final class OidcTestProvider implements AutoCloseable {

    /** Client id of the application under test. */
    public static final String CLIENT_ID = "lagezentrum";
    /** Its client secret. */
    public static final String CLIENT_SECRET = "lagezentrum-test-secret";

    private static final String BACK_CHANNEL_LOGOUT_EVENT = "http://schemas.openid.net/event/backchannel-logout";

    private final AnnotationConfigServletWebServerApplicationContext context;
    private final String issuer;

    private OidcTestProvider(AnnotationConfigServletWebServerApplicationContext context) {
        this.context = context;
        this.issuer = "http://127.0.0.1:" + context.getWebServer().getPort();
    }

    /** Starts a provider; close it when done. */
    public static OidcTestProvider start() {
        return new OidcTestProvider(new AnnotationConfigServletWebServerApplicationContext(ProviderConfiguration.class));
    }

    /** The issuer, e.g. {@code http://127.0.0.1:40123}; also the base of all provider URLs. */
    public String issuer() {
        return issuer;
    }

    /** Registers (or re-registers) the client {@value #CLIENT_ID} with exactly this redirect URI. */
    public void registerClient(String redirectUri) {
        context.getBean(ProviderClients.class).registerLagezentrum(redirectUri);
    }

    /** Adds a user who signs in with this password; the claims go into each ID token issued to them. */
    public void addUser(String username, String password, Map<String, Object> claims) {
        context.getBean(ProviderUsers.class).add(username, password, claims);
    }

    /** Changes one ID-token claim of a user, effective from the next login. */
    public void putClaim(String username, String claim, Object value) {
        context.getBean(ProviderUsers.class).putClaim(username, claim, value);
    }

    /** The provider session id ({@code sid}) of the last ID token issued to the user. */
    public String sessionIdOf(String username) {
        return context.getBean(ProviderUsers.class).sessionIdOf(username)
                .orElseThrow(() -> new IllegalStateException("No ID token issued to " + username));
    }

    /** A back-channel logout token for this provider session, signed with the provider's own key. */
    public String logoutToken(String sid) {
        return logoutToken(sid, jwkSource());
    }

    /**
     * A logout token like {@link #logoutToken(String)}, but signed with a key the provider never
     * published, under the key id of the provider's key.
     */
    public String logoutTokenSignedByStranger(String sid) {
        try {
            JWK stranger = new RSAKeyGenerator(2048).keyID(providerKey().getKeyID()).generate();
            return logoutToken(sid, new ImmutableJWKSet<>(new JWKSet(stranger)));
        }
        catch (JOSEException ex) {
            throw new IllegalStateException(ex);
        }
    }

    @Override
    public void close() {
        context.close();
    }

    private String logoutToken(String sid, JWKSource<SecurityContext> keys) {
        var header = JwsHeader.with(SignatureAlgorithm.RS256).type("logout+jwt").keyId(providerKey().getKeyID())
                .build();
        var claims = JwtClaimsSet.builder()
                .issuer(issuer)
                .audience(List.of(CLIENT_ID))
                .issuedAt(Instant.now())
                .id(UUID.randomUUID().toString())
                .claim("sid", sid)
                .claim("events", Map.of(BACK_CHANNEL_LOGOUT_EVENT, Map.of()))
                .build();
        return new NimbusJwtEncoder(keys).encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
    }

    private JWK providerKey() {
        try {
            return jwkSource().get(new JWKSelector(new JWKMatcher.Builder().build()), null).get(0);
        }
        catch (KeySourceException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private JWKSource<SecurityContext> jwkSource() {
        return context.<JWKSource<SecurityContext>>getBeanProvider(
                ResolvableType.forClassWithGenerics(JWKSource.class, SecurityContext.class)).getObject();
    }
}
