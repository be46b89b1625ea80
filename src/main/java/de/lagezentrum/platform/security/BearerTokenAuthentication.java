package de.lagezentrum.platform.security;

import java.io.Serial;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** An API request authenticated with a personal bearer token. */
final class BearerTokenAuthentication extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    private final @Nullable String rawToken;
    private final @Nullable CurrentUser user;

    private BearerTokenAuthentication(@Nullable String rawToken, @Nullable CurrentUser user) {
        super(user == null ? List.of()
                : user.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList());
        this.rawToken = rawToken;
        this.user = user;
        setAuthenticated(user != null);
    }

    static BearerTokenAuthentication unauthenticated(String rawToken) {
        return new BearerTokenAuthentication(rawToken, null);
    }

    static BearerTokenAuthentication authenticated(CurrentUser user) {
        return new BearerTokenAuthentication(null, user);
    }

    @Override
    public @Nullable Object getCredentials() {
        return rawToken;
    }

    @Override
    public @Nullable Object getPrincipal() {
        return user;
    }

    @Override
    public String getName() {
        return user == null ? "" : user.username();
    }
}
