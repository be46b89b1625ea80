/**
 * Passkeys (WebAuthn) as second factor: the relying party and its storage. Internal to the
 * organisation module; {@code SecondFactors} is the facade the pages use.
 */
@NullMarked
package de.lagezentrum.organisation.passkey;

import org.jspecify.annotations.NullMarked;
