package de.lagezentrum.staff;

import java.time.Instant;
import java.util.UUID;

/** An approved protocol was corrected: {@code version} is the new version, awaiting approval again. */
public record ProtocolCorrected(UUID tenantId, UUID staffId, UUID sessionId, Instant sessionStart, int version,
        String text, UUID correctedBy, Instant correctedAt) {
}
