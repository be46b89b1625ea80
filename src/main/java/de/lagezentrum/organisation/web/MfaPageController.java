package de.lagezentrum.organisation.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.lagezentrum.organisation.mfa.SecondFactors;
import de.lagezentrum.platform.documents.QrCodes;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.security.LoginThrottledException;
import de.lagezentrum.platform.security.SecondFactor;
import de.lagezentrum.platform.security.StepUp;

/**
 * Setting up TOTP on the profile: QR code and secret, confirmation with a first code, the recovery
 * codes shown once; and removing it again with the password or a code.
 */
@Controller
@RequestMapping("/profile/mfa")
class MfaPageController {

    private final SecondFactors secondFactors;
    private final StepUp stepUp;
    private final MessageSource messages;

    MfaPageController(SecondFactors secondFactors, StepUp stepUp, MessageSource messages) {
        this.secondFactors = secondFactors;
        this.stepUp = stepUp;
        this.messages = messages;
    }

    @GetMapping("/totp")
    String enrolment(Model model) {
        CurrentUser user = CurrentUser.require();
        if (secondFactors.status(user).totp()) {
            return "redirect:/profile";
        }
        model.addAttribute("passkeys", !secondFactors.status(user).passkeys().isEmpty());
        var enrolment = secondFactors.beginTotp(user);
        model.addAttribute("secret", grouped(enrolment.secret()));
        model.addAttribute("qrCode", QrCodes.svg(enrolment.otpauthUri(),
                messages.getMessage("mfa.enrol.qr.label", null, LocaleContextHolder.getLocale())));
        model.addAttribute("required", secondFactors.status(user).required());
        if (!model.containsAttribute("enrol")) {
            model.addAttribute("enrol", new CodeForm());
        }
        return "organisation/mfa-enrol";
    }

    @PostMapping("/totp")
    String confirm(@Valid @ModelAttribute("enrol") CodeForm form, BindingResult errors, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        List<?>[] codes = new List<?>[1];
        if (errors.hasErrors() || !FormErrors.attempt(errors, () -> codes[0] = secondFactors.confirmTotp(
                CurrentUser.require(), form.getCode(), request.getRemoteAddr()))) {
            form.setCode("");
            return enrolment(model);
        }
        // The first code proves the new factor: the session steps up (new id) and may go everywhere.
        stepUp.raise(request, response, SecondFactor.TOTP);
        model.addAttribute("recoveryCodes", codes[0]);
        return "organisation/mfa-recovery-codes";
    }

    @PostMapping("/totp/remove")
    String remove(@Valid @ModelAttribute("removal") CodeForm form, BindingResult errors,
            HttpServletRequest request, RedirectAttributes redirect) {
        if (errors.hasErrors() || !FormErrors.attempt(errors, () -> secondFactors.removeTotp(CurrentUser.require(),
                form.getCode(), request.getRemoteAddr()))) {
            redirect.addFlashAttribute("mfaRemovalFailed", true);
            return "redirect:/profile#mfa-heading";
        }
        redirect.addFlashAttribute("mfaRemoved", true);
        return "redirect:/profile";
    }

    @ExceptionHandler(LoginThrottledException.class)
    String throttled(LoginThrottledException e, Model model, HttpServletResponse response) {
        answerThrottled(e, model, response);
        return "organisation/mfa-throttled";
    }

    /** 429 with {@code Retry-After}, and the wait in minutes for the page. */
    static void answerThrottled(LoginThrottledException e, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
        model.addAttribute("retryAfterMinutes", (e.retryAfterSeconds() + 59) / 60);
    }

    /** The secret in groups of four, easier to type into an app by hand. */
    static String grouped(String secret) {
        return String.join(" ", secret.split("(?<=\\G.{4})"));
    }
}
