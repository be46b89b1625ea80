/**
 * Second factors of an account: passkeys (WebAuthn, with Spring Security's relying party on
 * webauthn4j), TOTP (RFC 6238) and one-time recovery codes, and which roles must use one. Internal to
 * the organisation module: its pages and the token API use the facade {@link SecondFactors}; the
 * platform's sign-in asks it through {@code MfaPolicyProvider}.
 */
@NullMarked
package de.lagezentrum.organisation.mfa;

import org.jspecify.annotations.NullMarked;
