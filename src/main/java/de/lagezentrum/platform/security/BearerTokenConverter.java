package de.lagezentrum.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationConverter;

/** Reads {@code Authorization: Bearer <token>} (RFC 6750); requests without it stay anonymous. */
class BearerTokenConverter implements AuthenticationConverter {

    private static final String PREFIX = "bearer ";

    @Override
    public @Nullable Authentication convert(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            return null;
        }
        if (header.length() <= PREFIX.length() || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            throw new BadCredentialsException("Malformed Authorization header");
        }
        return BearerTokenAuthentication.unauthenticated(header.substring(PREFIX.length()).trim());
    }
}
