package de.lagezentrum.platform.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Adds a checked second factor to the browser session's authentication: the factor becomes a
 * {@link FactorGrantedAuthority}, the session gets a new id (no session fixation at a step up) and the
 * {@link MfaGate} lets the user through.
 */
@Component
public class StepUp {

    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    /** Adds the factor (one of {@link SecondFactor}'s constants) to the current authentication. */
    public void raise(HttpServletRequest request, HttpServletResponse response, String factor) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (current == null) {
            throw new IllegalStateException("No authentication to raise");
        }
        Authentication raised = current.toBuilder()
                .authorities(authorities -> authorities.add(FactorGrantedAuthority.fromAuthority(factor)))
                .build();
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(raised);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        request.getSession().removeAttribute(MfaGate.PENDING);
    }

    /** {@link #raise} and then on to the page first asked for (or the dashboard). */
    public void raiseAndContinue(HttpServletRequest request, HttpServletResponse response, String factor)
            throws IOException, ServletException {
        raise(request, response, factor);
        new SavedRequestAwareAuthenticationSuccessHandler().onAuthenticationSuccess(request, response,
                SecurityContextHolder.getContext().getAuthentication());
    }
}
