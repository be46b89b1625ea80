package de.lagezentrum.platform.accessibility;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import de.lagezentrum.platform.database.TenantScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.lagezentrum.platform.TenantDirectory;

/**
 * Feedback on barriers (§ 12b BGG): stored for the admins of the municipality, who are also mailed
 * ({@link FeedbackMail}).
 */
@Service
class AccessibilityFeedback {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TenantDirectory tenants;
    private final ApplicationEventPublisher events;

    AccessibilityFeedback(JdbcClient jdbc, Clock clock, TenantDirectory tenants, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.tenants = tenants;
        this.events = events;
    }

    @Transactional
    void submit(@Nullable UUID tenantId, FeedbackForm form) {
        UUID tenant = tenantId != null ? tenantId : tenants.defaultTenantId();
        UUID id = UUID.randomUUID();
        // Anonymous feedback goes to the municipality that answers anonymous visitors.
        TenantScope.run(tenant, () -> jdbc.sql("""
                INSERT INTO platform.accessibility_feedback (id, tenant_id, created_at, name, email, page, message)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, tenant, java.sql.Timestamp.from(clock.instant()), blankToNull(form.getName()),
                        blankToNull(form.getEmail()), blankToNull(form.getPage()), form.getMessage().strip())
                .update());
        events.publishEvent(new AccessibilityFeedbackReceived(tenant, id));
    }

    @Transactional(readOnly = true)
    List<Entry> entries(UUID tenantId) {
        return jdbc.sql("""
                SELECT id, created_at, name, email, page, message, handled FROM platform.accessibility_feedback
                 WHERE tenant_id = ? ORDER BY handled, created_at DESC LIMIT 500""")
                .param(tenantId)
                .query((rs, row) -> new Entry(rs.getObject("id", UUID.class), rs.getTimestamp("created_at").toInstant(),
                        rs.getString("name"), rs.getString("email"), rs.getString("page"), rs.getString("message"),
                        rs.getBoolean("handled")))
                .list();
    }

    /** Marks an entry as handled; false when the tenant has no such entry. */
    @Transactional
    boolean markHandled(UUID tenantId, UUID id) {
        return jdbc.sql("UPDATE platform.accessibility_feedback SET handled = TRUE WHERE tenant_id = ? AND id = ?")
                .params(tenantId, id).update() == 1;
    }

    private static @Nullable String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    record Entry(UUID id, Instant createdAt, @Nullable String name, @Nullable String email, @Nullable String page,
            String message, boolean handled) {
    }
}
