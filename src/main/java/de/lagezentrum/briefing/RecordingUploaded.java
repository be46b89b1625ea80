package de.lagezentrum.briefing;

import java.util.UUID;

/**
 * The press office uploaded a recording or an O-Ton file for a briefing.
 *
 * @param mediumId the recording's or O-Ton's id
 */
public record RecordingUploaded(UUID tenantId, UUID briefingId, UUID mediumId, MediumKind kind) {
}
