package de.lagezentrum.platform.web;

import java.io.Serial;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Input that is well-formed but not acceptable for one field (e.g. a department of another tenant,
 * a username that is taken). Answers 400 with the field in the error list; forms show it at the field.
 */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class InvalidInputException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String field;
    private final String messageKey;

    public InvalidInputException(String field, String messageKey) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    /** The offending field as named in the request. */
    public String field() {
        return field;
    }

    /** Message bundle key of the explanation. */
    public String messageKey() {
        return messageKey;
    }
}
