package de.lagezentrum.live.ideas.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.lagezentrum.live.IdeaKind;
import de.lagezentrum.live.LiveIdeas;
import de.lagezentrum.platform.security.CurrentUser;

/**
 * The ideas on the team's console: the form target every feature's "mark as idea" button posts to
 * ({@code kind} and {@code sourceId} as hidden fields), unmarking, the list re-read live and the downloads.
 */
@Controller
@RequestMapping("/events/{id}")
class IdeaPageController {

    private final LiveIdeas ideas;
    private final IdeaConsoleSection section;

    IdeaPageController(LiveIdeas ideas, IdeaConsoleSection section) {
        this.ideas = ideas;
        this.section = section;
    }

    @PostMapping("/ideas")
    String mark(@PathVariable UUID id, @RequestParam(required = false) @Nullable IdeaKind kind,
            @RequestParam(required = false) @Nullable UUID sourceId, RedirectAttributes flash) {
        LiveIdeas.Marked marked = ideas.mark(CurrentUser.require(), id, kind, sourceId);
        flash.addFlashAttribute(IdeaConsoleSection.OUTCOME, "live.idea.marked.notice");
        return "redirect:/events/" + id + "#" + IdeaConsoleSection.OUTCOME_ID;
    }

    @PostMapping("/ideas/{ideaId}/delete")
    String unmark(@PathVariable UUID id, @PathVariable UUID ideaId, RedirectAttributes flash) {
        ideas.unmark(CurrentUser.require(), id, ideaId);
        flash.addFlashAttribute(IdeaConsoleSection.OUTCOME, "live.idea.unmarked.notice");
        return "redirect:/events/" + id + "#" + IdeaConsoleSection.OUTCOME_ID;
    }

    /** The section's list, re-read by htmx on {@code sse:idea}; without htmx, the console. */
    @GetMapping("/ideas")
    String list(@PathVariable UUID id, Model model,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx) {
        var user = CurrentUser.require();
        var list = ideas.ideas(user, id);
        if (htmx == null) {
            return "redirect:/events/" + id + "#ideas";
        }
        model.addAttribute("model", section.model(user, id, list));
        return "live/ideas/console :: list";
    }

    @GetMapping("/ideas.csv")
    ResponseEntity<String> csv(@PathVariable UUID id) {
        return IdeaExports.csv(id, ideas.ideas(CurrentUser.require(), id));
    }

    @GetMapping("/ideas.json")
    ResponseEntity<IdeaExports.Export> json(@PathVariable UUID id) {
        return IdeaExports.json(id, ideas.ideas(CurrentUser.require(), id));
    }
}
