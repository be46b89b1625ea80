package de.lagezentrum.platform.security;

import java.util.Optional;

/**
 * Resolves a bearer token of API v1 to the user it was issued to. Implemented by the module that owns
 * accounts; answers empty for unknown, revoked or expired tokens.
 */
public interface ApiTokenAuthenticator {

    /** The user behind a raw bearer token, if the token is valid now. */
    Optional<CurrentUser> authenticate(String rawToken);
}
