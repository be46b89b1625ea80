package de.lagezentrum.staff;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import de.lagezentrum.organisation.DemoCityLoaded;
import de.lagezentrum.organisation.PeopleManagement;
import de.lagezentrum.organisation.PersonView;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.PageRequest;

/**
 * Musterstadt's "Koordinierungsstab Ukraine" (seed 000): led by the social affairs head, members
 * from several departments, the seven topic areas, weekly on Wednesdays at 10:00 by video.
 */
@Component
class StaffDemoData {

    private final PeopleManagement people;
    private final StaffManagement staffs;
    private final SessionManagement sessions;

    StaffDemoData(PeopleManagement people, StaffManagement staffs, SessionManagement sessions) {
        this.people = people;
        this.staffs = staffs;
        this.sessions = sessions;
    }

    @ApplicationModuleListener
    void on(DemoCityLoaded event) {
        CurrentUser lead = people.actingAs(event.tenantId(), "stabsleitung").orElse(null);
        if (lead == null) {
            return;
        }
        StaffView staff = staffs.create(lead, new NewStaff("Koordinierungsstab Ukraine",
                "Aufnahme, Unterbringung und Integration geflüchteter Menschen aus der Ukraine: "
                        + "verwaltungsübergreifend, transparent, lösungsorientiert.", null, null));
        Map<String, String> members = Map.of(
                "Jonas Weber", "Protokollführung",
                "Miriam Roth", "Kommunikation und Medienbriefings",
                "Ali Karimi", "Registrierung",
                "Markus Schmitt", "Unterbringung",
                "Petra Lang", "Gesundheit",
                "Sabine Vogel", "Besondere Zielgruppen: Kinder und Jugendliche",
                "Aylin Demir", "Bürgerdienste");
        members.forEach((name, function) -> person(lead, name)
                .ifPresent(person -> staffs.addMember(lead, staff.id(), new NewMember(person.id(), function))));
        LocalDate firstWednesday = LocalDate.now().minusWeeks(6).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
        sessions.createSeries(lead, staff.id(), new NewSeries(DayOfWeek.WEDNESDAY, LocalTime.of(10, 0), 90,
                "Europe/Berlin", firstWednesday, null, "https://meet.musterstadt.example/koordinierungsstab-ukraine"));
    }

    private java.util.Optional<PersonView> person(CurrentUser user, String name) {
        List<PersonView> found = people.people(user, name, null, new PageRequest(0, 2)).items();
        return found.stream().filter(person -> person.displayName().equals(name)).findFirst();
    }
}
