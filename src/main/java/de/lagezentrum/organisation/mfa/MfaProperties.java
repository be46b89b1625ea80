package de.lagezentrum.organisation.mfa;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Multi-factor settings of the installation, bound from {@code lagezentrum.mfa.*}.
 *
 * @param requiredRoles roles that must use a second factor in every municipality (besides the ones a
 *        municipality adds itself); {@code LAGEZENTRUM_MFA_REQUIRED_ROLES}, comma-separated, empty for
 *        none; names of roles this installation does not know are kept and simply match nobody
 * @param issuer the name authenticator apps show next to the code
 * @param secretKey the key that encrypts TOTP secrets at rest, Base64 of 32 random bytes
 *        ({@code LAGEZENTRUM_MFA_SECRET_KEY}; the same on every instance); when null, the file
 *        {@code mfa-secret.key} in the data directory, made on first start
 */
@ConfigurationProperties("lagezentrum.mfa")
public record MfaProperties(
        @DefaultValue({"ADMIN", "OPERATOR", "STAFF_LEAD", "PRESS_OFFICE"}) Set<String> requiredRoles,
        @DefaultValue("Lagezentrum") String issuer,
        @Nullable String secretKey) {

    public MfaProperties {
        requiredRoles = requiredRoles.stream().map(role -> role.strip().toUpperCase(Locale.ROOT))
                .filter(role -> !role.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }
}
