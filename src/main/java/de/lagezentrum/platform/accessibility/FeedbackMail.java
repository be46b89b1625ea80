package de.lagezentrum.platform.accessibility;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import de.lagezentrum.platform.LagezentrumProperties;
import de.lagezentrum.platform.TenantDirectory;

/**
 * Mails accessibility feedback to the admins of the municipality when mail is configured. Runs after
 * the feedback is committed; a failed delivery leaves the event incomplete, so it is tried again.
 */
@Component
class FeedbackMail {

    private final JdbcClient jdbc;
    private final TenantDirectory tenants;
    private final ObjectProvider<JavaMailSender> mail;
    private final MessageSource messages;
    private final LagezentrumProperties properties;

    FeedbackMail(JdbcClient jdbc, TenantDirectory tenants, ObjectProvider<JavaMailSender> mail, MessageSource messages,
            LagezentrumProperties properties) {
        this.jdbc = jdbc;
        this.tenants = tenants;
        this.mail = mail;
        this.messages = messages;
        this.properties = properties;
    }

    @ApplicationModuleListener
    void on(AccessibilityFeedbackReceived event) {
        JavaMailSender sender = mail.getIfAvailable();
        List<String> recipients = tenants.adminEmails(event.tenantId());
        if (sender == null || recipients.isEmpty()) {
            return;
        }
        var message = new SimpleMailMessage();
        message.setFrom(properties.mailFrom());
        message.setTo(recipients.toArray(String[]::new));
        message.setSubject(messages.getMessage("a11y.feedback.mail.subject", null, Locale.GERMAN));
        message.setText(text(event.feedbackId()));
        sender.send(message);
    }

    private String text(UUID feedbackId) {
        return jdbc.sql("""
                SELECT message || E'\\n\\n' || coalesce(name, '') || ' ' || coalesce(email, '') || E'\\n'
                       || coalesce(page, '') FROM platform.accessibility_feedback WHERE id = ?""")
                .param(feedbackId).query(String.class).single();
    }
}
