package de.lagezentrum.organisation.web;

import java.util.UUID;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.lagezentrum.organisation.OrganisationManagement;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.PageRequest;

/** Admins list, create, rename and delete departments. */
@Controller
@RequestMapping("/admin/departments")
class DepartmentPageController {

    private final OrganisationManagement organisation;

    DepartmentPageController(OrganisationManagement organisation) {
        this.organisation = organisation;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        if (!model.containsAttribute("department")) {
            model.addAttribute("department", new DepartmentForm());
        }
        model.addAttribute("departments",
                organisation.departments(CurrentUser.require(), new PageRequest(Math.max(0, page), 50)));
        return "organisation/departments";
    }

    @PostMapping
    String create(@Valid @ModelAttribute("department") DepartmentForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()
                || !FormErrors.attempt(errors, () -> organisation.createDepartment(CurrentUser.require(), form.command()))) {
            return list(0, model);
        }
        redirect.addFlashAttribute("saved", form.getName());
        return "redirect:/admin/departments";
    }

    @GetMapping("/{id}")
    String edit(@PathVariable UUID id, Model model) {
        var department = organisation.department(CurrentUser.require(), id);
        model.addAttribute("departmentId", id);
        if (!model.containsAttribute("department")) {
            model.addAttribute("department", DepartmentForm.of(department));
        }
        return "organisation/department";
    }

    @PostMapping("/{id}")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("department") DepartmentForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors() || !FormErrors.attempt(errors,
                () -> organisation.updateDepartment(CurrentUser.require(), id, form.command(), form.getVersion()))) {
            model.addAttribute("departmentId", id);
            organisation.department(CurrentUser.require(), id);
            return "organisation/department";
        }
        redirect.addFlashAttribute("saved", form.getName());
        return "redirect:/admin/departments";
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable UUID id, RedirectAttributes redirect) {
        var department = organisation.department(CurrentUser.require(), id);
        try {
            organisation.deleteDepartment(CurrentUser.require(), id);
            redirect.addFlashAttribute("deleted", department.name());
        }
        catch (de.lagezentrum.platform.web.ConflictException e) {
            redirect.addFlashAttribute("deleteRefused", department.name());
        }
        return "redirect:/admin/departments";
    }
}
