package de.lagezentrum.staff.sessions;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import de.lagezentrum.organisation.PeopleManagement;
import de.lagezentrum.organisation.PersonView;
import de.lagezentrum.platform.LagezentrumProperties;
import de.lagezentrum.platform.notification.Notifications;
import de.lagezentrum.platform.web.DateFormats;
import de.lagezentrum.staff.ExtraordinarySessionCalled;
import de.lagezentrum.staff.SessionView;
import de.lagezentrum.staff.staffs.Staff;
import de.lagezentrum.staff.staffs.StaffMember;
import de.lagezentrum.staff.staffs.StaffRepository;

/**
 * Tells every member about an extraordinary session, in the app and by e-mail where there is an
 * address: after the commit, and again after a crash if it did not go out (event publication
 * registry).
 */
@Component
class SessionNotifications {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy 'um' HH:mm 'Uhr'");

    private final StaffRepository staffs;
    private final SessionSchedule schedule;
    private final PeopleManagement people;
    private final ObjectProvider<JavaMailSender> mail;
    private final MessageSource messages;
    private final LagezentrumProperties properties;
    private final Notifications notifications;
    private final DateFormats dates;

    SessionNotifications(StaffRepository staffs, SessionSchedule schedule, PeopleManagement people,
            ObjectProvider<JavaMailSender> mail, MessageSource messages, LagezentrumProperties properties,
            Notifications notifications, DateFormats dates) {
        this.notifications = notifications;
        this.dates = dates;
        this.staffs = staffs;
        this.schedule = schedule;
        this.people = people;
        this.mail = mail;
        this.messages = messages;
        this.properties = properties;
    }

    @ApplicationModuleListener
    void on(ExtraordinarySessionCalled event) {
        JavaMailSender sender = mail.getIfAvailable();
        Staff staff = staffs.findByIdAndTenantId(event.staffId(), event.tenantId()).orElseThrow();
        SessionView session = schedule.session(event.tenantId(), event.sessionId()).orElseThrow();
        List<UUID> memberIds = staff.members().stream().map(StaffMember::personId).toList();
        Map<UUID, PersonView> members = people.peopleOfTenant(event.tenantId(), memberIds);
        String start = WHEN.format(session.start().atZone(dates.zone(event.tenantId())));
        notifications.send(event.tenantId(), memberIds, "notification.extraordinary-session",
                List.of(staff.name(), start, session.title() == null ? "" : session.title()), "/staffs/" + staff.id());
        String[] recipients = members.values().stream().map(PersonView::email)
                .filter(email -> email != null && !email.isBlank()).toArray(String[]::new);
        if (sender == null || recipients.length == 0) {
            return;
        }
        String when = start;
        String link = properties.baseUrl().replaceAll("/+$", "") + "/staffs/" + staff.id();
        var message = new SimpleMailMessage();
        message.setFrom(properties.mailFrom());
        message.setBcc(recipients);
        message.setSubject(messages.getMessage("session.extraordinary.mail.subject",
                new Object[] {staff.name(), when}, Locale.GERMAN));
        message.setText(messages.getMessage("session.extraordinary.mail.text", new Object[] {staff.name(), when,
                session.title() == null ? "" : session.title(), link,
                session.videoUrl() == null ? "–" : session.videoUrl()}, Locale.GERMAN));
        sender.send(message);
    }
}
