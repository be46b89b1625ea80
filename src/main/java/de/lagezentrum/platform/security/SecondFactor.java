package de.lagezentrum.platform.security;

import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;

/**
 * The factor authorities (Spring Security's {@link FactorGrantedAuthority}) that count as a second
 * factor besides the password: a TOTP code, a recovery code, a passkey, or a sign-in at an OpenID
 * Connect provider that itself asked for more than one factor.
 */
public final class SecondFactor {

    /** A TOTP code (RFC 6238) was checked. */
    public static final String TOTP = "FACTOR_TOTP";
    /** A one-time recovery code was used instead of a TOTP code. */
    public static final String RECOVERY_CODE = "FACTOR_RECOVERY_CODE";
    /** A passkey (WebAuthn) was checked. */
    public static final String WEBAUTHN = FactorGrantedAuthority.WEBAUTHN_AUTHORITY;
    /** The OpenID Connect provider reported a multi-factor sign-in ({@code amr}/{@code acr}). */
    public static final String PROVIDER_MFA = "FACTOR_PROVIDER_MFA";
    /** Held by an API token that may do nothing but enrol a second factor. */
    public static final String ENROLMENT_ONLY = "MFA_ENROLMENT_ONLY";

    private static final Set<String> SECOND_FACTORS = Set.of(TOTP, RECOVERY_CODE, WEBAUTHN, PROVIDER_MFA);

    private SecondFactor() {
    }

    /** Whether the authentication carries a second factor. */
    public static boolean present(@Nullable Authentication authentication) {
        return authentication != null && authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).anyMatch(SECOND_FACTORS::contains);
    }

    /** Whether the authentication carries the given authority. */
    static boolean has(@Nullable Authentication authentication, String authority) {
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(granted -> authority.equals(granted.getAuthority()));
    }
}
