package de.lagezentrum.organisation.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import de.lagezentrum.organisation.PasswordLinks;
import de.lagezentrum.platform.web.NotFoundException;

/**
 * {@code /password/set?token=…}: whoever holds a set-password link (e.g. a new municipality's admin)
 * chooses a password, without being signed in. Public and rate-limited; an unknown, used or expired
 * link answers 404 with a page that says so.
 */
@Controller
@RequestMapping("/password/set")
class PasswordSetPageController {

    private final PasswordLinks links;

    PasswordSetPageController(PasswordLinks links) {
        this.links = links;
    }

    @GetMapping
    String show(@RequestParam(defaultValue = "") String token, Model model, HttpServletResponse response) {
        PasswordSetForm form = new PasswordSetForm();
        form.setToken(token);
        return page(form, model, response);
    }

    @PostMapping
    String set(@Valid @ModelAttribute("password") PasswordSetForm form, BindingResult errors, Model model,
            HttpServletResponse response) {
        form.checkConfirmation(errors);
        try {
            if (errors.hasErrors() || !FormErrors.attempt(errors,
                    () -> links.setPasswordByAnonymousLink(form.getToken(), form.getNewPassword()))) {
                form.clearPasswords();
                return page(form, model, response);
            }
        }
        catch (NotFoundException e) {
            return page(form, model, response);
        }
        return "redirect:/login?passwordSet";
    }

    private String page(PasswordSetForm form, Model model, HttpServletResponse response) {
        Optional<String> username = links.usernameForAnonymousLink(form.getToken());
        if (username.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
        }
        model.addAttribute("password", form);
        model.addAttribute("username", username.orElse(null));
        return "organisation/password-set";
    }
}
