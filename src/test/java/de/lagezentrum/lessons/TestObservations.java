package de.lagezentrum.lessons;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Observations for tests of the proposals and lessons slices, put in place with SQL (the board slice owns
 * the facade that writes them).
 */
public final class TestObservations {

    private TestObservations() {
    }

    /** An observation that went badly in the review of the workshop. */
    public static UUID observation(JdbcClient administrator, Clock clock, UUID tenantId, UUID workshopId, String text) {
        UUID id = UUID.randomUUID();
        administrator.sql("""
                INSERT INTO lessons.observation (id, tenant_id, workshop_id, phase, kind, theme, text, created_at)
                VALUES (?, ?, ?, 'REVIEW', 'WENT_BADLY', 'Krisenkommunikation', ?, ?)""")
                .params(id, tenantId, workshopId, text, Timestamp.from(clock.instant())).update();
        return id;
    }
}
