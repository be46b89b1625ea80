package de.lagezentrum.briefing.briefings;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import de.lagezentrum.briefing.BriefingReminderSent;
import de.lagezentrum.organisation.PeopleManagement;
import de.lagezentrum.organisation.PersonView;
import de.lagezentrum.organisation.Role;
import de.lagezentrum.platform.LagezentrumProperties;
import de.lagezentrum.platform.web.DateFormats;

/**
 * The reminders of one municipality: every planned briefing that starts within the next 24 hours gets
 * one mail, in blind copy to every journalist with an enabled account, with its time and the link to the
 * join page. Recording the reminder and sending it happen in one transaction per briefing: a failed send
 * records nothing (the next run tries again), and a recorded reminder is never sent again.
 */
@Component
class ReminderMail {

    /** How long before its start a briefing's reminder goes out: the day before. */
    static final Duration AHEAD = Duration.ofHours(24);

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy 'um' HH:mm 'Uhr'");

    private final Occurrences occurrences;
    private final BriefingQueries queries;
    private final PeopleManagement people;
    private final ObjectProvider<JavaMailSender> mail;
    private final MessageSource messages;
    private final LagezentrumProperties properties;
    private final DateFormats dates;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    ReminderMail(Occurrences occurrences, BriefingQueries queries, PeopleManagement people,
            ObjectProvider<JavaMailSender> mail, MessageSource messages, LagezentrumProperties properties,
            DateFormats dates, ApplicationEventPublisher events, PlatformTransactionManager transactions) {
        this.occurrences = occurrences;
        this.queries = queries;
        this.people = people;
        this.mail = mail;
        this.messages = messages;
        this.properties = properties;
        this.dates = dates;
        this.events = events;
        this.transactions = new TransactionTemplate(transactions);
    }

    /** Sends the municipality's due reminders (runs as that municipality); returns how many went out. */
    public int remind(UUID tenantId, Instant now) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        ZoneId zone = dates.zone(tenantId);
        LocalDate today = LocalDate.ofInstant(now, zone);
        List<Briefing> due = transactions.execute(status -> {
            occurrences.materialiseAll(tenantId, today, today.plusDays(2), now);
            return queries.awaitingReminder(tenantId, now, now.plus(AHEAD));
        });
        if (due == null || due.isEmpty()) {
            return 0;
        }
        // Nobody to remind yet: nothing is recorded, so a journalist accredited before the start still gets it.
        String[] recipients = people.activePeopleWithRole(tenantId, Role.JOURNALIST).stream().map(PersonView::email)
                .filter(email -> email != null && !email.isBlank()).distinct().toArray(String[]::new);
        if (recipients.length == 0) {
            return 0;
        }
        int sent = 0;
        for (Briefing briefing : due) {
            Boolean done = transactions.execute(status -> {
                if (!queries.recordReminder(tenantId, briefing.id(), now, recipients.length)) {
                    return false;
                }
                sender.send(message(briefing, recipients, zone));
                events.publishEvent(new BriefingReminderSent(tenantId, briefing.id(), recipients.length));
                return true;
            });
            if (Boolean.TRUE.equals(done)) {
                sent++;
            }
        }
        return sent;
    }

    private SimpleMailMessage message(Briefing briefing, String[] recipients, ZoneId zone) {
        String base = properties.baseUrl().replaceAll("/+$", "");
        String when = WHEN.format(briefing.startsAt().atZone(zone));
        var message = new SimpleMailMessage();
        message.setFrom(properties.mailFrom());
        message.setBcc(recipients);
        message.setSubject(messages.getMessage("briefing.reminder.mail.subject", new Object[] {briefing.title(), when},
                Locale.GERMAN));
        message.setText(messages.getMessage("briefing.reminder.mail.text", new Object[] {briefing.title(), when,
                briefing.topic() == null ? "–" : briefing.topic(), base + "/briefings/" + briefing.id() + "/join",
                base + "/presse/briefings/" + briefing.id() + ".ics"}, Locale.GERMAN));
        return message;
    }
}
