package de.lagezentrum.staff;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import de.lagezentrum.organisation.DemoCityLoaded;
import de.lagezentrum.organisation.DepartmentView;
import de.lagezentrum.organisation.OrganisationManagement;
import de.lagezentrum.organisation.PeopleManagement;
import de.lagezentrum.organisation.PersonView;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.DateFormats;
import de.lagezentrum.platform.web.PageRequest;

/**
 * Musterstadt's "Koordinierungsstab Ukraine" (seed 000): led by the social affairs head, members
 * from several departments, the seven topic areas, weekly on Wednesdays at 10:00 by video. Its two
 * most recent past sessions carry minutes (notes, numbered decisions with rationale, tasks for
 * persons and departments, some done, some open, one overdue) and approved protocols; all written
 * through the module's facades, so decisions and tasks reach the journal as they would in real use.
 */
@Component
class StaffDemoData {

    static final String STAFF_NAME = "Koordinierungsstab Ukraine";

    private final PeopleManagement people;
    private final OrganisationManagement organisation;
    private final StaffManagement staffs;
    private final SessionManagement sessions;
    private final MinutesManagement minutes;
    private final ProtocolManagement protocols;
    private final TaskManagement tasks;
    private final ApplicationEventPublisher events;
    private final DateFormats dates;
    private final Clock clock;

    StaffDemoData(PeopleManagement people, OrganisationManagement organisation, StaffManagement staffs,
            SessionManagement sessions, MinutesManagement minutes, ProtocolManagement protocols, TaskManagement tasks,
            ApplicationEventPublisher events, DateFormats dates, Clock clock) {
        this.people = people;
        this.organisation = organisation;
        this.staffs = staffs;
        this.sessions = sessions;
        this.minutes = minutes;
        this.protocols = protocols;
        this.tasks = tasks;
        this.events = events;
        this.dates = dates;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(DemoCityLoaded event) {
        CurrentUser lead = people.actingAs(event.tenantId(), "stabsleitung").orElse(null);
        CurrentUser keeper = people.actingAs(event.tenantId(), "stab").orElse(null);
        // Loaded once: a redelivered event (after a crash) finds the staff and leaves it alone.
        if (lead == null || keeper == null
                || staffs.myStaffs(lead).stream().anyMatch(staff -> staff.name().equals(STAFF_NAME))) {
            return;
        }
        StaffView staff = staffs.create(lead, new NewStaff(STAFF_NAME,
                "Aufnahme, Unterbringung und Integration geflüchteter Menschen aus der Ukraine: "
                        + "verwaltungsübergreifend, transparent, lösungsorientiert.", null, null));
        Map<String, String> functions = Map.of(
                "Jonas Weber", "Protokollführung",
                "Miriam Roth", "Kommunikation und Medienbriefings",
                "Ali Karimi", "Registrierung",
                "Markus Schmitt", "Unterbringung",
                "Petra Lang", "Gesundheit",
                "Sabine Vogel", "Besondere Zielgruppen: Kinder und Jugendliche",
                "Aylin Demir", "Bürgerdienste");
        Map<String, UUID> person = new HashMap<>();
        functions.forEach((name, function) -> person(lead, name).ifPresent(found -> {
            staffs.addMember(lead, staff.id(), new NewMember(found.id(), function));
            person.put(name, found.id());
        }));
        LocalDate today = dates.today(event.tenantId(), clock);
        LocalDate firstWednesday = today.minusWeeks(6).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
        sessions.createSeries(lead, staff.id(), new NewSeries(DayOfWeek.WEDNESDAY, LocalTime.of(10, 0), 90,
                null, firstWednesday, null, "https://meet.musterstadt.example/koordinierungsstab-ukraine"));

        // The two most recent Wednesdays of the series that are over.
        Instant now = clock.instant();
        List<SessionView> past = sessions.sessions(lead, staff.id(), today.minusWeeks(3), today).stream()
                .filter(session -> session.end().isBefore(now) && session.status().equals("PLANNED"))
                .sorted(Comparator.comparing(SessionView::start)).toList();
        if (past.size() < 2) {
            return;
        }
        SessionView earlier = past.get(past.size() - 2);
        SessionView later = past.get(past.size() - 1);
        Map<String, UUID> department = new HashMap<>();
        for (DepartmentView each : organisation.allDepartments(lead)) {
            department.put(each.shortName(), each.id());
        }
        Demo demo = new Demo(lead, keeper, person, department);
        ZoneId zone = dates.zone(event.tenantId());
        earlierSession(demo, new Sitting(earlier, now), date(earlier, zone), date(later, zone));
        laterSession(demo, new Sitting(later, now), date(later, zone));
        events.publishEvent(new DemoStaffLoaded(event.tenantId(), staff.id(), earlier.start(), later.start()));
    }

    private void earlierSession(Demo demo, Sitting session, LocalDate day, LocalDate next) {
        UUID housing = item(demo, session, "Lage in den Notunterkünften", "Unterbringung", "Markus Schmitt");
        note(demo, session, housing, "Die Notunterkunft Turnhalle Nord ist mit 148 von 160 Plätzen belegt. Das Land "
                + "kündigt für die kommende Woche 80 weitere Zuweisungen an. Der Schulsport fällt seit drei Wochen aus.");
        decision(demo, session, housing, "Die Messehalle wird als zweite Notunterkunft mit 250 Plätzen eingerichtet.",
                "Die Turnhalle Nord ist zu über 90 % belegt, weitere Zuweisungen sind angekündigt. Die Messehalle hat "
                        + "Sanitäranlagen und ist ohne Umbau nutzbar; die Turnhalle soll dem Schulsport zurückgegeben werden.");
        UUID beds = task(demo, session, housing, "Feldbetten, Decken und Hygieneartikel für 250 Plätze in der "
                + "Messehalle beschaffen", demo.person("Markus Schmitt"), null, day.plusDays(5));

        UUID registration = item(demo, session, "Registrierung und Leistungsbezug", "Registrierung", "Ali Karimi");
        note(demo, session, registration, "312 Personen sind registriert, davon 118 Kinder und Jugendliche. Auf einen "
                + "Termin bei der Ausländerbehörde wartet man derzeit neun Tage.");
        decision(demo, session, registration, "Bis auf Weiteres wird samstags von 9 bis 14 Uhr im Bürgerbüro Mitte "
                + "zusätzlich registriert.", "Ohne Registrierung keine Leistungen nach dem Asylbewerberleistungsgesetz; "
                + "die Wartezeit soll unter fünf Tage sinken.");
        UUID roster = task(demo, session, registration, "Dienstplan für die Samstagsregistrierung im Bürgerbüro Mitte "
                + "aufstellen", null, demo.department("34"), day.plusDays(3));

        UUID volunteers = item(demo, session, "Ehrenamtliche Hilfe bündeln", "Ehrenamt", null);
        note(demo, session, volunteers, "Über 200 Hilfsangebote sind per E-Mail und Telefon eingegangen; sie werden "
                + "bisher an mehreren Stellen gesammelt, manche Helfende wurden mehrfach angefragt.");
        decision(demo, session, volunteers, "Eine zentrale Ehrenamtsbörse bündelt alle Hilfsangebote; die "
                + "Freiwilligenagentur übernimmt die Vermittlung.", "Doppelte Anfragen vermeiden, Kontaktdaten nur an "
                + "einer Stelle verarbeiten (Datenschutz) und Hilfe dorthin lenken, wo sie gebraucht wird.");
        // Due before the next session and still open: the overdue task of the demo.
        task(demo, session, volunteers, "Ehrenamtsbörse mit der Freiwilligenagentur abstimmen und online stellen",
                null, demo.department("50"), next.minusDays(1));

        close(demo, session, Set.of("Sabine Vogel"));
        tasks.changeStatus(demo.lead(), beds, TaskStatus.DONE, null);
        tasks.changeStatus(demo.lead(), roster, TaskStatus.DONE, null);
    }

    private void laterSession(Demo demo, Sitting session, LocalDate day) {
        UUID housing = item(demo, session, "Bericht aus den Notunterkünften", "Unterbringung", "Markus Schmitt");
        note(demo, session, housing, "Die Messehalle ist seit Montag in Betrieb und hat 96 Personen aufgenommen; "
                + "die Turnhalle Nord ist mit 102 Personen entlastet. Familien mit kleinen Kindern fragen nach Wohnungen.");
        decision(demo, session, housing, "Familien mit Kindern werden vorrangig in Wohnungen der städtischen "
                + "Wohnungsbaugesellschaft untergebracht.", "Notunterkünfte sind für längere Aufenthalte von Kindern "
                + "ungeeignet; die Wohnungsbaugesellschaft hat 24 freie Wohnungen gemeldet.");
        UUID schools = task(demo, session, housing, "Bedarf an Kita- und Schulplätzen für die aufgenommenen Kinder "
                + "erheben", demo.person("Sabine Vogel"), null, day.plusDays(7));

        UUID media = item(demo, session, "Medienbriefing und Bürgerinformation", "Kommunikation", "Miriam Roth");
        note(demo, session, media, "Am digitalen Medienbriefing am Donnerstag nahmen 14 Redaktionen teil. Häufigste "
                + "Fragen: Schulplätze, Wohnungsvermittlung, Sachspenden. Das Bürgertelefon zählte 86 Anrufe.");
        decision(demo, session, media, "Die FAQ-Seite zur Ukraine-Hilfe erscheint zusätzlich auf Ukrainisch und "
                + "Russisch.", "Viele Fragen kommen direkt von Geflüchteten; verlässliche Antworten in ihrer Sprache "
                + "beugen Falschinformationen vor und entlasten das Bürgertelefon.");
        task(demo, session, media, "FAQ übersetzen lassen und auf musterstadt.example veröffentlichen", null,
                demo.department("13"), day.plusDays(10));

        UUID health = item(demo, session, "Gesundheitliche Versorgung", "Unterstützung und Hilfe", "Petra Lang");
        note(demo, session, health, "Viele Geflüchtete haben keinen vollständigen Impfschutz (Masern). Das "
                + "Gesundheitsamt bietet Sprechstunden in der Messehalle an; Dolmetschende stellt der Integrationsrat.");
        decision(demo, session, health, "Das Gesundheitsamt bietet wöchentlich eine Impf- und Gesundheitssprechstunde "
                + "in der Messehalle an.", "Niedrigschwelliger Zugang dort, wo die Menschen wohnen; Masernschutz ist "
                + "Voraussetzung für Kita und Schule.");
        UUID vaccination = task(demo, session, health, "Erste Impfsprechstunde in der Messehalle organisieren",
                demo.person("Petra Lang"), null, day.plusDays(2));

        close(demo, session, Set.of("Aylin Demir"));
        tasks.changeStatus(demo.lead(), vaccination, TaskStatus.DONE, null);
        tasks.changeStatus(demo.lead(), schools, TaskStatus.IN_PROGRESS, null);
    }

    /** Attendance, finalised by the keeper of the minutes when the session ends, approved by the lead after it. */
    private void close(Demo demo, Sitting session, Set<String> absent) {
        Set<UUID> present = new HashSet<>(demo.persons().values());
        present.add(demo.lead().personId());
        absent.forEach(name -> present.remove(demo.person(name)));
        protocols.attendance(demo.keeper(), session.id(), present);
        protocols.finalise(demo.keeper(), session.id(), session.end());
        protocols.approve(demo.lead(), session.id(), session.approval());
    }

    private UUID item(Demo demo, Sitting session, String title, String topic, @Nullable String presenter) {
        return minutes.propose(demo.lead(), session.id(), new NewAgendaItem(title, topic,
                presenter == null ? demo.lead().personId() : demo.person(presenter))).id();
    }

    private void note(Demo demo, Sitting session, UUID itemId, String text) {
        minutes.record(demo.keeper(), session.id(), itemId, new NewEntry(EntryType.NOTE, text, null, null, null, null),
                session.next());
    }

    private void decision(Demo demo, Sitting session, UUID itemId, String text, String rationale) {
        minutes.record(demo.keeper(), session.id(), itemId,
                new NewEntry(EntryType.DECISION, text, rationale, null, null, null), session.next());
    }

    private UUID task(Demo demo, Sitting session, UUID itemId, String text, @Nullable UUID assigneeId,
            @Nullable UUID departmentId, LocalDate due) {
        return Objects.requireNonNull(minutes.record(demo.keeper(), session.id(), itemId,
                new NewEntry(EntryType.TASK, text, null, assigneeId, departmentId, due), session.next()).taskId());
    }

    private static LocalDate date(SessionView session, ZoneId zone) {
        return session.start().atZone(zone).toLocalDate();
    }

    private Optional<PersonView> person(CurrentUser user, String name) {
        List<PersonView> found = people.people(user, name, null, new PageRequest(0, 2)).items();
        return found.stream().filter(person -> person.displayName().equals(name)).findFirst();
    }

    /**
     * A past session as it was held: each line of its minutes a few minutes after the one before,
     * the protocol finalised at its end and approved half an hour later (never after now).
     */
    private static final class Sitting {

        private static final Duration BETWEEN_ENTRIES = Duration.ofMinutes(6);

        private final SessionView session;
        private final Instant now;
        private Instant last;

        Sitting(SessionView session, Instant now) {
            this.session = session;
            this.now = now;
            this.last = session.start();
        }

        UUID id() {
            return session.id();
        }

        Instant next() {
            Instant next = last.plus(BETWEEN_ENTRIES);
            last = next.isBefore(session.end()) ? next : session.end();
            return last;
        }

        Instant end() {
            return session.end();
        }

        Instant approval() {
            Instant approval = session.end().plus(Duration.ofMinutes(30));
            return approval.isBefore(now) ? approval : now;
        }
    }

    /** Who writes the demo minutes, and the people and departments they refer to. */
    private record Demo(CurrentUser lead, CurrentUser keeper, Map<String, UUID> persons,
            Map<String, UUID> departments) {

        UUID person(String name) {
            return persons.get(name);
        }

        UUID department(String shortName) {
            return departments.get(shortName);
        }
    }
}
