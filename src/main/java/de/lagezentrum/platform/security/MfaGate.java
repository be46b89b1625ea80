package de.lagezentrum.platform.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a browser session that has only its first factor on the one page it may see: the second-factor
 * step ({@link #VERIFY_PATH}) for an account with a second factor, the enrolment
 * ({@link #ENROL_PATH}) for an account that must enrol one. Every other page redirects there until
 * the authentication carries a {@link SecondFactor}.
 */
class MfaGate extends OncePerRequestFilter {

    /** Session attribute holding the {@link MfaRequirement} still open after the first factor. */
    static final String PENDING = "lagezentrum.mfa.pending";
    static final String VERIFY_PATH = "/login/mfa";
    static final String ENROL_PATH = "/profile/mfa";

    private static final List<String> ALWAYS_ALLOWED = List.of("/logout", "/css/", "/js/", "/images/", "/webjars/",
            "/favicon.ico", "/error", "/barrierefreiheit");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        MfaRequirement pending = pending(request.getSession(false));
        if (pending == MfaRequirement.NONE
                || SecondFactor.present(SecurityContextHolder.getContext().getAuthentication())) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String allowed = pending == MfaRequirement.VERIFY ? VERIFY_PATH : ENROL_PATH;
        if (path.equals(allowed) || path.startsWith(allowed + "/")
                || ALWAYS_ALLOWED.stream().anyMatch(path::startsWith)) {
            chain.doFilter(request, response);
            return;
        }
        response.sendRedirect(request.getContextPath() + (pending == MfaRequirement.VERIFY ? VERIFY_PATH
                : ENROL_PATH + "/totp"));
    }

    static MfaRequirement pending(HttpSession session) {
        Object value = session == null ? null : session.getAttribute(PENDING);
        return value instanceof String name ? MfaRequirement.valueOf(name) : MfaRequirement.NONE;
    }
}
