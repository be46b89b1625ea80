package de.lagezentrum.platform.security;

import java.io.Serial;

import org.springframework.security.core.AuthenticationException;

/** The password was right, but the account has a second factor and none was given. */
public class SecondFactorRequiredException extends AuthenticationException {

    @Serial
    private static final long serialVersionUID = 1L;

    public SecondFactorRequiredException() {
        super("A second factor is required");
    }
}
