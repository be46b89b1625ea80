package de.lagezentrum.briefing.briefings;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import de.lagezentrum.Administrator;
import de.lagezentrum.IntegrationTest;
import de.lagezentrum.briefing.BriefingManagement;
import de.lagezentrum.briefing.BriefingSeriesManagement;
import de.lagezentrum.briefing.BriefingView;
import de.lagezentrum.briefing.NewBriefingSeries;
import de.lagezentrum.briefing.TestBriefings;
import de.lagezentrum.briefing.TestBriefings.PressOffice;
import de.lagezentrum.organisation.PeopleManagement;
import de.lagezentrum.organisation.PersonChange;
import de.lagezentrum.organisation.PersonDetails;
import de.lagezentrum.organisation.PersonView;
import de.lagezentrum.organisation.Role;
import de.lagezentrum.platform.security.CurrentUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reminder the day before a briefing, through the scheduled job with clocks set relative to the
 * briefing, into a real SMTP server (GreenMail): every enabled journalist of the municipality gets it in
 * blind copy, with the time in local time and the join link; once per briefing; not before the day before,
 * not for a cancelled briefing, and for the dates of a series too.
 */
@IntegrationTest
class BriefingReminderTests {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Autowired
    BriefingReminders reminders;

    @Autowired
    BriefingManagement briefings;

    @Autowired
    BriefingSeriesManagement series;

    @Autowired
    PeopleManagement people;

    @Autowired
    TestBriefings fixtures;

    @Autowired
    GreenMail mail;

    @Autowired
    Clock clock;

    @Autowired
    @Administrator
    JdbcClient jdbc;

    PressOffice office;
    CurrentUser journalist;
    CurrentUser colleague;
    CurrentUser retired;

    @BeforeEach
    void journalists() {
        office = fixtures.pressOffice("Erinnerungsstadt");
        journalist = office.tenant().user("Tobias Klein", Role.JOURNALIST);
        colleague = office.tenant().user("Lea Redaktion", Role.JOURNALIST);
        retired = office.tenant().user("Otto Ehemals", Role.JOURNALIST);
        PersonView former = people.person(office.tenant().admin(), retired.personId());
        people.updatePerson(office.tenant().admin(), retired.personId(), new PersonChange(new PersonDetails(
                former.displayName(), former.email(), null, null, null), Set.of(Role.JOURNALIST), false, null,
                former.version()));
    }

    @Test
    void theDayBeforeEveryEnabledJournalistGetsTheReminderOnce() throws Exception {
        String title = "Pressebriefing " + UUID.randomUUID();
        BriefingView briefing = fixtures.plan(office, title, Duration.ofDays(3));

        reminders.remind(at(briefing.start().minus(Duration.ofHours(25))));
        assertThat(mailsAbout(title)).isEmpty();

        reminders.remind(at(briefing.start().minus(Duration.ofHours(23))));

        List<MimeMessage> sent = mailsAbout(title);
        // One message in blind copy: GreenMail delivers one copy to each recipient.
        assertThat(sent).hasSize(2);
        assertThat(inboxAbout(journalist, title)).isEqualTo(1);
        assertThat(inboxAbout(colleague, title)).isEqualTo(1);
        assertThat(inboxAbout(retired, title)).isZero();
        MimeMessage message = sent.get(0);
        assertThat(message.getRecipients(Message.RecipientType.TO)).isNull();
        String local = briefing.start().atZone(BERLIN).toLocalDate().format(DateTimeFormatter
                .ofPattern("dd.MM.yyyy")) + " um " + briefing.start().atZone(BERLIN).toLocalTime() + " Uhr";
        assertThat(message.getSubject()).contains(title, local);
        String body = message.getContent().toString();
        assertThat(body).contains("/briefings/" + briefing.id() + "/join", "/presse/briefings/" + briefing.id() + ".ics");
        assertThat(jdbc.sql("SELECT recipients FROM briefing.reminder WHERE briefing_id = ?").param(briefing.id())
                .query(Integer.class).single()).isEqualTo(2);

        // Once: later runs, on this instance or another, find the record and send nothing.
        reminders.remind(at(briefing.start().minus(Duration.ofHours(22))));
        reminders.remind(at(briefing.start().minus(Duration.ofMinutes(5))));
        assertThat(mailsAbout(title)).hasSize(2);
    }

    @Test
    void aCancelledBriefingIsNotRemindedOfAndOneThatHasBegunNoLonger() {
        String cancelledTitle = "Abgesagt " + UUID.randomUUID();
        BriefingView cancelled = fixtures.plan(office, cancelledTitle, Duration.ofDays(4));
        briefings.cancel(office.press(), cancelled.id(), null);
        String lateTitle = "Begonnen " + UUID.randomUUID();
        BriefingView late = fixtures.plan(office, lateTitle, Duration.ofDays(5));

        reminders.remind(at(cancelled.start().minus(Duration.ofHours(12))));
        reminders.remind(at(late.start().plus(Duration.ofMinutes(1))));

        assertThat(mailsAbout(cancelledTitle)).isEmpty();
        assertThat(mailsAbout(lateTitle)).isEmpty();
    }

    @Test
    void theDatesOfASeriesAreRemindedOfToo() {
        String title = "Wochenbriefing " + UUID.randomUUID();
        LocalDate today = LocalDate.now(clock.withZone(BERLIN));
        series.create(office.press(), new NewBriefingSeries(DayOfWeek.WEDNESDAY, LocalTime.of(10, 30), 45, title,
                today, null, null, office.chair().personId(), null, null, null));
        LocalDate date = today.plusDays(3).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
        Instant start = date.atTime(10, 30).atZone(BERLIN).toInstant();

        // Nobody listed the series' dates before: the job makes the date a briefing and reminds of it.
        reminders.remind(at(start.minus(Duration.ofHours(20))));

        assertThat(mailsAbout(title)).hasSize(2).allSatisfy(message ->
                assertThat(subject(message)).contains(date.format(DateTimeFormatter
                        .ofPattern("dd.MM.yyyy")) + " um 10:30 Uhr"));
    }

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    private List<MimeMessage> mailsAbout(String title) {
        return Arrays.stream(mail.getReceivedMessages()).filter(message -> subject(message).contains(title)).toList();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        }
        catch (MessagingException e) {
            return "";
        }
    }

    /** How many mails about the title are in the person's inbox (a blind copy names nobody in its headers). */
    private long inboxAbout(CurrentUser person, String title) throws Exception {
        GreenMailUser user = mail.getUserManager().getUserByEmail(person.username() + "@test.example");
        if (user == null) {
            return 0;
        }
        return mail.getManagers().getImapHostManager().getInbox(user).getMessages().stream()
                .filter(stored -> subject(stored.getMimeMessage()).contains(title)).count();
    }
}
