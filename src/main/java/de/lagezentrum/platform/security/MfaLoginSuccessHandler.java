package de.lagezentrum.platform.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * After the first factor (password or single sign-on): an account that needs no second factor goes on
 * as before; one with a second factor is sent to its check, one that must enrol to the enrolment, and
 * the {@link MfaGate} keeps it there.
 */
class MfaLoginSuccessHandler implements AuthenticationSuccessHandler {

    private final MfaPolicyProvider policy;
    private final AuthenticationSuccessHandler next = new SavedRequestAwareAuthenticationSuccessHandler();

    MfaLoginSuccessHandler(MfaPolicyProvider policy) {
        this.policy = policy;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException, ServletException {
        MfaRequirement requirement = SecondFactor.present(authentication) ? MfaRequirement.NONE
                : CurrentUser.from(authentication).map(policy::requirementFor).orElse(MfaRequirement.NONE);
        switch (requirement) {
            case NONE -> {
                request.getSession().removeAttribute(MfaGate.PENDING);
                next.onAuthenticationSuccess(request, response, authentication);
            }
            case VERIFY -> {
                request.getSession().setAttribute(MfaGate.PENDING, requirement.name());
                response.sendRedirect(request.getContextPath() + MfaGate.VERIFY_PATH);
            }
            case ENROL -> {
                request.getSession().setAttribute(MfaGate.PENDING, requirement.name());
                response.sendRedirect(request.getContextPath() + MfaGate.ENROL_PATH + "/totp");
            }
        }
    }
}
