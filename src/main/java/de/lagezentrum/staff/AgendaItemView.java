package de.lagezentrum.staff;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An agenda item (TOP).
 *
 * @param status {@code PROPOSED} until the lead accepts it, then {@code ACCEPTED}
 * @param kind {@code REGULAR}, or {@code FOLLOW_UP} for the Wiedervorlage that opens the agenda
 * @param followUp for the Wiedervorlage: the open tasks of earlier sessions, due first (computed while the
 *        protocol is open, as finalised afterwards); empty for other items
 */
public record AgendaItemView(UUID id, UUID sessionId, int position, String title, @Nullable String topic,
        @Nullable UUID presenterId, UUID proposedBy, String status, String kind, List<FollowUpTask> followUp) {

    /** The item kind of the Wiedervorlage. */
    public static final String FOLLOW_UP = "FOLLOW_UP";

    public AgendaItemView {
        // Protocols finalised before the Wiedervorlage existed have neither field.
        kind = kind == null ? "REGULAR" : kind;
        followUp = followUp == null ? List.of() : List.copyOf(followUp);
    }

    /** Whether this is the Wiedervorlage (not named as a getter: JSON carries {@code kind}). */
    public boolean followUpItem() {
        return FOLLOW_UP.equals(kind);
    }

    public AgendaItemView withFollowUp(List<FollowUpTask> tasks) {
        return new AgendaItemView(id, sessionId, position, title, topic, presenterId, proposedBy, status, kind, tasks);
    }
}
