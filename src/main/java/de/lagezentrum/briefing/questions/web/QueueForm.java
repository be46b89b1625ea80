package de.lagezentrum.briefing.questions.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One step in the press office's queue, from the button that was pressed ({@code action}) and the fields
 * of its form.
 */
public class QueueForm {

    /** What the buttons ask for. */
    public enum Action { ACCEPT, ANSWERING, ANSWERED, REJECT, MERGE, ASSIGN }

    private @Nullable Action action;
    private @Nullable String reason;
    private @Nullable String answer;
    private @Nullable UUID leadId;
    private @Nullable UUID assigneeId;
    private @Nullable Long version;

    public @Nullable Action getAction() {
        return action;
    }

    public void setAction(@Nullable Action action) {
        this.action = action;
    }

    public @Nullable String getReason() {
        return reason;
    }

    public void setReason(@Nullable String reason) {
        this.reason = reason;
    }

    public @Nullable String getAnswer() {
        return answer;
    }

    public void setAnswer(@Nullable String answer) {
        this.answer = answer;
    }

    public @Nullable UUID getLeadId() {
        return leadId;
    }

    public void setLeadId(@Nullable UUID leadId) {
        this.leadId = leadId;
    }

    public @Nullable UUID getAssigneeId() {
        return assigneeId;
    }

    public void setAssigneeId(@Nullable UUID assigneeId) {
        this.assigneeId = assigneeId;
    }

    public @Nullable Long getVersion() {
        return version;
    }

    public void setVersion(@Nullable Long version) {
        this.version = version;
    }
}
