package de.lagezentrum.organisation;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import de.lagezentrum.Administrator;
import de.lagezentrum.IntegrationTest;
import de.lagezentrum.journal.JournalCategory;
import de.lagezentrum.journal.JournalEntry;
import de.lagezentrum.journal.JournalManagement;
import de.lagezentrum.journal.JournalVerification;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.PageRequest;
import de.lagezentrum.staff.AgendaItemView;
import de.lagezentrum.staff.DemoStaffLoaded;
import de.lagezentrum.staff.EntryType;
import de.lagezentrum.staff.EntryView;
import de.lagezentrum.staff.ProtocolManagement;
import de.lagezentrum.staff.ProtocolView;
import de.lagezentrum.staff.SessionManagement;
import de.lagezentrum.staff.SessionView;
import de.lagezentrum.staff.TaskManagement;
import de.lagezentrum.staff.TaskStatus;
import de.lagezentrum.staff.TaskView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Musterstadt's demo data: departments, people and one account for every role, as the README lists them;
 * the coordination staff with two past sessions (approved protocols, decisions, tasks) and its journal.
 */
@IntegrationTest
class DemoDataTests {

    @Autowired
    @Administrator
    JdbcClient jdbc;

    @Autowired
    PeopleManagement people;

    @Autowired
    SessionManagement sessions;

    @Autowired
    ProtocolManagement protocols;

    @Autowired
    TaskManagement tasks;

    @Autowired
    JournalManagement journal;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void everyRoleHasADemoAccount() {
        List<String> roles = jdbc.sql("""
                SELECT DISTINCT r.role FROM organisation.account_role r
                  JOIN organisation.account a ON a.id = r.account_id
                  JOIN organisation.tenant t ON t.id = a.tenant_id WHERE t.name = 'Musterstadt'""")
                .query(String.class).list();

        assertThat(roles).containsExactlyInAnyOrder(java.util.Arrays.stream(Role.values()).map(Role::name)
                .toArray(String[]::new));
    }

    @Test
    void theReadmesDemoLoginsExist() {
        List<String> usernames = jdbc.sql("SELECT username FROM organisation.account").query(String.class).list();

        assertThat(usernames).contains("admin", "stabsleitung", "stab", "presse", "journalist", "veranstaltung",
                "moderation", "programm", "mitarbeiterin");
        assertThat(jdbc.sql("""
                SELECT count(*) FROM organisation.department d JOIN organisation.tenant t ON t.id = d.tenant_id
                 WHERE t.name = 'Musterstadt'""").query(Long.class).single()).isGreaterThanOrEqualTo(10);
    }

    @Test
    void musterstadtHasItsCoordinationStaffWithWeeklySessions() {
        // The staff module adds it in reaction to the demo city, after the first start's commit.
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("""
                SELECT count(*) FROM staff.staff s JOIN organisation.tenant t ON t.id = s.tenant_id
                 WHERE t.name = 'Musterstadt' AND s.name = 'Koordinierungsstab Ukraine'
                   AND EXISTS (SELECT 1 FROM staff.session_series r WHERE r.staff_id = s.id)""")
                .query(Long.class).single() == 1);

        // Other tests may name a staff alike in their own municipalities: look at Musterstadt only.
        assertThat(jdbc.sql("""
                SELECT count(*) FROM staff.staff_member m JOIN staff.staff s ON s.id = m.staff_id
                  JOIN organisation.tenant t ON t.id = s.tenant_id
                 WHERE t.name = 'Musterstadt' AND s.name = 'Koordinierungsstab Ukraine'""").query(Long.class).single())
                .isGreaterThanOrEqualTo(8);
        assertThat(jdbc.sql("""
                SELECT a.username FROM staff.staff s JOIN organisation.account a ON a.person_id = s.lead_id
                  JOIN organisation.tenant t ON t.id = s.tenant_id
                 WHERE t.name = 'Musterstadt' AND s.name = 'Koordinierungsstab Ukraine'""").query(String.class).single())
                .isEqualTo("stabsleitung");
    }

    @Test
    void theTwoLatestPastWednesdaysHaveApprovedProtocolsDecisionsAndTasks() {
        UUID staffId = awaitDemoJournal();
        CurrentUser lead = people.actingAs(musterstadt(), "stabsleitung").orElseThrow();

        // The sessions with protocols are the two most recent occurrences of the series that are over.
        List<UUID> withProtocol = sessionsWithApprovedProtocol(staffId);
        List<UUID> lastTwoPast = jdbc.sql("""
                SELECT id FROM (SELECT id, starts_at FROM staff.session
                                 WHERE staff_id = ? AND series_id IS NOT NULL AND ends_at < now()
                                 ORDER BY starts_at DESC LIMIT 2) last ORDER BY starts_at""")
                .param(staffId).query(UUID.class).list();
        assertThat(withProtocol).hasSize(2).isEqualTo(lastTwoPast);
        for (UUID sessionId : withProtocol) {
            SessionView session = sessions.session(lead, sessionId);
            assertThat(session.start().atZone(ZoneId.of("Europe/Berlin")).getDayOfWeek()).isEqualTo(DayOfWeek.WEDNESDAY);
            ProtocolView protocol = protocols.protocol(lead, sessionId);
            assertThat(protocol.status()).isEqualTo("APPROVED");
            assertThat(protocol.attendance()).hasSizeGreaterThanOrEqualTo(6);
            assertThat(protocol.items()).filteredOn(item -> !item.followUpItem()).hasSize(3)
                    .allSatisfy(item -> assertThat(item.topic()).isNotBlank());
            assertThat(protocol.decisions()).hasSize(3)
                    .allSatisfy(decision -> assertThat(decision.rationale()).isNotBlank());
            assertThat(protocol.entries()).anySatisfy(entry -> assertThat(entry.type()).isEqualTo(EntryType.NOTE));
        }
        // The later session took up what the earlier one left open, frozen as it stood.
        assertThat(protocols.protocol(lead, withProtocol.get(0)).items()).noneMatch(AgendaItemView::followUpItem);
        assertThat(protocols.protocol(lead, withProtocol.get(1)).items().get(0)).satisfies(item -> {
            assertThat(item.followUpItem()).isTrue();
            assertThat(item.followUp()).isNotEmpty().allSatisfy(task -> assertThat(task.sessionId())
                    .isEqualTo(withProtocol.get(0)));
        });
        int year = protocols.protocol(lead, withProtocol.get(0)).decisions().get(0).recordedAt()
                .atZone(ZoneId.of("Europe/Berlin")).getYear();
        assertThat(withProtocol.stream().flatMap(id -> protocols.protocol(lead, id).decisions().stream())
                .map(EntryView::decisionNumber))
                .containsExactly(java.util.stream.IntStream.rangeClosed(1, 6)
                        .mapToObj(n -> "B-%d-%03d".formatted(year, n)).toArray(String[]::new));

        List<TaskView> demoTasks = tasks.tasks(lead, null, null, null, null, false).stream()
                .filter(task -> task.staffId().equals(staffId)).toList();
        assertThat(demoTasks).hasSize(6);
        assertThat(demoTasks).filteredOn(task -> task.status() == TaskStatus.DONE).hasSize(3);
        assertThat(demoTasks).filteredOn(task -> task.status() == TaskStatus.OPEN
                || task.status() == TaskStatus.IN_PROGRESS).hasSize(3);
        assertThat(demoTasks).filteredOn(TaskView::overdue).hasSize(1);
        assertThat(demoTasks).anySatisfy(task -> assertThat(task.departmentId()).isNotNull())
                .anySatisfy(task -> assertThat(task.assigneeId()).isNotNull());
    }

    @Test
    void theDemoJournalHoldsTheSessionsAndSituationReportsInAValidChain() {
        UUID staffId = awaitDemoJournal();
        CurrentUser lead = people.actingAs(musterstadt(), "stabsleitung").orElseThrow();

        JournalVerification verification = journal.verify(lead, staffId);
        assertThat(verification.valid()).isTrue();
        // 6 decisions, 6 tasks, 2 protocol approvals (all by themselves), 4 reports and 1 event by hand.
        assertThat(verification.entries()).isEqualTo(6 + 6 + 2 + 5);
        List<JournalEntry> entries = journal.entries(lead, staffId, new PageRequest(0, 50)).items();
        assertThat(entries).filteredOn(entry -> entry.category() == JournalCategory.REPORT).hasSize(4)
                .allSatisfy(entry -> assertThat(entry.text()).startsWith("Lagemeldung")
                        .satisfies(text -> assertThat(entry.occurredAt()).isBefore(entry.recordedAt())));
        assertThat(entries).filteredOn(entry -> entry.category() == JournalCategory.DECISION).hasSize(6)
                .allSatisfy(entry -> assertThat(entry.text()).startsWith("Beschluss B-").contains("Begründung:"));
        assertThat(entries).filteredOn(entry -> entry.category() == JournalCategory.ORDER).hasSize(6);
        assertThat(entries).filteredOn(entry -> entry.category() == JournalCategory.EVENT).hasSize(3)
                .filteredOn(entry -> entry.text().startsWith("Protokoll der Sitzung vom")).hasSize(2)
                .allSatisfy(entry -> assertThat(entry.text()).endsWith("genehmigt (Version 1)."));
    }

    @Test
    void theJournalEntriesOfTheDemoSessionsCarryTheTimeOfTheirSession() {
        UUID staffId = awaitDemoJournal();
        CurrentUser lead = people.actingAs(musterstadt(), "stabsleitung").orElseThrow();
        List<SessionView> held = sessionsWithApprovedProtocol(staffId).stream().map(id -> sessions.session(lead, id))
                .toList();
        List<JournalEntry> entries = journal.entries(lead, staffId, new PageRequest(0, 50)).items();

        for (SessionView session : held) {
            // Three decisions and three tasks were recorded while each session was held, not when the demo loaded.
            assertThat(entries).filteredOn(entry -> entry.category() == JournalCategory.DECISION
                    || entry.category() == JournalCategory.ORDER)
                    .filteredOn(entry -> !entry.occurredAt().isBefore(session.start())
                            && !entry.occurredAt().isAfter(session.end()))
                    .hasSize(6);
            String day = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")
                    .format(session.start().atZone(ZoneId.of("Europe/Berlin")));
            assertThat(entries).filteredOn(entry -> entry.text().startsWith("Protokoll der Sitzung vom " + day))
                    .singleElement().satisfies(approval -> assertThat(approval.occurredAt())
                            .isAfter(session.end()).isBeforeOrEqualTo(session.end().plus(Duration.ofMinutes(30))));
            assertThat(protocols.protocol(lead, session.id()).entries()).allSatisfy(entry -> assertThat(
                    entry.recordedAt()).isBetween(session.start(), session.end()));
        }
    }

    @Test
    void theDemoIsLoadedOnlyOnce() {
        UUID staffId = awaitDemoJournal();
        UUID tenantId = musterstadt();
        long sessionsBefore = jdbc.sql("SELECT count(*) FROM staff.session WHERE staff_id = ?").param(staffId)
                .query(Long.class).single();

        // A redelivered event (e.g. after a crash) must neither add a second staff nor more minutes or reports.
        // The listeners react after commit, as they do in the application.
        transaction.executeWithoutResult(status -> {
            events.publishEvent(new DemoCityLoaded(tenantId));
            events.publishEvent(new DemoStaffLoaded(tenantId, staffId, Instant.now().minusSeconds(3600),
                    Instant.now().minusSeconds(60)));
        });

        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("""
                SELECT count(*) FROM staff.staff s WHERE s.tenant_id = ? AND s.name = 'Koordinierungsstab Ukraine'""")
                .param(tenantId).query(Long.class).single() == 1
                && jdbc.sql("SELECT count(*) FROM journal.entry WHERE staff_id = ?").param(staffId).query(Long.class)
                        .single() == 19);
        assertThat(jdbc.sql("SELECT count(*) FROM staff.session WHERE staff_id = ?").param(staffId).query(Long.class)
                .single()).isEqualTo(sessionsBefore);
    }

    private List<UUID> sessionsWithApprovedProtocol(UUID staffId) {
        return jdbc.sql("""
                SELECT s.id FROM staff.session s JOIN staff.protocol_version p ON p.session_id = s.id
                 WHERE s.staff_id = ? AND p.status = 'APPROVED' ORDER BY s.starts_at""")
                .param(staffId).query(UUID.class).list();
    }

    private UUID musterstadt() {
        return jdbc.sql("SELECT id FROM organisation.tenant WHERE name = 'Musterstadt'").query(UUID.class).single();
    }

    /** The staff module writes the minutes, the journal module its reports and the sessions' records, after commit. */
    private UUID awaitDemoJournal() {
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql("""
                SELECT count(*) FROM journal.entry e JOIN staff.staff s ON s.id = e.staff_id
                  JOIN organisation.tenant t ON t.id = s.tenant_id
                 WHERE t.name = 'Musterstadt' AND s.name = 'Koordinierungsstab Ukraine'""")
                .query(Long.class).single() >= 19);
        return jdbc.sql("""
                SELECT s.id FROM staff.staff s JOIN organisation.tenant t ON t.id = s.tenant_id
                 WHERE t.name = 'Musterstadt' AND s.name = 'Koordinierungsstab Ukraine'""").query(UUID.class).single();
    }
}
