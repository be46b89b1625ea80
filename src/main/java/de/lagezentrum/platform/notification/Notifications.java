package de.lagezentrum.platform.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import de.lagezentrum.platform.security.CurrentUser;

/**
 * In-app notifications. Modules send them with a message key and arguments (so each reader sees
 * them in their language); people read them in the header, on the dashboard and at /notifications.
 */
@Service
public class Notifications {

    /**
     * The header shows the unread count on every page. It is kept for a few seconds per person and dropped
     * when this instance sends or marks read (after the commit); another instance's notifications appear
     * within those seconds. Nothing about access depends on it.
     */
    static final Duration UNREAD_KEPT = Duration.ofSeconds(5);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate counting;
    private final Cache<UUID, Long> unread = Caffeine.newBuilder().expireAfterWrite(UNREAD_KEPT)
            .maximumSize(10_000).build();

    Notifications(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.counting = new TransactionTemplate(transactions);
        this.counting.setReadOnly(true);
    }

    /**
     * Notifies people of a municipality.
     *
     * @param messageKey message bundle key of the text, e.g. {@code notification.extraordinary-session}
     * @param arguments the texts for the message's placeholders
     * @param link where the notification leads, e.g. {@code /staffs/…}; may be null
     */
    @Transactional
    public void send(UUID tenantId, Collection<UUID> personIds, String messageKey, List<String> arguments,
            @Nullable String link) {
        Timestamp now = Timestamp.from(clock.instant());
        String[] args = arguments.toArray(String[]::new);
        for (UUID personId : personIds) {
            jdbc.sql("""
                    INSERT INTO platform.notification (id, tenant_id, person_id, created_at, message_key, arguments, link)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(UUID.randomUUID(), tenantId, personId, now, messageKey, args, link)
                    .update();
        }
        forgetUnreadOnCommit(personIds);
    }

    /** The user's newest notifications. */
    @Transactional(readOnly = true)
    public List<Notification> recent(CurrentUser user, int limit) {
        return jdbc.sql("""
                SELECT id, created_at, message_key, arguments, link, read_at FROM platform.notification
                 WHERE tenant_id = ? AND person_id = ? ORDER BY created_at DESC, id LIMIT ?""")
                .params(user.tenantId(), user.personId(), limit)
                .query((rs, row) -> new Notification(rs.getObject("id", UUID.class),
                        rs.getTimestamp("created_at").toInstant(), rs.getString("message_key"),
                        Arrays.asList((String[]) rs.getArray("arguments").getArray()), rs.getString("link"),
                        rs.getTimestamp("read_at") == null))
                .list();
    }

    /**
     * How many notifications the user has not read yet. A kept count costs no transaction: the header asks on
     * every page, and beginning one (with the tenant's {@code set_config}) and committing it was a tenth of a
     * signed-in page's time. Only a count not kept is read, in a read-only transaction of its own or the
     * caller's.
     */
    public long unread(CurrentUser user) {
        return unread.get(user.personId(), person -> counting.execute(status -> jdbc.sql(
                "SELECT count(*) FROM platform.notification WHERE tenant_id = ? AND person_id = ? AND read_at IS NULL")
                .params(user.tenantId(), person).query(Long.class).single()));
    }

    /** Marks all of the user's notifications as read. */
    @Transactional
    public void markAllRead(CurrentUser user) {
        jdbc.sql("UPDATE platform.notification SET read_at = ? WHERE tenant_id = ? AND person_id = ? AND read_at IS NULL")
                .params(Timestamp.from(clock.instant()), user.tenantId(), user.personId()).update();
        forgetUnreadOnCommit(List.of(user.personId()));
    }

    /** After the commit, so that no reader puts the old count back in between. */
    private void forgetUnreadOnCommit(Collection<UUID> personIds) {
        List<UUID> people = List.copyOf(personIds);
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            unread.invalidateAll(people);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                unread.invalidateAll(people);
            }
        });
    }

    /**
     * A notification as its reader sees it.
     *
     * @param arguments texts for the message's placeholders
     * @param link where it leads; may be null
     * @param unread whether it has not been read yet
     */
    public record Notification(UUID id, Instant createdAt, String messageKey, List<String> arguments,
            @Nullable String link, boolean unread) {

        /** The arguments as array, for {@code #messages.msgWithParams}. */
        public Object[] argumentArray() {
            return arguments.toArray();
        }
    }
}
