package de.lagezentrum.organisation.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.lagezentrum.organisation.ApiTokens;
import de.lagezentrum.organisation.PeopleManagement;
import de.lagezentrum.organisation.mfa.SecondFactors;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.security.SessionTerminator;

/**
 * Everyone edits their own profile and password, sees their second factor, revokes their API tokens
 * and signs out everywhere.
 */
@Controller
@RequestMapping("/profile")
class ProfilePageController {

    private final PeopleManagement people;
    private final ApiTokens tokens;
    private final SessionTerminator sessions;
    private final SecondFactors secondFactors;

    ProfilePageController(PeopleManagement people, ApiTokens tokens, SessionTerminator sessions,
            SecondFactors secondFactors) {
        this.people = people;
        this.tokens = tokens;
        this.sessions = sessions;
        this.secondFactors = secondFactors;
    }

    @GetMapping
    String show(Model model) {
        CurrentUser user = CurrentUser.require();
        var me = people.person(user, user.personId());
        if (!model.containsAttribute("profile")) {
            model.addAttribute("profile", ProfileForm.of(me));
        }
        if (!model.containsAttribute("password")) {
            model.addAttribute("password", new PasswordForm());
        }
        if (!model.containsAttribute("removal")) {
            model.addAttribute("removal", new CodeForm());
        }
        model.addAttribute("me", me);
        model.addAttribute("tokens", tokens.activeTokens(user));
        model.addAttribute("mfa", secondFactors.status(user));
        return "organisation/profile";
    }

    @PostMapping
    String update(@Valid @ModelAttribute("profile") ProfileForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.require();
        var me = people.person(user, user.personId());
        if (errors.hasErrors() || !FormErrors.attempt(errors,
                () -> people.updateProfile(user, form.details(me), form.getVersion()))) {
            return show(model);
        }
        redirect.addFlashAttribute("profileSaved", true);
        return "redirect:/profile";
    }

    @PostMapping("/password")
    String changePassword(@Valid @ModelAttribute("password") PasswordForm form, BindingResult errors, Model model,
            HttpSession session, RedirectAttributes redirect) {
        form.checkConfirmation(errors);
        if (errors.hasErrors() || !FormErrors.attempt(errors, () -> people.changePassword(CurrentUser.require(),
                form.getCurrentPassword(), form.getNewPassword()))) {
            form.clearPasswords();
            return show(model);
        }
        // Whoever else was signed in with the old password is signed out; this browser stays.
        sessions.endOtherSessionsOf(CurrentUser.require().username(), session.getId());
        redirect.addFlashAttribute("passwordChanged", true);
        return "redirect:/profile";
    }

    /** Ends every session of the account, this one included, and revokes its API tokens. */
    @PostMapping("/sign-out-everywhere")
    String signOutEverywhere(HttpServletRequest request, HttpServletResponse response) {
        tokens.signOutEverywhere(CurrentUser.require());
        new SecurityContextLogoutHandler().logout(request, response, null);
        return "redirect:/login?signedOutEverywhere";
    }

    @PostMapping("/tokens/{id}/revoke")
    String revoke(@PathVariable UUID id, RedirectAttributes redirect) {
        tokens.revoke(CurrentUser.require(), id);
        redirect.addFlashAttribute("tokenRevoked", true);
        return "redirect:/profile";
    }
}
