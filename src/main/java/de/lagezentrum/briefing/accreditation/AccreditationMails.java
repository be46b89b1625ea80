package de.lagezentrum.briefing.accreditation;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import de.lagezentrum.platform.LagezentrumProperties;

/**
 * The mails of an accreditation. They leave after the commit: a mail never announces what a rolled-back
 * transaction did not keep. A mail that fails is logged; the journalist can register again (a new
 * link) and the press office sees the state on its list.
 */
@Component
public class AccreditationMails {

    private static final Logger log = LoggerFactory.getLogger(AccreditationMails.class);

    private final ObjectProvider<JavaMailSender> mail;
    private final MessageSource messages;
    private final LagezentrumProperties properties;

    AccreditationMails(ObjectProvider<JavaMailSender> mail, MessageSource messages, LagezentrumProperties properties) {
        this.mail = mail;
        this.messages = messages;
        this.properties = properties;
    }

    /** An absolute link into the application. */
    public String link(String path) {
        return properties.baseUrl().replaceAll("/+$", "") + path;
    }

    /** Sends {@code <key>.subject} and {@code <key>.text} with these arguments once the transaction commits. */
    public void afterCommit(String to, String key, Locale locale, Object... arguments) {
        Runnable send = () -> send(to, key, locale, arguments);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    send.run();
                }
            });
        }
        else {
            send.run();
        }
    }

    private void send(String to, String key, Locale locale, Object... arguments) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            log.warn("No mail server: accreditation mail '{}' not sent", key);
            return;
        }
        var message = new SimpleMailMessage();
        message.setFrom(properties.mailFrom());
        message.setTo(to);
        message.setSubject(messages.getMessage(key + ".subject", arguments, locale));
        message.setText(messages.getMessage(key + ".text", arguments, locale));
        try {
            sender.send(message);
        }
        catch (MailException e) {
            log.warn("Accreditation mail '{}' not sent: {}", key, e.getMessage());
        }
    }
}
