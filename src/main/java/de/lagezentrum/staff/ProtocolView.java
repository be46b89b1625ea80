package de.lagezentrum.staff;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The current version of a session's protocol.
 *
 * @param status {@code FINAL} (awaiting the lead's approval) or {@code APPROVED} (never changed again)
 * @param items the agenda with the minutes under each item, as finalised
 * @param decisions the decisions, numbered
 * @param tasks the tasks given
 * @param attendance who was there
 * @param correction for a correcting version: what it corrects; null otherwise
 * @param correctsVersion the version this one corrects; null for version 1
 */
public record ProtocolView(UUID sessionId, int version, String status, List<AgendaItemView> items,
        List<EntryView> decisions, List<EntryView> tasks, List<Attendee> attendance, @Nullable String correction,
        @Nullable Integer correctsVersion, Instant finalizedAt, @Nullable Instant approvedAt,
        List<EntryView> entries) {

    /** A person present at the session. */
    public record Attendee(UUID personId, String name) {
    }
}
