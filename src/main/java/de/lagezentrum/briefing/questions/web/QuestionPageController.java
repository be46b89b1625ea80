package de.lagezentrum.briefing.questions.web;

import java.time.Clock;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.lagezentrum.briefing.BriefingManagement;
import de.lagezentrum.briefing.BriefingPressKit;
import de.lagezentrum.briefing.BriefingQuestions;
import de.lagezentrum.briefing.BriefingView;
import de.lagezentrum.briefing.questions.QuestionStream;
import de.lagezentrum.platform.files.FileResponses;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.ConflictException;
import de.lagezentrum.platform.web.InvalidInputException;

/**
 * The journalist's page of a briefing: the press kit to download, the form to ask, and the own questions
 * with their status (the rejection reason, the lead of a merged one, the answer), updated live through the
 * stream and complete on every reload without JavaScript. Chair, panel and press office see every question.
 */
@Controller
@RequestMapping("/briefings/{id}")
class QuestionPageController {

    private final BriefingManagement briefings;
    private final BriefingQuestions questions;
    private final BriefingPressKit pressKit;
    private final QuestionStream stream;
    private final Clock clock;

    QuestionPageController(BriefingManagement briefings, BriefingQuestions questions, BriefingPressKit pressKit,
            QuestionStream stream, Clock clock) {
        this.briefings = briefings;
        this.questions = questions;
        this.pressKit = pressKit;
        this.stream = stream;
        this.clock = clock;
    }

    @GetMapping("/questions")
    String page(@PathVariable UUID id, Model model) {
        if (!model.containsAttribute("ask")) {
            model.addAttribute("ask", new AskForm());
        }
        return render(id, model);
    }

    /** The same page for the live re-read after a stream event (a flashed notice stays with the redirect's page). */
    @GetMapping("/questions/live")
    String live(@PathVariable UUID id, Model model) {
        model.addAttribute("liveUpdate", true);
        model.addAttribute("ask", new AskForm());
        return render(id, model);
    }

    @PostMapping("/questions")
    String ask(@PathVariable UUID id, @ModelAttribute("ask") AskForm form, BindingResult errors, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        try {
            questions.ask(CurrentUser.require(), id, form.getText());
            redirect.addFlashAttribute("asked", true);
            return "redirect:/briefings/" + id + "/questions";
        }
        catch (InvalidInputException e) {
            errors.rejectValue("text", e.messageKey());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        catch (ConflictException e) {
            errors.reject(e.messageKey());
            response.setStatus(HttpStatus.CONFLICT.value());
        }
        return render(id, model);
    }

    @GetMapping(path = "/questions/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    SseEmitter stream(@PathVariable UUID id,
            @RequestHeader(name = "Last-Event-ID", required = false) @Nullable String lastEventId) {
        return stream.subscribe(CurrentUser.require(), id, lastEventId);
    }

    @GetMapping("/press-kit/{itemId}")
    ResponseEntity<Resource> document(@PathVariable UUID id, @PathVariable UUID itemId) {
        return FileResponses.attachment(pressKit.open(CurrentUser.require(), id, itemId));
    }

    private String render(UUID id, Model model) {
        CurrentUser user = CurrentUser.require();
        BriefingView briefing = briefings.joinable(user, id);
        model.addAttribute("briefing", briefing);
        model.addAttribute("items", pressKit.items(user, id));
        model.addAttribute("questions", questions.questions(user, id));
        model.addAttribute("journalist", user.hasRole("JOURNALIST"));
        model.addAttribute("pressOffice", user.hasRole("PRESS_OFFICE"));
        model.addAttribute("open", !briefing.cancelled() && briefing.end().isAfter(clock.instant()));
        return "briefing/questions/questions";
    }
}
