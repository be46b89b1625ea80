package de.lagezentrum.briefing.accreditation;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import de.lagezentrum.briefing.AccreditationStatus;
import de.lagezentrum.briefing.AccreditationView;

/**
 * An accreditation as stored, with what the press office does not see: the registration's language,
 * the proof's file id and the version that mailed links are bound to.
 */
public record StoredAccreditation(UUID id, UUID tenantId, String name, String outlet, String email,
        AccreditationStatus status, String language, @Nullable UUID proofFileId, Instant createdAt,
        @Nullable Instant confirmedAt, @Nullable Instant decidedAt, @Nullable UUID personId, long version) {

    /** The press office's view. */
    public AccreditationView view() {
        return new AccreditationView(id, name, outlet, email, status, proofFileId != null, createdAt, confirmedAt,
                decidedAt, personId);
    }

    /** The language of the journalist's mails. */
    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    /** Name and outlet, for the audit log and notifications. */
    public String summary() {
        return name + " (" + outlet + ")";
    }
}
