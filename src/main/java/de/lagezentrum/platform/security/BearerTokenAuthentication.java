package de.lagezentrum.platform.security;

import java.io.Serial;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** An API request authenticated with a personal bearer token. */
final class BearerTokenAuthentication extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    private final @Nullable String rawToken;
    private final @Nullable CurrentUser user;

    private BearerTokenAuthentication(@Nullable String rawToken, @Nullable CurrentUser user,
            List<? extends GrantedAuthority> authorities) {
        super(authorities);
        this.rawToken = rawToken;
        this.user = user;
        setAuthenticated(user != null);
    }

    static BearerTokenAuthentication unauthenticated(String rawToken) {
        return new BearerTokenAuthentication(rawToken, null, List.of());
    }

    /** A token that may do everything its user may, or (enrolment only) nothing but enrol a second factor. */
    static BearerTokenAuthentication authenticated(ApiTokenAuthenticator.TokenGrant grant) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.BEARER_AUTHORITY));
        if (grant.enrolmentOnly()) {
            authorities.add(new SimpleGrantedAuthority(SecondFactor.ENROLMENT_ONLY));
        }
        else {
            grant.user().roles().forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
        }
        return new BearerTokenAuthentication(null, grant.user(), authorities);
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
