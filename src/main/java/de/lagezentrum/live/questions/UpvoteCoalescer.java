package de.lagezentrum.live.questions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import de.lagezentrum.live.LiveQuestionStatus;
import de.lagezentrum.live.events.EventStreams;
import de.lagezentrum.live.questions.LiveQuestionStore.QuestionRow;
import de.lagezentrum.platform.database.TenantScope;

/**
 * Sends upvote counts a few times a second, not once per upvote: a committed upvote marks its question
 * dirty, and every {@link #PERIOD_MILLIS} ms this instance reads the count of each dirty question and
 * sends one {@code question} event {@code {questionId,status,upvotes}}. It runs outside every upvote's
 * transaction, so NOTIFY's commit lock is taken a few times a second, never per upvote.
 */
@Component
public class UpvoteCoalescer {

    static final long PERIOD_MILLIS = 250;
    /** The stream event's name. */
    public static final String QUESTION = "question";

    private static final Logger log = LoggerFactory.getLogger(UpvoteCoalescer.class);

    private final LiveQuestionStore store;
    private final EventStreams streams;
    private final TransactionTemplate transactions;
    private final Set<Dirty> dirty = ConcurrentHashMap.newKeySet();

    UpvoteCoalescer(LiveQuestionStore store, EventStreams streams, PlatformTransactionManager transactions) {
        this.store = store;
        this.streams = streams;
        this.transactions = new TransactionTemplate(transactions);
    }

    /** A question whose upvotes changed. */
    public record Dirty(UUID tenantId, UUID eventId, UUID questionId) {
    }

    /** Marks the question dirty once the caller's transaction commits (at once outside one). */
    public void afterCommit(Dirty question) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    dirty.add(question);
                }
            });
        }
        else {
            dirty.add(question);
        }
    }

    @Scheduled(fixedDelay = PERIOD_MILLIS)
    void flush() {
        if (dirty.isEmpty()) {
            return;
        }
        List<Dirty> taken = new ArrayList<>();
        for (Dirty question : dirty) {
            if (dirty.remove(question)) {
                taken.add(question);
            }
        }
        Map<UUID, List<Dirty>> byTenant = taken.stream()
                .collect(Collectors.groupingBy(Dirty::tenantId, LinkedHashMap::new, Collectors.toList()));
        byTenant.forEach((tenantId, questions) -> {
            try {
                TenantScope.run(tenantId, () -> transactions.executeWithoutResult(status -> questions.forEach(
                        question -> store.find(tenantId, question.questionId(), LiveQuestionStore.NOBODY)
                                .ifPresent(this::publish))));
            }
            catch (RuntimeException e) {
                // Again with the next flush: the upvotes are in the database, only the message is late.
                log.warn("Publishing the upvotes of {} questions failed", questions.size(), e);
                dirty.addAll(questions);
            }
        });
    }

    /**
     * Sends a question's state to whoever sees it (in the caller's transaction). Only a pending question
     * stays with the team: a hidden or merged one goes to everyone as well, so that it leaves every
     * participant's screen at once and its author sees what became of it (the message carries no text).
     */
    public void publish(QuestionRow row) {
        Map<String, Object> data = message(row);
        if (row.status() != LiveQuestionStatus.PENDING) {
            streams.toEveryone(row.eventId(), QUESTION, data);
        }
        else {
            streams.toTeam(row.eventId(), QUESTION, data);
        }
    }

    /** The {@code question} event's data. */
    public static Map<String, Object> message(QuestionRow row) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("questionId", row.id().toString());
        data.put("status", row.status().name());
        data.put("upvotes", row.upvotes());
        return data;
    }
}
