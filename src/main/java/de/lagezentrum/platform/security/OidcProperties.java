package de.lagezentrum.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How claims of the OpenID Connect provider are read, bound from {@code lagezentrum.oidc.*}.
 *
 * @param rolesClaim claim with the roles; dotted paths such as {@code realm_access.roles} are followed
 * @param usernameClaim claim with the login name
 */
@ConfigurationProperties("lagezentrum.oidc")
public record OidcProperties(@DefaultValue("roles") String rolesClaim,
        @DefaultValue("preferred_username") String usernameClaim) {
}
