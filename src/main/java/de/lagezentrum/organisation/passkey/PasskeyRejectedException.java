package de.lagezentrum.organisation.passkey;

import org.jspecify.annotations.Nullable;

/**
 * The browser's answer to a passkey ceremony did not verify. The message is for the log only: the
 * user learns that the passkey was not accepted, not why.
 */
public class PasskeyRejectedException extends RuntimeException {

    public PasskeyRejectedException(@Nullable String reason) {
        super(reason);
    }
}
