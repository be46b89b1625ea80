package de.lagezentrum.briefing.press.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.lagezentrum.briefing.BriefingPublications;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.ConflictException;
import de.lagezentrum.platform.web.InvalidInputException;

/**
 * The press office publishes, revises and withdraws a briefing from its page (<code>/briefings/&#123;id&#125;</code>,
 * section "Veröffentlichung"). Every answer goes back to that page: a refusal with its message and the
 * text as typed (flash attributes), so the briefing page's own controller renders it.
 */
@Controller
class PublicationPageController {

    private final BriefingPublications publications;

    PublicationPageController(BriefingPublications publications) {
        this.publications = publications;
    }

    @PostMapping("/briefings/{id}/publish")
    String publish(@PathVariable UUID id, @RequestParam(defaultValue = "") String summary, RedirectAttributes redirect) {
        try {
            publications.publish(CurrentUser.require(), id, summary);
            redirect.addFlashAttribute("published", true);
        }
        catch (InvalidInputException e) {
            refused(redirect, "publish", e.messageKey(), summary);
        }
        catch (ConflictException e) {
            refused(redirect, "publish", e.messageKey(), summary);
        }
        return "redirect:/briefings/" + id + "#publication-heading";
    }

    @PostMapping("/briefings/{id}/withdraw")
    String withdraw(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        try {
            publications.withdraw(CurrentUser.require(), id, reason);
            redirect.addFlashAttribute("withdrawn", true);
        }
        catch (InvalidInputException e) {
            refused(redirect, "withdraw", e.messageKey(), reason);
        }
        catch (ConflictException e) {
            refused(redirect, "withdraw", e.messageKey(), reason);
        }
        return "redirect:/briefings/" + id + "#publication-heading";
    }

    /** The refusal's message and the text as typed, for the briefing page. */
    private static void refused(RedirectAttributes redirect, String form, String messageKey, String text) {
        redirect.addFlashAttribute(form + "Error", messageKey);
        redirect.addFlashAttribute(form + "Text", text);
    }
}
