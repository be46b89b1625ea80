package de.lagezentrum.platform.security;

import java.io.Serial;

import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/** A sign-in refused without looking at the password, because the {@link LoginThrottle} blocks it (429). */
public class SignInThrottled extends AbstractAuthenticationFailureEvent {

    @Serial
    private static final long serialVersionUID = 1L;

    public SignInThrottled(Authentication authentication, AuthenticationException exception) {
        super(authentication, exception);
    }
}
