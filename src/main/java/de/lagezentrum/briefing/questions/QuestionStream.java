package de.lagezentrum.briefing.questions;

import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import de.lagezentrum.briefing.BriefingManagement;
import de.lagezentrum.briefing.QuestionAsked;
import de.lagezentrum.briefing.QuestionChanged;
import de.lagezentrum.platform.realtime.LiveHub;
import de.lagezentrum.platform.security.CurrentUser;

/**
 * Live view of a briefing's questions: after a question was asked or changed, subscribers get a small
 * {@code question} event that names only the briefing (never a text or an author, as every journalist of
 * the briefing listens), and re-read what they may see. Events are published inside the changing
 * transaction, so they go out when it commits, and never if it rolls back.
 */
@Component
public class QuestionStream {

    /** The name of the stream's events. */
    public static final String EVENT = "question";

    private final LiveHub hub;
    private final BriefingManagement briefings;

    QuestionStream(LiveHub hub, BriefingManagement briefings) {
        this.hub = hub;
        this.briefings = briefings;
    }

    /** Subscribes who may see the briefing's questions (journalists, press office, chair, panel); others get 404. */
    public SseEmitter subscribe(CurrentUser user, UUID briefingId, @Nullable String lastEventId) {
        briefings.joinable(user, briefingId);
        return hub.subscribe(topic(briefingId), lastEventId);
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(QuestionAsked event) {
        publish(event.briefingId());
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(QuestionChanged event) {
        publish(event.briefingId());
    }

    private void publish(UUID briefingId) {
        hub.publish(topic(briefingId), EVENT, Map.of("briefingId", briefingId.toString()));
    }

    private static String topic(UUID briefingId) {
        return "briefing-questions:" + briefingId;
    }
}
