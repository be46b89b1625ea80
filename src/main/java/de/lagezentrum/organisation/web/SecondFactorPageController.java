package de.lagezentrum.organisation.web;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import de.lagezentrum.organisation.mfa.SecondFactors;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.security.LoginThrottledException;
import de.lagezentrum.platform.security.StepUp;

/**
 * The second step of a sign-in: a passkey ({@link PasskeyPageController}), a TOTP code or a recovery
 * code after the password.
 */
@Controller
@RequestMapping("/login/mfa")
class SecondFactorPageController {

    private final SecondFactors secondFactors;
    private final StepUp stepUp;

    SecondFactorPageController(SecondFactors secondFactors, StepUp stepUp) {
        this.secondFactors = secondFactors;
        this.stepUp = stepUp;
    }

    @GetMapping
    String show(Model model) {
        if (CurrentUser.current().isEmpty()) {
            return "redirect:/login";
        }
        if (!factors(model)) {
            // Nothing to check (no second factor set up): the sign-in is complete or goes to the enrolment.
            return "redirect:/";
        }
        if (!model.containsAttribute("second")) {
            model.addAttribute("second", new CodeForm());
        }
        return "organisation/mfa-verify";
    }

    @PostMapping
    String verify(@Valid @ModelAttribute("second") CodeForm form, BindingResult errors, Model model,
            HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        if (CurrentUser.current().isEmpty()) {
            return "redirect:/login";
        }
        if (!factors(model)) {
            // A code for an account without a second factor can only be wrong: it must not count as a failure.
            return "redirect:/";
        }
        String[] factor = new String[1];
        try {
            if (!errors.hasErrors() && FormErrors.attempt(errors, () -> factor[0] = secondFactors
                    .verify(CurrentUser.require(), form.getCode(), request.getRemoteAddr()))) {
                stepUp.raiseAndContinue(request, response, factor[0]);
                return null;
            }
        }
        catch (LoginThrottledException e) {
            MfaPageController.answerThrottled(e, model, response);
        }
        form.setCode("");
        return "organisation/mfa-verify";
    }

    /** Puts which factors the page offers into the model; false when the account has none. */
    private boolean factors(Model model) {
        var status = secondFactors.status(CurrentUser.require());
        model.addAttribute("totp", status.totp());
        model.addAttribute("passkeys", !status.passkeys().isEmpty());
        return status.enrolled();
    }
}
