package de.lagezentrum.platform.security;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Maps an identity confirmed by the OpenID Connect provider to a Lagezentrum account, creating it on
 * first login and taking the roles from the provider on every login.
 */
public interface OidcAccountProvisioner {

    /** The account for this identity, created or updated. */
    CurrentUser provision(OidcIdentity identity);

    /**
     * What the provider said about the person.
     *
     * @param username the login name (from the configured username claim)
     * @param displayName the name to show; may be null
     * @param email the e-mail address; may be null
     * @param roles role names recognised in the roles claim
     */
    record OidcIdentity(String username, @Nullable String displayName, @Nullable String email, Set<String> roles) {
    }
}
