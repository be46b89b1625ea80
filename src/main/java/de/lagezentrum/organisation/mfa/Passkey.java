package de.lagezentrum.organisation.mfa;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A passkey of an account, as its owner sees it on the profile.
 *
 * @param label the name the owner gave it, e.g. "Diensthandy"
 * @param lastUsedAt the last sign-in with it; null when it was never used since its registration
 */
public record Passkey(UUID id, String label, Instant createdAt, @Nullable Instant lastUsedAt) {
}
