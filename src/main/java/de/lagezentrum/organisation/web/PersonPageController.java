package de.lagezentrum.organisation.web;

import java.util.Arrays;
import java.util.UUID;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.lagezentrum.organisation.OrganisationManagement;
import de.lagezentrum.organisation.PeopleManagement;
import de.lagezentrum.organisation.Role;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.PageRequest;

/** Admins find, create and change people and their accounts. The list filters live with htmx. */
@Controller
@RequestMapping("/admin/people")
class PersonPageController {

    private final PeopleManagement people;
    private final OrganisationManagement organisation;

    PersonPageController(PeopleManagement people, OrganisationManagement organisation) {
        this.people = people;
        this.organisation = organisation;
    }

    @GetMapping
    String list(@RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable UUID department, @RequestParam(defaultValue = "0") int page,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmxRequest, Model model) {
        CurrentUser user = CurrentUser.require();
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("department", department);
        model.addAttribute("departments", organisation.allDepartments(user));
        model.addAttribute("people", people.people(user, q, department, new PageRequest(Math.max(0, page), 25)));
        return "true".equals(htmxRequest) ? "organisation/people :: results" : "organisation/people";
    }

    @GetMapping("/new")
    String newPerson(Model model) {
        if (!model.containsAttribute("person")) {
            model.addAttribute("person", new PersonForm());
        }
        return form(model, null);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("person") PersonForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()
                || !FormErrors.attempt(errors, () -> people.createPerson(CurrentUser.require(), form.newPerson()))) {
            return form(model, null);
        }
        redirect.addFlashAttribute("saved", form.getDisplayName());
        return "redirect:/admin/people";
    }

    @GetMapping("/{id}")
    String edit(@PathVariable UUID id, Model model) {
        var person = people.person(CurrentUser.require(), id);
        if (!model.containsAttribute("person")) {
            model.addAttribute("person", PersonForm.of(person));
        }
        model.addAttribute("hasAccount", person.hasAccount());
        return form(model, id);
    }

    @PostMapping("/{id}")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("person") PersonForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        var person = people.person(CurrentUser.require(), id);
        if (errors.hasErrors()
                || !FormErrors.attempt(errors, () -> people.updatePerson(CurrentUser.require(), id, form.change()))) {
            model.addAttribute("hasAccount", person.hasAccount());
            return form(model, id);
        }
        redirect.addFlashAttribute("saved", form.getDisplayName());
        return "redirect:/admin/people";
    }

    private String form(Model model, @Nullable UUID id) {
        model.addAttribute("personId", id);
        model.addAttribute("departments", organisation.allDepartments(CurrentUser.require()));
        // Only operators see (and grant) the operator role; the facade keeps it for everyone else.
        model.addAttribute("allRoles", Arrays.stream(Role.values())
                .filter(role -> role != Role.OPERATOR || CurrentUser.require().hasRole(Role.OPERATOR.name())).toList());
        return "organisation/person";
    }
}
