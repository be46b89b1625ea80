package de.lagezentrum.staff.minutes;

import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import de.lagezentrum.platform.realtime.LiveHub;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.staff.AgendaChanged;
import de.lagezentrum.staff.MinuteEntryCorrected;
import de.lagezentrum.staff.MinuteEntryRecorded;
import de.lagezentrum.staff.ProtocolApproved;
import de.lagezentrum.staff.ProtocolCorrected;
import de.lagezentrum.staff.ProtocolFinalised;
import de.lagezentrum.staff.SessionManagement;

/**
 * Live view of a session: after each change of its minutes subscribers get a small {@code entry} event
 * (type and id; recorded or corrected), after a change of the agenda (proposed, accepted, reordered) an
 * {@code agenda-item} event, after the protocol was finalised, approved or corrected a {@code status} event
 * ({@code protocolStatus}, {@code version}), and re-read what they show. Events are published inside the changing
 * transaction, so they reach subscribers on every instance when it commits, and nobody if it rolls back.
 */
@Component
public class SessionStream {

    private final LiveHub hub;
    private final SessionManagement sessions;

    SessionStream(LiveHub hub, SessionManagement sessions) {
        this.hub = hub;
        this.sessions = sessions;
    }

    /** Subscribes a member of the session's staff; anybody else gets "not found". */
    public SseEmitter subscribe(CurrentUser user, UUID sessionId, String lastEventId) {
        sessions.session(user, sessionId);
        return hub.subscribe(topic(sessionId), lastEventId);
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(MinuteEntryRecorded event) {
        hub.publish(topic(event.sessionId()), "entry", Map.of("id", event.entryId().toString(),
                "type", event.type().name(), "sessionId", event.sessionId().toString()));
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(MinuteEntryCorrected event) {
        hub.publish(topic(event.sessionId()), "entry", Map.of("id", event.entryId().toString(),
                "type", event.type().name(), "sessionId", event.sessionId().toString(),
                "version", Long.toString(event.version())));
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(AgendaChanged event) {
        hub.publish(topic(event.sessionId()), "agenda-item", Map.of("sessionId", event.sessionId().toString()));
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(ProtocolFinalised event) {
        status(event.sessionId(), "FINAL", event.version());
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(ProtocolApproved event) {
        status(event.sessionId(), "APPROVED", event.version());
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(ProtocolCorrected event) {
        status(event.sessionId(), "FINAL", event.version());
    }

    private void status(UUID sessionId, String status, int version) {
        hub.publish(topic(sessionId), "status", Map.of("sessionId", sessionId.toString(), "protocolStatus", status,
                "version", Integer.toString(version)));
    }

    private static String topic(UUID sessionId) {
        return "session:" + sessionId;
    }
}
