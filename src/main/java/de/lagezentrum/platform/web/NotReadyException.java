package de.lagezentrum.platform.web;

import java.io.Serial;

import org.springframework.dao.TransientDataAccessException;

/**
 * What a request needs is not there yet but will be in a moment: on the very first start the web server
 * accepts requests a few seconds before the first municipality has been created. Answers 503 with
 * {@code Retry-After}, like a database that is briefly away, never 500.
 */
public class NotReadyException extends TransientDataAccessException {

    @Serial
    private static final long serialVersionUID = 1L;

    public NotReadyException(String what) {
        super(what);
    }
}
