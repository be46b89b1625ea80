package de.lagezentrum.organisation.web;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.lagezentrum.organisation.MunicipalityManagement;
import de.lagezentrum.platform.security.CurrentUser;

/** The admin sets the municipality's name, time zone, regional key and demo switch. */
@Controller
@RequestMapping("/admin/municipality")
class MunicipalityPageController {

    private final MunicipalityManagement municipalities;

    MunicipalityPageController(MunicipalityManagement municipalities) {
        this.municipalities = municipalities;
    }

    @GetMapping
    String show(Model model) {
        if (!model.containsAttribute("municipality")) {
            model.addAttribute("municipality", MunicipalityForm.of(municipalities.municipality(CurrentUser.require())));
        }
        return "organisation/municipality";
    }

    @PostMapping
    String update(@Valid @ModelAttribute("municipality") MunicipalityForm form, BindingResult errors,
            RedirectAttributes redirect) {
        if (errors.hasErrors() || !FormErrors.attempt(errors,
                () -> municipalities.updateMunicipality(CurrentUser.require(), form.settings(), form.getVersion()))) {
            return "organisation/municipality";
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/admin/municipality";
    }
}
