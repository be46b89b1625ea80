package de.lagezentrum.briefing.accreditation.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import de.lagezentrum.briefing.AdditionalInformation;
import de.lagezentrum.briefing.Accreditations;
import de.lagezentrum.briefing.LinkState;
import de.lagezentrum.briefing.OpenQuestion;
import de.lagezentrum.briefing.accreditation.web.NoteForms.AnswerForm;
import de.lagezentrum.platform.files.FileRefusedException;
import de.lagezentrum.platform.security.CurrentUser;

/**
 * The journalist's pages, all without an account: the registration form in the press area, and the pages
 * the mailed links open, to confirm the address and to answer the press office's question. A link's page
 * only shows a button (or the answer form): mail scanners that open links do not confirm anything.
 */
@Controller
class RegistrationPageController {

    private static final String REGISTER = "briefing/accreditation/register";
    private static final String RESULT = "briefing/accreditation/link-result";
    private static final String SENT = "redirect:" + AccreditationPages.REGISTRATION + "?sent#registration-sent";

    private final Accreditations accreditations;

    RegistrationPageController(Accreditations accreditations) {
        this.accreditations = accreditations;
    }

    @GetMapping(AccreditationPages.REGISTRATION)
    String form(@RequestParam(required = false) @Nullable String sent, Model model) {
        model.addAttribute("registration", new RegistrationForm());
        model.addAttribute("registrationSent", sent != null);
        return REGISTER;
    }

    /**
     * Every accepted registration ends on the same page, whatever is known about the address; a filled
     * honeypot too, though nothing is stored. The notice travels in the address, not in a session.
     */
    @PostMapping(AccreditationPages.REGISTRATION)
    String register(@Valid @ModelAttribute("registration") RegistrationForm form, BindingResult errors, Locale locale,
            Model model, HttpServletResponse response) {
        // Checked before the fields: a bot's registration gets the same answer as a valid one, errors or not.
        if (form.honeypotFilled()) {
            return SENT;
        }
        if (!errors.hasErrors()) {
            try {
                accreditations.register(CurrentUser.current().orElse(null), form.command(), form.proofDocument(),
                        locale);
                return SENT;
            }
            catch (FileRefusedException e) {
                errors.rejectValue("proof", e.messageKey(), e.messageArguments(), null);
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("registrationSent", false);
        return REGISTER;
    }

    @GetMapping(AccreditationPages.CONFIRMATION)
    String confirmation(@RequestParam(defaultValue = "") String token, Model model, HttpServletResponse response) {
        LinkState state = accreditations.checkConfirmation(token);
        if (state != LinkState.OPEN) {
            return result(state, "confirm", model, response);
        }
        model.addAttribute("token", token);
        return "briefing/accreditation/confirm";
    }

    @PostMapping(AccreditationPages.CONFIRMATION)
    String confirm(@RequestParam(defaultValue = "") String token, Model model, HttpServletResponse response) {
        return result(accreditations.confirm(token), "confirm", model, response);
    }

    @GetMapping(AccreditationPages.ANSWER)
    String question(@RequestParam(defaultValue = "") String token, Model model, HttpServletResponse response) {
        model.addAttribute("answer", new AnswerForm());
        return answerPage(token, model, response);
    }

    @PostMapping(AccreditationPages.ANSWER)
    String answer(@RequestParam(defaultValue = "") String token, @Valid @ModelAttribute("answer") AnswerForm form,
            BindingResult errors, Model model, HttpServletResponse response) {
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return answerPage(token, model, response);
        }
        return result(accreditations.answer(token, new AdditionalInformation(form.getAnswer())), "answer", model,
                response);
    }

    private String answerPage(String token, Model model, HttpServletResponse response) {
        OpenQuestion question = accreditations.question(token);
        if (question.state() != LinkState.OPEN) {
            return result(question.state(), "answer", model, response);
        }
        model.addAttribute("token", token);
        model.addAttribute("question", question);
        return "briefing/accreditation/answer";
    }

    /** The outcome of a link: done, or why not (used and expired links are gone, forged ones unknown). */
    private static String result(LinkState state, String purpose, Model model, HttpServletResponse response) {
        response.setStatus(switch (state) {
            case OPEN, DONE -> HttpStatus.OK.value();
            case USED, EXPIRED -> HttpStatus.GONE.value();
            case INVALID -> HttpStatus.NOT_FOUND.value();
        });
        model.addAttribute("state", state);
        model.addAttribute("purpose", purpose);
        return RESULT;
    }
}
