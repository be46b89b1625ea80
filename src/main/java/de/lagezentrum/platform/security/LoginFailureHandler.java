package de.lagezentrum.platform.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * A failed form login returns to the login page with a message; a throttled one answers 429 with
 * {@code Retry-After} and the login page explaining the wait.
 */
class LoginFailureHandler implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException failure) throws IOException, ServletException {
        if (failure instanceof LoginThrottledException throttled) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(throttled.retryAfterSeconds()));
            request.setAttribute("retryAfterMinutes", (throttled.retryAfterSeconds() + 59) / 60);
            request.getRequestDispatcher("/login/throttled").forward(request, response);
            return;
        }
        response.sendRedirect(request.getContextPath() + "/login?error");
    }
}
