package de.lagezentrum.briefing.accreditation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The text forms of accreditations, each with its own field name so that two of them fit on one page:
 * the press office's question and reason, the journalist's answer.
 */
final class NoteForms {

    private NoteForms() {
    }

    /** The press office asks the journalist for more information. */
    public static class QuestionForm {

        @NotBlank
        @Size(max = 2000)
        private String question = "";

        public String getQuestion() {
            return question;
        }

        public void setQuestion(String question) {
            this.question = question;
        }
    }

    /** The press office rejects, with a reason. */
    public static class RejectionForm {

        @NotBlank
        @Size(max = 2000)
        private String reason = "";

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }

    /** The journalist answers the press office's question. */
    public static class AnswerForm {

        @NotBlank
        @Size(max = 2000)
        private String answer = "";

        public String getAnswer() {
            return answer;
        }

        public void setAnswer(String answer) {
            this.answer = answer;
        }
    }
}
