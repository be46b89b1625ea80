package de.lagezentrum.staff;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A version of a session's protocol, or the draft of an open one.
 *
 * @param version 1 for the finalised protocol, n+1 for the correction of version n; 0 for a draft
 * @param status {@code DRAFT} (still open), {@code FINAL} (awaiting the lead's approval) or
 *        {@code APPROVED} (never changed again)
 * @param items the agenda with the minutes under each item, as finalised
 * @param decisions the decisions, numbered
 * @param tasks the tasks given, with owner and due date as they stood when finalised
 * @param attendance who was there
 * @param correction for a correcting version: what it corrects and why; null otherwise
 * @param correctsVersion the version this one corrects; null for version 1
 * @param finalizedAt when this version was finalised; null for a draft
 * @param finalizedBy who finalised this version (or asked for the correction); null for a draft
 * @param approvedBy who approved it; null until approved
 */
public record ProtocolView(UUID sessionId, int version, String status, List<AgendaItemView> items,
        List<EntryView> decisions, List<Task> tasks, List<Attendee> attendance, @Nullable String correction,
        @Nullable Integer correctsVersion, @Nullable Instant finalizedAt, @Nullable Instant approvedAt,
        List<EntryView> entries, @Nullable Attendee finalizedBy, @Nullable Attendee approvedBy) {

    /** Whether this is the open protocol's draft rather than a finalised version. */
    public boolean draft() {
        return version == 0;
    }

    /** The entries recorded under an agenda item, in order. */
    public List<EntryView> entriesOf(UUID agendaItemId) {
        return entries.stream().filter(entry -> entry.agendaItemId().equals(agendaItemId)).toList();
    }

    /** A person present at the session (or who finalised or approved a version). */
    public record Attendee(UUID personId, String name) {
    }

    /**
     * A task as the protocol records it.
     *
     * @param entryId the minute entry that gave the task
     * @param assigneeName the person carrying it out; null when a department does
     * @param departmentName the department carrying it out; may be null
     */
    public record Task(UUID entryId, @Nullable UUID taskId, String text, @Nullable UUID assigneeId,
            @Nullable String assigneeName, @Nullable UUID departmentId, @Nullable String departmentName,
            @Nullable LocalDate due) {
    }
}
