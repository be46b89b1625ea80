package de.lagezentrum.platform.accessibility;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.lagezentrum.platform.LagezentrumProperties;
import de.lagezentrum.platform.TenantDirectory;

/**
 * Feedback on barriers (§ 12b BGG): stored for the admins of the municipality and, when mail is set
 * up, sent to them.
 */
@Service
class AccessibilityFeedback {

    private static final Logger log = LoggerFactory.getLogger(AccessibilityFeedback.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TenantDirectory tenants;
    private final ObjectProvider<JavaMailSender> mail;
    private final MessageSource messages;
    private final LagezentrumProperties properties;

    AccessibilityFeedback(JdbcClient jdbc, Clock clock, TenantDirectory tenants, ObjectProvider<JavaMailSender> mail,
            MessageSource messages, LagezentrumProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.tenants = tenants;
        this.mail = mail;
        this.messages = messages;
        this.properties = properties;
    }

    @Transactional
    void submit(@Nullable UUID tenantId, FeedbackForm form) {
        UUID tenant = tenantId != null ? tenantId : tenants.defaultTenantId();
        jdbc.sql("""
                INSERT INTO platform.accessibility_feedback (id, tenant_id, created_at, name, email, page, message)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), tenant, java.sql.Timestamp.from(clock.instant()), blankToNull(form.getName()),
                        blankToNull(form.getEmail()), blankToNull(form.getPage()), form.getMessage().strip())
                .update();
        notifyAdmins(tenant, form);
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

    private void notifyAdmins(UUID tenant, FeedbackForm form) {
        JavaMailSender sender = mail.getIfAvailable();
        List<String> recipients = tenants.adminEmails(tenant);
        if (sender == null || recipients.isEmpty()) {
            return;
        }
        var message = new SimpleMailMessage();
        message.setFrom(properties.mailFrom());
        message.setTo(recipients.toArray(String[]::new));
        message.setSubject(messages.getMessage("a11y.feedback.mail.subject", null, java.util.Locale.GERMAN));
        message.setText(form.getMessage().strip() + "\n\n" + form.getName() + " " + form.getEmail() + "\n"
                + form.getPage());
        try {
            sender.send(message);
        }
        catch (MailException e) {
            // The feedback is stored either way; a mail outage must not lose or refuse it.
            log.warn("Accessibility feedback stored but not mailed: {}", e.getMessage());
        }
    }

    private static @Nullable String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    record Entry(UUID id, Instant createdAt, @Nullable String name, @Nullable String email, @Nullable String page,
            String message, boolean handled) {
    }
}
