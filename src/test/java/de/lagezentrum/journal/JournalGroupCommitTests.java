package de.lagezentrum.journal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.transaction.support.TransactionTemplate;

import de.lagezentrum.Administrator;
import de.lagezentrum.organisation.Role;
import de.lagezentrum.organisation.TestOrganisation;
import de.lagezentrum.organisation.TestOrganisation.TestTenant;
import de.lagezentrum.platform.database.EmbeddedPostgresConfiguration.EmbeddedPostgresLease;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.InvalidInputException;
import de.lagezentrum.platform.web.NotFoundException;
import de.lagezentrum.staff.NewMember;
import de.lagezentrum.staff.NewStaff;
import de.lagezentrum.staff.StaffManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Appends to one staff that wait behind another are written together (one transaction, one lock of the
 * chain's head), and each is still checked and answered on its own. To make appends wait, the test holds
 * the head's row lock from a connection of its own, as an append on another instance would.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, verifyAutomatically = false)
class JournalGroupCommitTests {

    @Autowired
    JournalManagement journal;

    @Autowired
    StaffManagement staffs;

    @Autowired
    TestOrganisation organisation;

    @Autowired
    @Administrator
    JdbcClient jdbc;

    @Autowired
    EmbeddedPostgresLease embedded;

    @Autowired
    TransactionTemplate transaction;

    TestTenant tenant;
    CurrentUser lead;
    CurrentUser member;
    CurrentUser outsider;
    UUID staffId;
    ExecutorService pool;
    /** Whether an append waits for the head the test holds, so that further appends queue behind it. */
    volatile boolean queueing;

    @BeforeEach
    void staff() {
        tenant = organisation.newTenant("Sammelstadt " + UUID.randomUUID());
        lead = tenant.user("Beate Leitung", Role.STAFF_LEAD, Role.EMPLOYEE);
        member = tenant.user("Moritz Mitglied", Role.STAFF_MEMBER, Role.EMPLOYEE);
        outsider = tenant.user("Olga Außen", Role.STAFF_MEMBER, Role.EMPLOYEE);
        staffId = staffs.create(lead, new NewStaff("Sammelstab", null, null, null)).id();
        staffs.addMember(lead, staffId, new NewMember(member.personId(), null));
        // The chain's head exists from the first entry on.
        journal.append(lead, staffId, NewJournalEntry.note("Stab eingerichtet"));
        pool = Executors.newCachedThreadPool();
    }

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void appendsQueuedBehindAWriterAreWrittenTogetherAndARefusedOneWritesNothing() throws Exception {
        Map<String, Future<JournalEntry>> calls;
        try (HeldHead held = holdHead()) {
            Future<JournalEntry> first = append(lead, NewJournalEntry.note("Erste, wartet auf den Kopf"));
            held.awaitWaiter();
            // One after the other, so that the queue's order is known.
            calls = new LinkedHashMap<>();
            calls.put("lead", append(lead, NewJournalEntry.note("Lage: Pegel 7,80 m")));
            calls.put("outsider", append(outsider, NewJournalEntry.note("Von außen")));
            calls.put("unknown correction", append(lead, new NewJournalEntry("Korrektur", null, null, UUID.randomUUID())));
            calls.put("blank", append(member, NewJournalEntry.note("   ")));
            calls.put("member", append(member, new NewJournalEntry("Meldung Gesundheitsamt", JournalCategory.REPORT,
                    null, null)));
            held.release();
            assertThat(first.get(30, TimeUnit.SECONDS).seq()).isEqualTo(2);
        }

        assertThat(failure(calls.get("outsider"))).isInstanceOf(NotFoundException.class);
        assertThat(failure(calls.get("unknown correction"))).isInstanceOf(InvalidInputException.class);
        assertThat(failure(calls.get("blank"))).isInstanceOf(InvalidInputException.class);
        JournalEntry fromLead = calls.get("lead").get(30, TimeUnit.SECONDS);
        JournalEntry fromMember = calls.get("member").get(30, TimeUnit.SECONDS);
        // The two accepted ones follow each other in the order they were queued, in one transaction.
        assertThat(List.of(fromLead.seq(), fromMember.seq())).containsExactly(3L, 4L);
        assertThat(fromMember.previousHash()).isEqualTo(fromLead.hash());
        assertThat(transactionOf(fromLead)).isEqualTo(transactionOf(fromMember));
        assertStoredAsReturned(List.of(fromLead, fromMember));
        assertThat(count()).isEqualTo(4);
        assertThat(journal.verify(lead, staffId)).satisfies(check -> {
            assertThat(check.valid()).isTrue();
            assertThat(check.entries()).isEqualTo(4);
        });
    }

    @Test
    void aBatchWhoseTransactionFailsIsWrittenAppendByAppendSoThatOnlyTheFaultyOneFails() throws Exception {
        // Passes every check of the application, but not the database's (author names up to 200 characters).
        CurrentUser overlong = new CurrentUser(lead.tenantId(), lead.tenantName(), lead.accountId(), lead.personId(),
                lead.username(), "L".repeat(201), lead.roles());
        Future<JournalEntry> before;
        Future<JournalEntry> faulty;
        Future<JournalEntry> after;
        try (HeldHead held = holdHead()) {
            Future<JournalEntry> first = append(lead, NewJournalEntry.note("Erste, wartet auf den Kopf"));
            held.awaitWaiter();
            before = append(lead, NewJournalEntry.note("Davor"));
            faulty = append(overlong, NewJournalEntry.note("Mit zu langem Namen"));
            after = append(member, NewJournalEntry.note("Danach"));
            held.release();
            first.get(30, TimeUnit.SECONDS);
        }

        assertThat(failure(faulty)).isInstanceOf(DataAccessException.class);
        JournalEntry written = before.get(30, TimeUnit.SECONDS);
        JournalEntry writtenAfter = after.get(30, TimeUnit.SECONDS);
        assertThat(List.of(written.seq(), writtenAfter.seq())).containsExactly(3L, 4L);
        assertThat(transactionOf(written)).isNotEqualTo(transactionOf(writtenAfter));
        assertStoredAsReturned(List.of(written, writtenAfter));
        assertThat(count()).isEqualTo(4);
        assertThat(journal.verify(lead, staffId).valid()).isTrue();
    }

    @Test
    void concurrentWritersEachGetTheEntryThatIsStoredInAGaplessValidChain() throws Exception {
        int writers = 8;
        int perWriter = 150;
        List<CurrentUser> authors = List.of(lead, member);
        CountDownLatch start = new CountDownLatch(1);
        Map<Long, JournalEntry> returned = new ConcurrentHashMap<>();
        List<Future<?>> work = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            work.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < perWriter; i++) {
                    JournalEntry entry = journal.append(authors.get(writer % 2), staffId,
                            NewJournalEntry.note("Schreiber " + writer + ", Meldung " + i));
                    assertThat(returned.put(entry.seq(), entry)).isNull();
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> writer : work) {
            writer.get(120, TimeUnit.SECONDS);
        }

        int total = writers * perWriter;
        // Once every writer has its answer, nothing of the staff's queue is kept.
        assertThat(journal.appendsUnderWay(tenant.id(), staffId)).isFalse();
        assertThat(returned.keySet()).containsExactlyInAnyOrderElementsOf(
                LongStream.rangeClosed(2, total + 1).boxed().toList());
        assertStoredAsReturned(List.copyOf(returned.values()));
        List<Instant> recorded = jdbc.sql("SELECT recorded_at FROM journal.entry WHERE staff_id = ? ORDER BY seq")
                .param(staffId).query(Instant.class).list();
        assertThat(recorded).isSortedAccordingTo(Instant::compareTo).doesNotHaveDuplicates();
        assertThat(journal.verify(lead, staffId)).satisfies(check -> {
            assertThat(check.valid()).isTrue();
            assertThat(check.entries()).isEqualTo(total + 1);
        });
        // Writers that waited were written together: fewer transactions than entries.
        long transactions = jdbc.sql("SELECT count(DISTINCT xmin::text) FROM journal.entry WHERE staff_id = ?")
                .param(staffId).query(Long.class).single();
        assertThat(transactions).isLessThan(total + 1);
    }

    /** Appends on a thread of its own; once the head is held, returns when the append is queued. */
    private Future<JournalEntry> append(CurrentUser user, NewJournalEntry command) {
        int queued = journal.queuedAppends(tenant.id(), staffId);
        Future<JournalEntry> call = pool.submit(() -> journal.append(user, staffId, command));
        if (queueing) {
            awaitQueued(queued + 1);
        }
        return call;
    }

    /** Waits (without sleeping) until that many appends queue behind the one being written. */
    private void awaitQueued(int count) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (journal.queuedAppends(tenant.id(), staffId) < count) {
            assertThat(System.nanoTime()).as("%d appends queued", count).isLessThan(deadline);
            Thread.onSpinWait();
        }
    }

    private static Throwable failure(Future<JournalEntry> call) {
        return catchThrowable(() -> call.get(30, TimeUnit.SECONDS)).getCause();
    }

    private long count() {
        return jdbc.sql("SELECT count(*) FROM journal.entry WHERE staff_id = ?").param(staffId).query(Long.class)
                .single();
    }

    private String transactionOf(JournalEntry entry) {
        return jdbc.sql("SELECT xmin::text FROM journal.entry WHERE id = ?").param(entry.id()).query(String.class)
                .single();
    }

    /** What each caller got back is exactly the row as stored, hash included. */
    private void assertStoredAsReturned(List<JournalEntry> entries) {
        for (JournalEntry entry : entries) {
            assertThat(journal.entry(lead, staffId, entry.id())).isEqualTo(entry);
        }
    }

    /** Locks the chain's head from a connection of the test's own until released. */
    private HeldHead holdHead() throws Exception {
        Connection connection = DriverManager.getConnection(embedded.administratorUrl());
        connection.setAutoCommit(false);
        try (PreparedStatement lock = connection.prepareStatement(
                "SELECT last_seq FROM journal.chain WHERE staff_id = ? FOR UPDATE")) {
            lock.setObject(1, staffId);
            lock.executeQuery().close();
        }
        return new HeldHead(connection);
    }

    /** The head's lock held by the test. */
    private final class HeldHead implements AutoCloseable {

        private final Connection connection;

        HeldHead(Connection connection) {
            this.connection = connection;
        }

        /** Waits until an append waits for the lock in the database. */
        void awaitWaiter() {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (jdbc.sql("""
                    SELECT count(*) FROM pg_stat_activity
                     WHERE wait_event_type = 'Lock' AND query LIKE '%journal.chain%FOR UPDATE%'""")
                    .query(Long.class).single() == 0) {
                assertThat(System.nanoTime()).as("an append waits for the head").isLessThan(deadline);
                Thread.onSpinWait();
            }
            queueing = true;
        }

        void release() throws Exception {
            queueing = false;
            connection.rollback();
        }

        @Override
        public void close() throws Exception {
            connection.close();
        }
    }
}
