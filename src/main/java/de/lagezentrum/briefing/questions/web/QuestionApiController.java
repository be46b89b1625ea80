package de.lagezentrum.briefing.questions.web;

import java.net.URI;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import de.lagezentrum.briefing.BriefingPressKit;
import de.lagezentrum.briefing.BriefingQuestions;
import de.lagezentrum.briefing.PressKitItem;
import de.lagezentrum.briefing.QuestionChange;
import de.lagezentrum.briefing.QuestionStatus;
import de.lagezentrum.briefing.QuestionView;
import de.lagezentrum.platform.files.FileResponses;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.InvalidInputException;
import de.lagezentrum.platform.web.PageRequest;
import de.lagezentrum.platform.web.PageResult;

/**
 * API v1 of a briefing's questions and press kit: journalists ask and read their own questions, the press
 * office reads all and moves them on ({@code PATCH}: a status, a merge into a lead, an assignee); the
 * press kit's documents for journalists, chair and panel. Texts are plain text in the JSON.
 */
@RestController
@RequestMapping(path = "/api/v1/briefings/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
class QuestionApiController {

    private final BriefingQuestions questions;
    private final BriefingPressKit pressKit;

    QuestionApiController(BriefingQuestions questions, BriefingPressKit pressKit) {
        this.questions = questions;
        this.pressKit = pressKit;
    }

    @PostMapping(path = "/questions", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<QuestionView> ask(@PathVariable UUID id, @RequestBody NewQuestion body) {
        QuestionView asked = questions.ask(CurrentUser.require(), id, body.text());
        return ResponseEntity.created(URI.create("/api/v1/briefings/" + id + "/questions/" + asked.id())).body(asked);
    }

    @GetMapping("/questions")
    PageResult<QuestionView> questions(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        PageRequest requested = new PageRequest(page, size);
        return PageResult.of(questions.questions(CurrentUser.require(), id), requested);
    }

    @GetMapping("/questions/{questionId}")
    QuestionView question(@PathVariable UUID id, @PathVariable UUID questionId) {
        return questions.question(CurrentUser.require(), id, questionId);
    }

    @PatchMapping(path = "/questions/{questionId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    QuestionView change(@PathVariable UUID id, @PathVariable UUID questionId, @RequestBody QuestionPatch body) {
        CurrentUser user = CurrentUser.require();
        if (body.status() == QuestionStatus.MERGED) {
            if (body.leadId() == null) {
                throw new InvalidInputException("leadId", "question.lead.required");
            }
            return questions.merge(user, id, questionId, body.leadId(), body.version());
        }
        if (body.status() != null) {
            return questions.change(user, id, questionId, new QuestionChange(body.status(), body.answer(),
                    body.reason(), body.version()));
        }
        if (body.assigneeId() != null) {
            return questions.assign(user, id, questionId, body.assigneeId(), body.version());
        }
        throw new InvalidInputException("status", "question.status.required");
    }

    @GetMapping("/press-kit")
    PageResult<PressKitItem> pressKit(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        PageRequest requested = new PageRequest(page, size);
        return PageResult.of(pressKit.items(CurrentUser.require(), id), requested);
    }

    @GetMapping(path = "/press-kit/{itemId}", produces = MediaType.ALL_VALUE)
    ResponseEntity<Resource> document(@PathVariable UUID id, @PathVariable UUID itemId) {
        return FileResponses.attachment(pressKit.open(CurrentUser.require(), id, itemId));
    }

    /** Body of a new question: plain text, at most 2,000 characters. */
    record NewQuestion(@Nullable String text) {
    }

    /**
     * Body of a change by the press office.
     *
     * @param status the new status; {@code MERGED} with {@code leadId}; null to only assign
     * @param reason why it is rejected (required for {@code REJECTED})
     * @param answer the answer (for {@code ANSWERED}); may be null
     * @param leadId the question it is merged into (for {@code MERGED})
     * @param assigneeId the chair or panel member who answers it (without a status)
     * @param version the version it was read in; null skips the check
     */
    record QuestionPatch(@Nullable QuestionStatus status, @Nullable String reason, @Nullable String answer,
            @Nullable UUID leadId, @Nullable UUID assigneeId, @Nullable Long version) {
    }
}
