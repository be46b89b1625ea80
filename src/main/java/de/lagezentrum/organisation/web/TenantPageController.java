package de.lagezentrum.organisation.web;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.lagezentrum.organisation.TenantManagement;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.PageRequest;

/** The operator lists the municipalities of the installation and adds one. */
@Controller
@RequestMapping("/operator/tenants")
class TenantPageController {

    private final TenantManagement tenants;

    TenantPageController(TenantManagement tenants) {
        this.tenants = tenants;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        if (!model.containsAttribute("tenant")) {
            model.addAttribute("tenant", new TenantForm());
        }
        model.addAttribute("tenants", tenants.listAllTenants(CurrentUser.require(), new PageRequest(Math.max(0, page), 50)));
        return "organisation/tenants";
    }

    @PostMapping
    String create(@Valid @ModelAttribute("tenant") TenantForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors() || !FormErrors.attempt(errors,
                () -> tenants.createTenantWithAdmin(CurrentUser.require(), form.command()))) {
            return list(0, model);
        }
        redirect.addFlashAttribute("created", form.getName().strip());
        redirect.addFlashAttribute("invited", form.getAdminEmail().strip());
        return "redirect:/operator/tenants";
    }
}
