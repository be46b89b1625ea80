package de.lagezentrum.platform.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How claims of the OpenID Connect provider are read, bound from {@code lagezentrum.oidc.*}.
 *
 * @param rolesClaim claim with the roles; dotted paths such as {@code realm_access.roles} are followed
 * @param usernameClaim claim with the login name
 * @param multiFactorAmr values of the ID token's {@code amr} claim that mean the provider checked more
 *        than one factor (RFC 8176); such a login needs no second factor here
 * @param multiFactorAcr values of the {@code acr} claim that mean the same (e.g. a Keycloak level of
 *        assurance); empty means {@code acr} is not looked at
 */
@ConfigurationProperties("lagezentrum.oidc")
public record OidcProperties(@DefaultValue("roles") String rolesClaim,
        @DefaultValue("preferred_username") String usernameClaim,
        @DefaultValue({"mfa", "otp", "hwk", "swk"}) Set<String> multiFactorAmr,
        @DefaultValue({}) Set<String> multiFactorAcr) {

    /** Whether these ID token claims report a multi-factor sign-in. */
    public boolean multiFactor(Map<String, Object> claims) {
        Object amr = claims.get("amr");
        Collection<?> methods = amr instanceof Collection<?> list ? list : amr == null ? List.of() : List.of(amr);
        Object acr = claims.get("acr");
        return methods.stream().map(String::valueOf).anyMatch(multiFactorAmr::contains)
                || acr != null && multiFactorAcr.contains(acr.toString());
    }
}
