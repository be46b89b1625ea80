package de.lagezentrum.briefing.video;

import org.jspecify.annotations.Nullable;

/** BigBlueButton refused a call (returncode FAILED), answered something unreadable or was unreachable. */
public class BigBlueButtonException extends RuntimeException {

    private final @Nullable String messageKey;

    BigBlueButtonException(String message, @Nullable String messageKey) {
        super(message);
        this.messageKey = messageKey;
    }

    BigBlueButtonException(String message, Throwable cause) {
        super(message, cause);
        this.messageKey = null;
    }

    /** BigBlueButton's {@code messageKey}, e.g. {@code checksumError}; null when it sent none. */
    public @Nullable String messageKey() {
        return messageKey;
    }
}
