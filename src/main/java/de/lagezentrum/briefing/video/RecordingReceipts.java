package de.lagezentrum.briefing.video;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import de.lagezentrum.briefing.BriefingRecordingReady;

/**
 * The recordings BigBlueButton reported, one row per record id in {@code briefing.recording_ready}:
 * the event goes out in the transaction that writes the row, so it is published exactly once, also
 * when two callbacks for the same recording arrive at once.
 */
@Component
class RecordingReceipts implements RecordingInbox {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RecordingReceipts(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Receipt receive(UUID tenantId, UUID briefingId, String meetingId, String recordId) {
        boolean known = jdbc.sql("SELECT count(*) FROM briefing.briefing WHERE id = ? AND tenant_id = ?")
                .params(briefingId, tenantId).query(Long.class).single() > 0;
        if (!known) {
            return Receipt.UNKNOWN_BRIEFING;
        }
        int inserted = jdbc.sql("""
                INSERT INTO briefing.recording_ready (tenant_id, record_id, briefing_id, meeting_id, received_at)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (tenant_id, record_id) DO NOTHING""")
                .params(tenantId, recordId, briefingId, meetingId, Timestamp.from(clock.instant())).update();
        if (inserted == 0) {
            return Receipt.REPEATED;
        }
        events.publishEvent(new BriefingRecordingReady(tenantId, briefingId, meetingId, recordId));
        return Receipt.NEW;
    }
}
