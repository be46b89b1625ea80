package de.lagezentrum.organisation.mfa;

import org.jspecify.annotations.Nullable;

/**
 * The browser's answer to a passkey ceremony did not verify. The message is for the log only: the
 * user learns that the passkey was not accepted, not why.
 */
class PasskeyRejectedException extends RuntimeException {

    PasskeyRejectedException(@Nullable String reason) {
        super(reason);
    }
}
