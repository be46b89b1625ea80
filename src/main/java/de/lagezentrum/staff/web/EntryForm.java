package de.lagezentrum.staff.web;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import de.lagezentrum.staff.EntryType;
import de.lagezentrum.staff.NewEntry;

/** A line of the minutes as the protocol keeper enters it. */
public class EntryForm {

    private @Nullable UUID agendaItemId;
    @NotNull
    private EntryType type = EntryType.NOTE;
    @NotBlank
    @Size(max = 10_000)
    private String text = "";
    @Size(max = 10_000)
    private String rationale = "";
    private @Nullable UUID assigneeId;
    private @Nullable UUID departmentId;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate due;

    NewEntry command() {
        return new NewEntry(type, text, rationale, assigneeId, departmentId, due);
    }

    public @Nullable UUID getAgendaItemId() {
        return agendaItemId;
    }

    public void setAgendaItemId(@Nullable UUID agendaItemId) {
        this.agendaItemId = agendaItemId;
    }

    public EntryType getType() {
        return type;
    }

    public void setType(EntryType type) {
        this.type = type;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getRationale() {
        return rationale;
    }

    public void setRationale(String rationale) {
        this.rationale = rationale;
    }

    public @Nullable UUID getAssigneeId() {
        return assigneeId;
    }

    public void setAssigneeId(@Nullable UUID assigneeId) {
        this.assigneeId = assigneeId;
    }

    public @Nullable UUID getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(@Nullable UUID departmentId) {
        this.departmentId = departmentId;
    }

    public @Nullable LocalDate getDue() {
        return due;
    }

    public void setDue(@Nullable LocalDate due) {
        this.due = due;
    }
}
