package de.lagezentrum.briefing.accreditation;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import de.lagezentrum.briefing.AccreditationStatus;
import de.lagezentrum.briefing.JournalistAccredited;
import de.lagezentrum.briefing.accreditation.AccreditationLinks.Purpose;
import de.lagezentrum.platform.LagezentrumProperties;
import de.lagezentrum.platform.TenantDirectory;

/**
 * Sends the journalists' mails, after the step's commit and again after a crash if one did not go out
 * (event publication registry). Mails are plain text: a name like {@code <script>} arrives as those
 * characters and is never markup. A link is made when its mail is sent, for the accreditation's version
 * then; a mail whose step has since been overtaken (a confirmation for an address confirmed meanwhile)
 * is not sent.
 */
@Component
class AccreditationMails {

    private static final Logger log = LoggerFactory.getLogger(AccreditationMails.class);
    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final AccreditationStore store;
    private final AccreditationLinks links;
    private final TenantDirectory tenants;
    private final ObjectProvider<JavaMailSender> mail;
    private final MessageSource messages;
    private final LagezentrumProperties properties;
    private final Clock clock;

    AccreditationMails(AccreditationStore store, AccreditationLinks links, TenantDirectory tenants,
            ObjectProvider<JavaMailSender> mail, MessageSource messages, LagezentrumProperties properties,
            Clock clock) {
        this.clock = clock;
        this.store = store;
        this.links = links;
        this.tenants = tenants;
        this.mail = mail;
        this.messages = messages;
        this.properties = properties;
    }

    @ApplicationModuleListener
    void on(AccreditationMailDue due) {
        StoredAccreditation accreditation = store.find(due.tenantId(), due.accreditationId()).orElseThrow();
        Locale locale = Locale.forLanguageTag(due.language());
        switch (due.mail()) {
            case CONFIRM -> {
                if (accreditation.status() == AccreditationStatus.PENDING_CONFIRMATION) {
                    Instant expiry = clock.instant().plus(Purpose.CONFIRM.lifetime());
                    send(accreditation, due.mail().key(), locale, accreditation.name(),
                            link(Purpose.CONFIRM, "/akkreditierung/bestaetigen", accreditation, expiry),
                            until(accreditation, expiry));
                }
            }
            case ALREADY_REGISTERED -> send(accreditation, due.mail().key(), locale, accreditation.name());
            case ALREADY_ACCREDITED -> send(accreditation, due.mail().key(), locale, accreditation.name(),
                    absolute("/login"));
            case INFORMATION_REQUESTED -> {
                if (accreditation.status() == AccreditationStatus.MORE_INFORMATION_REQUESTED) {
                    Instant expiry = clock.instant().plus(Purpose.ANSWER.lifetime());
                    send(accreditation, due.mail().key(), locale, accreditation.name(),
                            note(accreditation, AccreditationStatus.MORE_INFORMATION_REQUESTED), due.municipality(),
                            link(Purpose.ANSWER, "/akkreditierung/ergaenzen", accreditation, expiry),
                            until(accreditation, expiry));
                }
            }
            case REJECTED -> send(accreditation, due.mail().key(), locale, accreditation.name(),
                    note(accreditation, AccreditationStatus.REJECTED), due.municipality());
        }
    }

    /** The approval's own mail; the set-password link comes from the organisation module separately. */
    @ApplicationModuleListener
    void on(JournalistAccredited accredited) {
        StoredAccreditation accreditation = store.find(accredited.tenantId(), accredited.accreditationId())
                .orElseThrow();
        send(accreditation, "accreditation.mail.approved", accreditation.locale(), accreditation.name(),
                absolute("/login"));
    }

    private String link(Purpose purpose, String path, StoredAccreditation accreditation, Instant expiry) {
        return absolute(path + "?token=" + links.issue(purpose, accreditation.tenantId(), accreditation.id(),
                accreditation.version(), expiry));
    }

    private String until(StoredAccreditation accreditation, Instant expiry) {
        return UNTIL.format(expiry.atZone(tenants.timeZone(accreditation.tenantId())));
    }

    private String note(StoredAccreditation accreditation, AccreditationStatus status) {
        return store.latestNote(accreditation.tenantId(), accreditation.id(), status).orElse("");
    }

    private String absolute(String path) {
        return properties.baseUrl().replaceAll("/+$", "") + path;
    }

    private void send(StoredAccreditation accreditation, String key, Locale locale, Object... arguments) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            log.warn("No mail server: accreditation mail '{}' for {} not sent", key, accreditation.id());
            return;
        }
        var message = new SimpleMailMessage();
        message.setFrom(properties.mailFrom());
        message.setTo(accreditation.email());
        message.setSubject(messages.getMessage(key + ".subject", arguments, locale));
        message.setText(messages.getMessage(key + ".text", arguments, locale));
        sender.send(message);
    }
}
