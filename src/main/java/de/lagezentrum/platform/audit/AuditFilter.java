package de.lagezentrum.platform.audit;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Which entries of the audit log to show or export. Every part may be left out.
 *
 * @param kind security events (entity type {@link AuditLog#SECURITY}), changes of records, or both
 * @param action only entries with this action, e.g. {@code SIGN_IN_FAILED}; may be null
 * @param from only entries on or after this day (municipality time); may be null
 * @param to only entries on or before this day (municipality time); may be null
 * @param actor only entries whose actor or, for security events, whose account contains this text
 *        (ignoring case); may be null
 * @param entityId only entries of this record; may be null
 */
public record AuditFilter(Kind kind, @Nullable String action, @Nullable LocalDate from, @Nullable LocalDate to,
        @Nullable String actor, @Nullable UUID entityId) {

    /** Kinds of entries. */
    public enum Kind {
        ALL, SECURITY, CHANGES
    }

    public AuditFilter {
        action = action == null || action.isBlank() ? null : action.strip();
        actor = actor == null || actor.isBlank() ? null : actor.strip();
    }

    /** Every entry. */
    public static AuditFilter everything() {
        return new AuditFilter(Kind.ALL, null, null, null, null, null);
    }

    /** Whether from and to are in the wrong order, so nothing can match. */
    public boolean emptyRange() {
        return from != null && to != null && from.isAfter(to);
    }
}
