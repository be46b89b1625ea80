package de.lagezentrum.platform.web;

import java.io.Serial;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A request that contradicts the current state (a duplicate name, an approved record, a stale
 * version). Answers 409; {@code messageKey} names the user-facing explanation in the bundles.
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class ConflictException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String messageKey;

    public ConflictException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    /** Message bundle key of the explanation. */
    public String messageKey() {
        return messageKey;
    }
}
