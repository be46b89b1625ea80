package de.lagezentrum.journal;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import de.lagezentrum.organisation.PeopleManagement;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.staff.DemoStaffLoaded;

/**
 * The manual part of the demo staff's operations journal: situation reports (Lagemeldungen) before
 * each of its two past sessions and what happened in between. The sessions' decisions, tasks and
 * protocol approvals reach the journal by themselves ({@link JournalFromSessions}).
 */
@Component
class JournalDemoData {

    private final JournalManagement journal;
    private final PeopleManagement people;
    private final JdbcClient jdbc;

    JournalDemoData(JournalManagement journal, PeopleManagement people, JdbcClient jdbc) {
        this.journal = journal;
        this.people = people;
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(DemoStaffLoaded event) {
        CurrentUser lead = people.actingAs(event.tenantId(), "stabsleitung").orElse(null);
        CurrentUser keeper = people.actingAs(event.tenantId(), "stab").orElse(null);
        CurrentUser press = people.actingAs(event.tenantId(), "presse").orElse(null);
        if (lead == null || keeper == null || press == null || written(event.staffId())) {
            return;
        }
        Instant earlier = event.earlierSession();
        Instant later = event.laterSession();
        report(keeper, event, earlier.minus(Duration.ofMinutes(40)), JournalCategory.REPORT, """
                Lagemeldung: 312 Geflüchtete aus der Ukraine registriert, davon 118 Kinder und Jugendliche. \
                Notunterkunft Turnhalle Nord mit 148 von 160 Plätzen belegt. Das Land kündigt für die kommende \
                Woche 80 weitere Zuweisungen an. Wartezeit auf einen Termin bei der Ausländerbehörde: 9 Tage.""");
        report(press, event, earlier.minus(Duration.ofMinutes(25)), JournalCategory.REPORT, """
                Lagemeldung Kommunikation: Bürgertelefon gestern 112 Anrufe, Schwerpunkte Sachspenden und \
                private Unterbringungsangebote. Anfrage des Musterstädter Anzeigers zur Belegung der Turnhalle \
                Nord liegt vor; Antwort im Medienbriefing am Donnerstag.""");
        report(keeper, event, earlier.plus(Duration.ofDays(4)).plus(Duration.ofHours(5)), JournalCategory.EVENT, """
                Notunterkunft Messehalle in Betrieb genommen: 250 Feldbetten aufgebaut, Sanitätsdienst vor Ort. \
                Die ersten 46 Personen sind aus der Turnhalle Nord umgezogen.""");
        report(keeper, event, later.minus(Duration.ofMinutes(40)), JournalCategory.REPORT, """
                Lagemeldung: 398 Personen registriert (+86 seit der letzten Sitzung). Messehalle mit 96 von 250 \
                Plätzen belegt, Turnhalle Nord mit 102 von 160. Samstagsregistrierung im Bürgerbüro Mitte: \
                41 Personen. Wartezeit bei der Ausländerbehörde auf 5 Tage gesunken.""");
        report(press, event, later.minus(Duration.ofMinutes(20)), JournalCategory.REPORT, """
                Lagemeldung Kommunikation: Medienbriefing mit 14 Redaktionen, Fragen vor allem zu Schulplätzen \
                und zur Wohnungsvermittlung. Bürgertelefon: 86 Anrufe. Mehrere Anfragen auf Ukrainisch, die \
                FAQ gibt es bisher nur auf Deutsch.""");
    }

    private void report(CurrentUser author, DemoStaffLoaded event, @Nullable Instant occurredAt, JournalCategory category,
            String text) {
        journal.append(author, event.staffId(), new NewJournalEntry(text, category, occurredAt, null));
    }

    /** Loaded once: a redelivered event finds the reports and leaves the journal alone. */
    private boolean written(UUID staffId) {
        return jdbc.sql("SELECT count(*) > 0 FROM journal.entry WHERE staff_id = ? AND category = 'REPORT'")
                .param(staffId).query(Boolean.class).single();
    }
}
