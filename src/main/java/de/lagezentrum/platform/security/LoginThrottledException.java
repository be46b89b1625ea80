package de.lagezentrum.platform.security;

import java.io.Serial;
import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** A login attempt refused without checking the password because of too many recent failures. */
public class LoginThrottledException extends AuthenticationException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public LoginThrottledException(Duration retryAfter) {
        super("Too many failed logins");
        this.retryAfter = retryAfter;
    }

    /** How long the client should wait before trying again. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** {@link #retryAfter()} in whole seconds, at least one, for the {@code Retry-After} header. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
