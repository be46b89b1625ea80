package de.lagezentrum.staff;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A correction of an approved protocol: why, and what changes.
 *
 * @param text what is corrected and why (always required)
 * @param entries entries whose text or rationale the correction changes; may be empty
 * @param present who was really present, when the attendance is corrected; null leaves it as it was
 * @param basedOn the version the correction was written against; when the protocol has moved on
 *        since, the correction is refused (409) instead of undoing the newer version; null skips the check
 */
public record ProtocolCorrection(String text, List<EntryChange> entries, @Nullable Set<UUID> present,
        @Nullable Integer basedOn) {

    /** A correction that only explains (e.g. a wrong statement in a note). */
    public static ProtocolCorrection of(String text) {
        return new ProtocolCorrection(text, List.of(), null, null);
    }

    /** The corrected text (and rationale, for decisions) of one entry. */
    public record EntryChange(UUID id, String text, @Nullable String rationale) {
    }
}
