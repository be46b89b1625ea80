package de.lagezentrum.platform.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.authentication.logout.OidcLogoutToken;
import org.springframework.security.oauth2.client.oidc.session.OidcSessionRegistry;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

/**
 * OpenID Connect login (Keycloak, openDesk), active as soon as a client registration is configured:
 * the configured claims become username and roles of a Lagezentrum account, and the provider's
 * back-channel logout ends the matching sessions in the session store.
 */
@Component
class OidcLogin {

    static final Set<String> ROLES = Set.of("ADMIN", "STAFF_LEAD", "STAFF_MEMBER", "PRESS_OFFICE", "JOURNALIST",
            "EVENT_HOST", "FACILITATOR", "PROGRAMME_OFFICE", "EMPLOYEE");

    private final OidcProperties properties;
    private final OidcAccountProvisioner accounts;
    private final FindByIndexNameSessionRepository<?> sessions;
    private final OidcSessionRegistry oidcSessions;

    OidcLogin(OidcProperties properties, OidcAccountProvisioner accounts, FindByIndexNameSessionRepository<?> sessions,
            JdbcOidcSessionRegistry oidcSessions) {
        this.properties = properties;
        this.accounts = accounts;
        this.sessions = sessions;
        this.oidcSessions = oidcSessions;
    }

    void configure(HttpSecurity http, AuthenticationSuccessHandler afterLogin) throws Exception {
        http.oauth2Login(login -> login
                        .loginPage("/login")
                        .successHandler(afterLogin)
                        .userInfoEndpoint(userInfo -> userInfo.oidcUserService(this::loadUser))
                        .oidcSessionRegistry(oidcSessions))
                .oidcLogout(logout -> logout.backChannel(backChannel -> backChannel
                        .logoutHandler((request, response, authentication) -> endSessions(authentication))));
    }

    private OidcUser loadUser(OidcUserRequest request) {
        OidcUser oidcUser = new OidcUserService().loadUser(request);
        Map<String, Object> claims = oidcUser.getClaims();
        Object usernameClaim = claim(claims, properties.usernameClaim());
        if (usernameClaim == null || usernameClaim.toString().isBlank()) {
            // Without this, every such user would become the one account named "null".
            throw new OAuth2AuthenticationException(new OAuth2Error("invalid_user_info",
                    "No username in claim " + properties.usernameClaim(), null));
        }
        String username = usernameClaim.toString().strip();
        var identity = new OidcAccountProvisioner.OidcIdentity(username, oidcUser.getFullName(), oidcUser.getEmail(),
                roles(claim(claims, properties.rolesClaim())));
        CurrentUser user = accounts.provision(identity);
        return new LagezentrumOidcUser(user, oidcUser, properties.multiFactor(claims));
    }

    private void endSessions(@Nullable Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof OidcLogoutToken logoutToken) {
            for (var session : oidcSessions.removeSessionInformation(logoutToken)) {
                sessions.deleteById(session.getSessionId());
            }
        }
    }

    /** Follows a dotted path such as {@code realm_access.roles} through nested claims. */
    static @Nullable Object claim(Map<String, Object> claims, String path) {
        Object current = claims;
        for (String part : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(part);
        }
        return current;
    }

    /** Role names recognised in a claim value: case-insensitive, optionally prefixed {@code lagezentrum-}. */
    static Set<String> roles(@Nullable Object value) {
        Collection<?> values = value instanceof Collection<?> collection ? collection
                : value == null ? List.of() : List.of(value.toString().split("[,\\s]+"));
        Set<String> roles = new LinkedHashSet<>();
        for (Object each : values) {
            String name = String.valueOf(each).trim().toUpperCase(Locale.ROOT).replace('-', '_');
            if (name.startsWith("LAGEZENTRUM_")) {
                name = name.substring("LAGEZENTRUM_".length());
            }
            if (name.startsWith("ROLE_")) {
                name = name.substring("ROLE_".length());
            }
            if (ROLES.contains(name)) {
                roles.add(name);
            }
        }
        return roles;
    }

    /** An OIDC principal carrying the Lagezentrum user; authorities are the user's roles. */
    static final class LagezentrumOidcUser extends org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser
            implements CurrentUserHolder {

        private static final long serialVersionUID = 1L;

        private final CurrentUser user;

        LagezentrumOidcUser(CurrentUser user, OidcUser oidcUser, boolean multiFactor) {
            super(authorities(user, multiFactor), oidcUser.getIdToken(), oidcUser.getUserInfo());
            this.user = user;
        }

        /** The user's roles, and a second factor when the provider reported a multi-factor sign-in. */
        private static List<GrantedAuthority> authorities(CurrentUser user, boolean multiFactor) {
            List<GrantedAuthority> authorities = new ArrayList<>();
            user.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
            if (multiFactor) {
                authorities.add(FactorGrantedAuthority.fromAuthority(SecondFactor.PROVIDER_MFA));
            }
            return authorities;
        }

        @Override
        public CurrentUser currentUser() {
            return user;
        }

        @Override
        public String getName() {
            return user.username();
        }
    }
}
