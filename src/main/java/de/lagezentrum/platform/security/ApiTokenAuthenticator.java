package de.lagezentrum.platform.security;

import java.util.Optional;

/**
 * Resolves a bearer token of API v1 to the user it was issued to. Implemented by the module that owns
 * accounts; answers empty for unknown, revoked or expired tokens.
 */
public interface ApiTokenAuthenticator {

    /** The user behind a raw bearer token and what the token may do, if the token is valid now. */
    Optional<TokenGrant> authenticate(String rawToken);

    /**
     * A valid token.
     *
     * @param user the user it was issued to
     * @param enrolmentOnly whether it may do nothing but enrol a second factor
     */
    record TokenGrant(CurrentUser user, boolean enrolmentOnly) {
    }
}
