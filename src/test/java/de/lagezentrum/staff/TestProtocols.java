package de.lagezentrum.staff;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import de.lagezentrum.organisation.Role;
import de.lagezentrum.organisation.TestOrganisation;
import de.lagezentrum.organisation.TestOrganisation.TestTenant;
import de.lagezentrum.platform.security.CurrentUser;

/**
 * Builds a staff with a session whose protocol holds as many agenda items as asked, each with a note, a
 * decision with rationale and a task, through the real facades (for tests and the PDF benchmark).
 */
@Component
public class TestProtocols {

    private final TestOrganisation organisation;
    private final StaffManagement staffs;
    private final SessionManagement sessions;
    private final MinutesManagement minutes;
    private final ProtocolManagement protocols;

    TestProtocols(TestOrganisation organisation, StaffManagement staffs, SessionManagement sessions,
            MinutesManagement minutes, ProtocolManagement protocols) {
        this.organisation = organisation;
        this.staffs = staffs;
        this.sessions = sessions;
        this.minutes = minutes;
        this.protocols = protocols;
    }

    /** A session with {@code items} agenda items and their minutes, attendance recorded, protocol still open. */
    public Session session(int items) {
        TestTenant tenant = organisation.newTenant("Protokollstadt " + UUID.randomUUID());
        CurrentUser lead = tenant.user("Petra Protokoll", Role.STAFF_LEAD, Role.EMPLOYEE);
        CurrentUser member = tenant.user("Moritz Mitschrift", Role.STAFF_MEMBER, Role.EMPLOYEE);
        CurrentUser absent = tenant.user("Anna Abwesend", Role.STAFF_MEMBER, Role.EMPLOYEE);
        StaffView staff = staffs.create(lead, new NewStaff("Koordinierungsstab Ukraine", null, null, null));
        staffs.addMember(lead, staff.id(), new NewMember(member.personId(), "Protokollführung"));
        staffs.addMember(lead, staff.id(), new NewMember(absent.personId(), "Registrierung"));
        SessionView session = sessions.call(lead, staff.id(), new NewSession(Instant.parse("2026-03-04T09:00:00Z"),
                Instant.parse("2026-03-04T10:30:00Z"), SessionKind.REGULAR, "Lage Unterbringung", null));
        List<String> topics = staff.topics();
        for (int i = 1; i <= items; i++) {
            String topic = topics.get(i % topics.size());
            AgendaItemView item = minutes.propose(lead, session.id(), new NewAgendaItem(topic + " – Punkt " + i, topic,
                    null));
            minutes.record(member, session.id(), item.id(), new NewEntry(EntryType.NOTE, "Sachstand " + i
                    + ": 120 Plätze in der Turnhalle Nord belegt, 35 frei; Wartezeit bei der Registrierung drei Tage.",
                    null, null, null, null));
            minutes.record(member, session.id(), item.id(), new NewEntry(EntryType.DECISION, "Beschluss " + i
                    + ": Die Turnhalle Nord wird bis Ende April als Notunterkunft weitergeführt.",
                    "Duschen und Küche sind vorhanden; Alternativen frühestens im Mai.", null, null, null));
            minutes.record(member, session.id(), item.id(), new NewEntry(EntryType.TASK, "Aufgabe " + i
                    + ": Belegungsplan mit dem Sozialamt abstimmen.", null, member.personId(), null,
                    LocalDate.of(2026, 3, 11)));
        }
        protocols.attendance(member, session.id(), Set.of(lead.personId(), member.personId()));
        return new Session(lead, member, absent, staff.id(), session.id());
    }

    /** The same, with version 1 finalised and approved. */
    public Session approved(int items) {
        Session session = session(items);
        protocols.finalise(session.member(), session.sessionId());
        protocols.approve(session.lead(), session.sessionId());
        return session;
    }

    /** The staff's next session, a week later, with nothing recorded yet. */
    public UUID nextSession(Session earlier) {
        return sessions.call(earlier.lead(), earlier.staffId(), new NewSession(Instant.parse("2026-03-11T09:00:00Z"),
                Instant.parse("2026-03-11T10:30:00Z"), SessionKind.REGULAR, null, null)).id();
    }

    /** A prepared session: its lead, the protocol keeper, a member who was absent. */
    public record Session(CurrentUser lead, CurrentUser member, CurrentUser absent, UUID staffId, UUID sessionId) {
    }
}
