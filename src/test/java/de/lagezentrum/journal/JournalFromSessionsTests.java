package de.lagezentrum.journal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import de.lagezentrum.IntegrationTest;
import de.lagezentrum.organisation.Role;
import de.lagezentrum.organisation.TestOrganisation;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.PageRequest;
import de.lagezentrum.staff.EntryCorrection;
import de.lagezentrum.staff.EntryType;
import de.lagezentrum.staff.EntryView;
import de.lagezentrum.staff.MinutesManagement;
import de.lagezentrum.staff.NewAgendaItem;
import de.lagezentrum.staff.NewEntry;
import de.lagezentrum.staff.NewSession;
import de.lagezentrum.staff.NewStaff;
import de.lagezentrum.staff.SessionKind;
import de.lagezentrum.staff.SessionManagement;
import de.lagezentrum.staff.StaffManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Decisions and tasks recorded in a session reach the staff's journal through module events. */
@IntegrationTest
class JournalFromSessionsTests {

    @Autowired
    TestOrganisation organisation;

    @Autowired
    StaffManagement staffs;

    @Autowired
    SessionManagement sessions;

    @Autowired
    MinutesManagement minutes;

    @Autowired
    JournalManagement journal;

    @Autowired
    JournalFromSessions listener;

    @Test
    void decisionsAndTasksAreJournalledByThemselves() {
        CurrentUser lead = organisation.newTenant("Journalstadt " + UUID.randomUUID())
                .user("Jana Journal", Role.STAFF_LEAD);
        UUID staffId = staffs.create(lead, new NewStaff("Stab ETB", null, null, null)).id();
        UUID sessionId = sessions.call(lead, staffId, new NewSession(Instant.parse("2026-03-04T09:00:00Z"),
                Instant.parse("2026-03-04T10:00:00Z"), SessionKind.REGULAR, null, null)).id();
        UUID item = minutes.propose(lead, sessionId, new NewAgendaItem("Lage", null, null)).id();

        String number = minutes.record(lead, sessionId, item, new NewEntry(EntryType.DECISION,
                "Turnhalle Nord wird Notunterkunft", "Einzige Halle mit Duschen", null, null, null)).decisionNumber();
        minutes.record(lead, sessionId, item, new NewEntry(EntryType.TASK, "Feldbetten beschaffen", null,
                lead.personId(), null, LocalDate.of(2026, 3, 6)));
        minutes.record(lead, sessionId, item, new NewEntry(EntryType.NOTE, "Lage stabil", null, null, null, null));

        await().atMost(Duration.ofSeconds(15))
                .until(() -> journal.entries(lead, staffId, new PageRequest(0, 10)).total() == 2);
        List<JournalEntry> entries = journal.entries(lead, staffId, new PageRequest(0, 10)).items();
        assertThat(entries).extracting(JournalEntry::category)
                .containsExactlyInAnyOrder(JournalCategory.DECISION, JournalCategory.ORDER);
        assertThat(entries).extracting(JournalEntry::text).anySatisfy(text -> assertThat(text)
                .contains("Beschluss " + number, "Turnhalle Nord", "Begründung: Einzige Halle mit Duschen"));
        assertThat(entries).extracting(JournalEntry::text).anySatisfy(text -> assertThat(text)
                .contains("Auftrag: Feldbetten beschaffen", "Verantwortlich: Jana Journal", "Fällig: 06.03.2026"));
        assertThat(journal.verify(lead, staffId).valid()).isTrue();
    }

    @Test
    void nanosecondsFromOtherModulesDoNotBreakTheChain() {
        CurrentUser lead = organisation.newTenant("Nanostadt " + UUID.randomUUID()).user("Nora Nano", Role.STAFF_LEAD);
        UUID staffId = staffs.create(lead, new NewStaff("Stab Nano", null, null, null)).id();

        // Events carry Instants from Clock.systemUTC(), which can have nanoseconds; PostgreSQL keeps micros.
        listener.on(new de.lagezentrum.staff.DecisionRecorded(lead.tenantId(), staffId, UUID.randomUUID(),
                UUID.randomUUID(), "B-2026-999", "Test", null, lead.personId(),
                Instant.parse("2026-03-04T09:00:00.123456789Z")));

        // The listener runs asynchronously, as after a real commit.
        await().atMost(Duration.ofSeconds(15))
                .until(() -> journal.entries(lead, staffId, new PageRequest(0, 10)).total() == 1);
        assertThat(journal.verify(lead, staffId).valid()).isTrue();
    }

    @Test
    void correctedDecisionsAndLongOrOddTextsStillReachTheJournal() {
        CurrentUser lead = organisation.newTenant("Berichtigungsstadt " + UUID.randomUUID())
                .user("Bert Berichtigt", Role.STAFF_LEAD);
        UUID staffId = staffs.create(lead, new NewStaff("Stab Berichtigung", null, null, null)).id();
        UUID sessionId = sessions.call(lead, staffId, new NewSession(Instant.parse("2026-03-04T09:00:00Z"),
                Instant.parse("2026-03-04T10:00:00Z"), SessionKind.REGULAR, null, null)).id();
        UUID item = minutes.propose(lead, sessionId, new NewAgendaItem("Lage", null, null)).id();
        // Text and rationale at their limits: together far beyond what one journal entry holds.
        EntryView decision = minutes.record(lead, sessionId, item, new NewEntry(EntryType.DECISION,
                "Turnhalle Nord " + "x".repeat(9_000), "Begründung\u0007 " + "y".repeat(9_000), null, null, null));
        minutes.correct(lead, sessionId, decision.id(), new EntryCorrection("Turnhalle Süd wird Notunterkunft",
                "Nord wird saniert", decision.version()));

        await().atMost(Duration.ofSeconds(15))
                .until(() -> journal.entries(lead, staffId, new PageRequest(0, 10)).total() == 2);
        List<JournalEntry> entries = journal.entries(lead, staffId, new PageRequest(0, 10)).items();
        assertThat(entries).extracting(JournalEntry::text)
                .anySatisfy(text -> assertThat(text).startsWith("Beschluss " + decision.decisionNumber())
                        .hasSize(NewJournalEntry.MAX_TEXT).endsWith("…").doesNotContain("\u0007"))
                .anySatisfy(text -> assertThat(text).isEqualTo("Beschluss " + decision.decisionNumber()
                        + " berichtigt: Turnhalle Süd wird Notunterkunft\nBegründung: Nord wird saniert"));
        assertThat(journal.verify(lead, staffId).valid()).isTrue();
    }
}
