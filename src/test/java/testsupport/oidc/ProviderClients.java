package testsupport.oidc;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;

/**
 * The clients registered at the test provider. Registration happens after start-up, because the
 * redirect URI contains the port of the application under test, which starts after the provider.
 */
final class ProviderClients implements RegisteredClientRepository {

    private final Map<String, RegisteredClient> byId = new ConcurrentHashMap<>();

    /** Registers the confidential Lagezentrum client: code flow, openid/profile/email, no consent screen. */
    void registerLagezentrum(String redirectUri) {
        save(RegisteredClient.withId(OidcTestProvider.CLIENT_ID)
                .clientId(OidcTestProvider.CLIENT_ID)
                .clientSecret("{noop}" + OidcTestProvider.CLIENT_SECRET)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(redirectUri)
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .scope(OidcScopes.EMAIL)
                .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
                .build());
    }

    @Override
    public void save(RegisteredClient client) {
        byId.put(client.getId(), client);
    }

    @Override
    public RegisteredClient findById(String id) {
        return byId.get(id);
    }

    @Override
    public RegisteredClient findByClientId(String clientId) {
        return byId.values().stream()
                .filter(client -> Objects.equals(client.getClientId(), clientId))
                .findFirst().orElse(null);
    }
}
