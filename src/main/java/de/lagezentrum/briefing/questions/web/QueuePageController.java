package de.lagezentrum.briefing.questions.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.lagezentrum.briefing.BriefingManagement;
import de.lagezentrum.briefing.BriefingPerson;
import de.lagezentrum.briefing.BriefingPressKit;
import de.lagezentrum.briefing.BriefingQuestions;
import de.lagezentrum.briefing.BriefingView;
import de.lagezentrum.briefing.QuestionChange;
import de.lagezentrum.briefing.QuestionStatus;
import de.lagezentrum.briefing.QuestionView;
import de.lagezentrum.platform.files.FileRefusedException;
import de.lagezentrum.platform.files.UploadInterruptedException;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.ConflictException;
import de.lagezentrum.platform.web.InvalidInputException;

/**
 * The press office's live queue of a briefing: the questions by status, with one small form per step
 * (accept, reject with a reason, merge into a lead, assign, "being answered now", answered with the answer),
 * and the press kit to fill. Plain forms that work without JavaScript; the stream re-reads the queue live.
 */
@Controller
@RequestMapping("/briefings/{id}")
class QueuePageController {

    private static final String VIEW = "briefing/questions/queue";

    private final BriefingManagement briefings;
    private final BriefingQuestions questions;
    private final BriefingPressKit pressKit;

    QueuePageController(BriefingManagement briefings, BriefingQuestions questions, BriefingPressKit pressKit) {
        this.briefings = briefings;
        this.questions = questions;
        this.pressKit = pressKit;
    }

    @GetMapping("/queue")
    String queue(@PathVariable UUID id, Model model) {
        return render(id, model);
    }

    /** The same page for the live re-read after a stream event. */
    @GetMapping("/queue/live")
    String live(@PathVariable UUID id, Model model) {
        model.addAttribute("liveUpdate", true);
        return render(id, model);
    }

    @PostMapping("/queue/{questionId}")
    String step(@PathVariable UUID id, @PathVariable UUID questionId, @ModelAttribute QueueForm form, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        CurrentUser user = CurrentUser.require();
        try {
            QueueForm.Action action = form.getAction();
            if (action == null) {
                throw new InvalidInputException("action", "question.status.required");
            }
            switch (action) {
                case ACCEPT -> questions.change(user, id, questionId, change(QuestionStatus.ACCEPTED, form));
                case ANSWERING -> questions.change(user, id, questionId, change(QuestionStatus.ANSWERING, form));
                case ANSWERED -> questions.change(user, id, questionId, change(QuestionStatus.ANSWERED, form));
                case REJECT -> questions.change(user, id, questionId, change(QuestionStatus.REJECTED, form));
                case MERGE -> {
                    if (form.getLeadId() == null) {
                        throw new InvalidInputException("leadId", "question.lead.required");
                    }
                    questions.merge(user, id, questionId, form.getLeadId(), form.getVersion());
                }
                case ASSIGN -> questions.assign(user, id, questionId, form.getAssigneeId(), form.getVersion());
            }
            redirect.addFlashAttribute("changed", "queue.changed." + action.name());
            return "redirect:/briefings/" + id + "/queue#q-" + questionId;
        }
        catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("failedQuestion", questionId);
            model.addAttribute("failedField", e.field());
            model.addAttribute("failedMessage", e.messageKey());
            model.addAttribute("failedForm", form);
        }
        catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("refused", e.messageKey());
        }
        return render(id, model);
    }

    @PostMapping("/press-kit")
    String attach(@PathVariable UUID id, @ModelAttribute("document") PressKitForm form, BindingResult errors,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        MultipartFile file = form.getFile();
        if (file == null || file.isEmpty()) {
            // Both refusals at once: the title is the facade's to check only when there is a file to take.
            if (form.getItemTitle().isBlank()) {
                errors.rejectValue("itemTitle", "presskit.title.required");
            }
            errors.rejectValue("file", "presskit.file.required");
        }
        else {
            try {
                pressKit.attach(CurrentUser.require(), id, form.getItemTitle(), file.getInputStream(),
                        file.getOriginalFilename());
                redirect.addFlashAttribute("attached", true);
                return "redirect:/briefings/" + id + "/queue#press-kit-heading";
            }
            catch (InvalidInputException e) {
                errors.rejectValue("title".equals(e.field()) ? "itemTitle" : "file", e.messageKey());
            }
            catch (FileRefusedException e) {
                errors.rejectValue("file", e.messageKey(), e.messageArguments(), null);
            }
            catch (java.io.IOException e) {
                throw new UploadInterruptedException(e);
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return render(id, model);
    }

    @PostMapping("/press-kit/{itemId}/delete")
    String remove(@PathVariable UUID id, @PathVariable UUID itemId, RedirectAttributes redirect) {
        pressKit.remove(CurrentUser.require(), id, itemId);
        redirect.addFlashAttribute("removed", true);
        return "redirect:/briefings/" + id + "/queue#press-kit-heading";
    }

    private static QuestionChange change(QuestionStatus status, QueueForm form) {
        return new QuestionChange(status, form.getAnswer(), form.getReason(), form.getVersion());
    }

    private String render(UUID id, Model model) {
        CurrentUser user = CurrentUser.require();
        List<QuestionView> queue = questions.queue(user, id);
        BriefingView briefing = briefings.joinable(user, id);
        model.addAttribute("briefing", briefing);
        model.addAttribute("queue", queue);
        Map<QuestionStatus, List<QuestionView>> sections = new EnumMap<>(QuestionStatus.class);
        for (QuestionStatus status : QuestionStatus.values()) {
            sections.put(status, queue.stream().filter(q -> q.status() == status).toList());
        }
        model.addAttribute("sections", sections);
        model.addAttribute("leads", queue.stream().filter(q -> q.status() != QuestionStatus.MERGED
                && q.status() != QuestionStatus.REJECTED).toList());
        List<BriefingPerson> answerers = new ArrayList<>();
        if (briefing.chair() != null) {
            answerers.add(briefing.chair());
        }
        answerers.addAll(briefing.panelMembers().stream().filter(p -> !p.id().equals(briefing.chairId())).toList());
        model.addAttribute("answerers", answerers);
        model.addAttribute("items", pressKit.items(user, id));
        if (!model.containsAttribute("document")) {
            model.addAttribute("document", new PressKitForm());
        }
        return VIEW;
    }
}
