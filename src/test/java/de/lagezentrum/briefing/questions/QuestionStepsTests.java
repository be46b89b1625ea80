package de.lagezentrum.briefing.questions;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import de.lagezentrum.briefing.QuestionChange;
import de.lagezentrum.briefing.QuestionStatus;
import de.lagezentrum.briefing.QuestionView;
import de.lagezentrum.platform.web.ConflictException;
import de.lagezentrum.platform.web.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The queue's rules: which step from which status, and what each step keeps or clears. */
class QuestionStepsTests {

    private static final Instant NOW = Instant.parse("2026-03-04T10:15:30Z");

    @Test
    void pendingToAcceptedToAnsweringToAnsweredKeepsTheMomentTheAnswerBegan() {
        QuestionView accepted = QuestionSteps.apply(question(QuestionStatus.PENDING), change(QuestionStatus.ACCEPTED), NOW);
        QuestionView answering = QuestionSteps.apply(accepted, change(QuestionStatus.ANSWERING), NOW);
        QuestionView answered = QuestionSteps.apply(answering, new QuestionChange(QuestionStatus.ANSWERED,
                "  240 Plätze  ", null, null), NOW.plusSeconds(90));

        assertThat(answering.answeringStartedAt()).isEqualTo(NOW);
        assertThat(answered.status()).isEqualTo(QuestionStatus.ANSWERED);
        assertThat(answered.answeringStartedAt()).isEqualTo(NOW);
        assertThat(answered.answeredAt()).isEqualTo(NOW.plusSeconds(90));
        assertThat(answered.answer()).isEqualTo("240 Plätze");
    }

    @Test
    void stepsTheStatusDoesNotAllowAreConflicts() {
        assertThatThrownBy(() -> QuestionSteps.apply(question(QuestionStatus.PENDING), change(QuestionStatus.ANSWERING), NOW))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> QuestionSteps.apply(question(QuestionStatus.ANSWERED), change(QuestionStatus.ACCEPTED), NOW))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> QuestionSteps.apply(question(QuestionStatus.ANSWERING),
                new QuestionChange(QuestionStatus.REJECTED, null, "Grund", null), NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> QuestionSteps.assign(question(QuestionStatus.MERGED), UUID.randomUUID()))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> QuestionSteps.apply(question(QuestionStatus.ACCEPTED), change(QuestionStatus.PENDING), NOW))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aRejectionNeedsAReasonAndTextsHaveLimits() {
        assertThatThrownBy(() -> QuestionSteps.apply(question(QuestionStatus.PENDING),
                new QuestionChange(QuestionStatus.REJECTED, null, "  ", null), NOW))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("reason");
        assertThat(QuestionSteps.apply(question(QuestionStatus.PENDING),
                new QuestionChange(QuestionStatus.REJECTED, null, "Nicht Thema", null), NOW).rejectionReason())
                .isEqualTo("Nicht Thema");
        assertThat(QuestionSteps.text("x".repeat(2000))).hasSize(2000);
        assertThatThrownBy(() -> QuestionSteps.text("x".repeat(2001))).isInstanceOf(InvalidInputException.class)
                .extracting("messageKey").isEqualTo("question.text.too-long");
        assertThatThrownBy(() -> QuestionSteps.text(null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aDuplicateIsMergedIntoAnotherOpenQuestionOnly() {
        QuestionView lead = question(QuestionStatus.ACCEPTED);
        QuestionView merged = QuestionSteps.merge(question(QuestionStatus.PENDING), lead);

        assertThat(merged.status()).isEqualTo(QuestionStatus.MERGED);
        assertThat(merged.lead().id()).isEqualTo(lead.id());
        assertThatThrownBy(() -> QuestionSteps.merge(lead, lead)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> QuestionSteps.merge(question(QuestionStatus.PENDING), question(QuestionStatus.REJECTED)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> QuestionSteps.merge(question(QuestionStatus.ANSWERED), lead))
                .isInstanceOf(ConflictException.class);
    }

    private static QuestionChange change(QuestionStatus status) {
        return new QuestionChange(status, null, null, null);
    }

    private static QuestionView question(QuestionStatus status) {
        return new QuestionView(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "Jana Journal", "Frage?",
                status, NOW.minusSeconds(600), null, status == QuestionStatus.REJECTED ? "Grund" : null, null, null,
                null, null, 3);
    }
}
