package de.lagezentrum.briefing.accreditation.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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

import de.lagezentrum.briefing.AccreditationStatus;
import de.lagezentrum.briefing.Accreditations;
import de.lagezentrum.briefing.Rejection;
import de.lagezentrum.briefing.RequestForInformation;
import de.lagezentrum.briefing.accreditation.web.NoteForms.QuestionForm;
import de.lagezentrum.briefing.accreditation.web.NoteForms.RejectionForm;
import de.lagezentrum.platform.files.FileResponses;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.ConflictException;
import de.lagezentrum.platform.web.PageRequest;

/**
 * The press office's review of accreditations: the list by status with the count of each, and one
 * accreditation with its history and the three decisions. Only the press office; everyone else is
 * refused by the facade.
 */
@Controller
@RequestMapping(AccreditationPages.REVIEW)
class ReviewPageController {

    static final int PAGE_SIZE = 50;
    private static final String DETAIL = "briefing/accreditation/review";

    private final Accreditations accreditations;

    ReviewPageController(Accreditations accreditations) {
        this.accreditations = accreditations;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "PENDING") AccreditationStatus status,
            @RequestParam(defaultValue = "0") int page, Model model) {
        CurrentUser user = CurrentUser.require();
        model.addAttribute("counts", accreditations.counts(user));
        model.addAttribute("status", status);
        model.addAttribute("statuses", AccreditationStatus.values());
        model.addAttribute("result", accreditations.list(user, status, new PageRequest(page, PAGE_SIZE)));
        return "briefing/accreditation/review-list";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable UUID id, Model model) {
        return render(id, model);
    }

    @PostMapping("/{id}/freigeben")
    String approve(@PathVariable UUID id, RedirectAttributes redirect) {
        return decided(id, redirect, "approved", () -> accreditations.approve(CurrentUser.require(), id));
    }

    @PostMapping("/{id}/rueckfrage")
    String requestInformation(@PathVariable UUID id, @Valid @ModelAttribute("question") QuestionForm form,
            BindingResult errors, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (errors.hasErrors()) {
            return refused(id, model, response);
        }
        return decided(id, redirect, "asked", () -> accreditations.requestInformation(CurrentUser.require(), id,
                new RequestForInformation(form.getQuestion())));
    }

    @PostMapping("/{id}/ablehnen")
    String reject(@PathVariable UUID id, @Valid @ModelAttribute("rejection") RejectionForm form,
            BindingResult errors, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (errors.hasErrors()) {
            return refused(id, model, response);
        }
        return decided(id, redirect, "rejected", () -> accreditations.reject(CurrentUser.require(), id,
                new Rejection(form.getReason())));
    }

    @GetMapping("/{id}/nachweis")
    ResponseEntity<Resource> proof(@PathVariable UUID id) {
        return FileResponses.inline(accreditations.proof(CurrentUser.require(), id));
    }

    /** The page again, with the refused form's messages (the other form empty). */
    private String refused(UUID id, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return render(id, model);
    }

    private String render(UUID id, Model model) {
        model.addAttribute("details", accreditations.details(CurrentUser.require(), id));
        if (!model.containsAttribute("question")) {
            model.addAttribute("question", new QuestionForm());
        }
        if (!model.containsAttribute("rejection")) {
            model.addAttribute("rejection", new RejectionForm());
        }
        return DETAIL;
    }

    /** After a decision back to the accreditation; one made by someone else meanwhile is said there. */
    private static String decided(UUID id, RedirectAttributes redirect, String outcome, Runnable decision) {
        try {
            decision.run();
            redirect.addFlashAttribute("decided", outcome);
        }
        catch (ConflictException e) {
            redirect.addFlashAttribute("decided", "conflict");
        }
        return "redirect:" + AccreditationPages.REVIEW + "/" + id + "#decision";
    }
}
