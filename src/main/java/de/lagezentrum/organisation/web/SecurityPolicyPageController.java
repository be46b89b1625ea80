package de.lagezentrum.organisation.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.lagezentrum.organisation.mfa.MfaPolicy;
import de.lagezentrum.organisation.Role;
import de.lagezentrum.platform.security.CurrentUser;

/** A municipality's admins choose which roles must sign in with a second factor. */
@Controller
@RequestMapping("/admin/security")
class SecurityPolicyPageController {

    private final MfaPolicy policy;

    SecurityPolicyPageController(MfaPolicy policy) {
        this.policy = policy;
    }

    @GetMapping
    String show(Model model) {
        model.addAttribute("policy", policy.policy(CurrentUser.require()));
        model.addAttribute("roles", List.of(Role.values()));
        return "organisation/security-policy";
    }

    @PostMapping
    String change(@RequestParam(name = "roles", required = false) Set<Role> roles, RedirectAttributes redirect) {
        policy.change(CurrentUser.require(), roles == null ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
        redirect.addFlashAttribute("policySaved", true);
        return "redirect:/admin/security";
    }
}
