package de.lagezentrum.platform.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;

/** Checks a bearer token with the {@link ApiTokenAuthenticator}. */
class BearerTokenAuthenticationProvider implements AuthenticationProvider {

    private final ApiTokenAuthenticator tokens;

    BearerTokenAuthenticationProvider(ApiTokenAuthenticator tokens) {
        this.tokens = tokens;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String raw = String.valueOf(authentication.getCredentials());
        return tokens.authenticate(raw)
                .map(BearerTokenAuthentication::authenticated)
                .orElseThrow(() -> new BadCredentialsException("Invalid bearer token"));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return BearerTokenAuthentication.class.isAssignableFrom(authentication);
    }
}
