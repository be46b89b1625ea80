package de.lagezentrum.platform.accessibility;

import java.util.UUID;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.NotFoundException;

/**
 * The accessibility statement (Erklärung zur Barrierefreiheit, § 12b BGG), reachable without login
 * from every page, with its feedback form; and the admins' list of feedback.
 */
@Controller
class AccessibilityPageController {

    private final AccessibilityFeedback feedback;

    AccessibilityPageController(AccessibilityFeedback feedback) {
        this.feedback = feedback;
    }

    @GetMapping("/barrierefreiheit")
    String statement(@RequestParam(required = false) @Nullable String sent, Model model) {
        model.addAttribute("feedback", new FeedbackForm());
        model.addAttribute("feedbackSent", sent != null);
        return "platform/accessibility";
    }

    /**
     * The thanks travel in the address ({@code ?sent}), not as a flash attribute: a flash attribute lives
     * in a server session, and an anonymous visitor should not get one for sending feedback.
     */
    @PostMapping("/barrierefreiheit/feedback")
    String submit(@Valid @ModelAttribute("feedback") FeedbackForm form, BindingResult errors) {
        if (errors.hasErrors()) {
            return "platform/accessibility";
        }
        feedback.submit(CurrentUser.current().map(CurrentUser::tenantId).orElse(null), form);
        return "redirect:/barrierefreiheit?sent#feedback-sent";
    }

    @GetMapping("/admin/feedback")
    @PreAuthorize("hasRole('ADMIN')")
    String entries(Model model) {
        model.addAttribute("entries", feedback.entries(CurrentUser.require().tenantId()));
        return "platform/feedback";
    }

    @PostMapping("/admin/feedback/{id}/handled")
    @PreAuthorize("hasRole('ADMIN')")
    String handled(@PathVariable UUID id, RedirectAttributes redirect) {
        if (!feedback.markHandled(CurrentUser.require().tenantId(), id)) {
            throw new NotFoundException("Feedback");
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/admin/feedback";
    }
}
