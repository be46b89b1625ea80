package de.lagezentrum.journal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.transaction.support.TransactionTemplate;

import de.lagezentrum.Administrator;
import de.lagezentrum.organisation.Role;
import de.lagezentrum.organisation.TestOrganisation;
import de.lagezentrum.organisation.TestOrganisation.TestTenant;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.staff.NewStaff;
import de.lagezentrum.staff.StaffManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The journal against embedded PostgreSQL: the chain as stored, the database refusing changes, verify
 * finding rows changed behind the application's back, and gapless order under concurrent appends.
 */
// ModularityTests verifies the module structure; verifying it again here would also judge test classes.
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, verifyAutomatically = false)
class JournalModuleTests {

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
    TransactionTemplate transaction;

    TestTenant tenant;
    CurrentUser lead;
    UUID staffId;

    @BeforeEach
    void staff() {
        tenant = organisation.newTenant("Journalstadt " + UUID.randomUUID());
        lead = tenant.user("Beate Leitung", Role.STAFF_LEAD, Role.EMPLOYEE);
        staffId = staffs.create(lead, new NewStaff("Hochwasserstab", null, null, null)).id();
    }

    @Test
    void entriesAreStoredAsAHashChainFromGenesis(AssertablePublishedEvents events) {
        JournalEntry first = journal.append(lead, staffId, new NewJournalEntry("Pegel 7,80 m", JournalCategory.REPORT,
                null, null));
        JournalEntry second = journal.append(lead, staffId, NewJournalEntry.note("Deichläufer verständigt"));

        List<StoredEntry> rows = rows();
        assertThat(rows).extracting(StoredEntry::seq).containsExactly(1L, 2L);
        assertThat(rows.get(0).previousHash()).isEqualTo(EntryHash.GENESIS);
        assertThat(rows.get(1).previousHash()).isEqualTo(rows.get(0).hash());
        assertThat(rows).allSatisfy(row -> assertThat(EntryHash.of(row)).isEqualTo(row.hash()));
        assertThat(first.hash()).isEqualTo(rows.get(0).hash());
        assertThat(second.previousHash()).isEqualTo(first.hash());
        assertThat(second.occurredAt()).isEqualTo(second.recordedAt());
        assertThat(events.ofType(JournalEntryWritten.class).matching(e -> e.staffId().equals(staffId))).hasSize(2);
        assertThat(journal.verify(lead, staffId)).isEqualTo(new JournalVerification(true, 2, null, second.hash()));
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveEntries() {
        JournalEntry entry = journal.append(lead, staffId, NewJournalEntry.note("Lagebesprechung 10:00"));

        assertThatThrownBy(() -> jdbc.sql("UPDATE journal.entry SET text = 'gefälscht' WHERE id = ?")
                .param(entry.id()).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM journal.entry WHERE id = ?").param(entry.id()).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("TRUNCATE journal.entry CASCADE").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("UPDATE journal.chain SET last_seq = 0 WHERE staff_id = ?")
                .param(staffId).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("only moves forward");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM journal.chain WHERE staff_id = ?").param(staffId).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("only moves forward");

        assertThat(journal.entry(lead, staffId, entry.id()).text()).isEqualTo("Lagebesprechung 10:00");
        assertThat(journal.verify(lead, staffId).valid()).isTrue();
    }

    @Test
    void verifyNamesTheFirstEntryChangedBehindTheApplicationsBack() {
        appendNotes(5);
        assertThat(journal.verify(lead, staffId).valid()).isTrue();

        asAttacker("UPDATE journal.entry SET text = 'Keine besonderen Vorkommnisse' WHERE staff_id = ? AND seq = 3");

        assertThat(journal.verify(lead, staffId)).isEqualTo(new JournalVerification(false, 5, 3L, null));
        // The attacker's trigger switch was undone with the change: the table is protected again.
        assertThatThrownBy(() -> jdbc.sql("UPDATE journal.entry SET text = 'x' WHERE staff_id = ?").param(staffId)
                .update()).hasMessageContaining("append-only");
    }

    @Test
    void anAttackerWhoRecomputesTheHashIsCaughtByTheNextEntry() {
        appendNotes(4);
        StoredEntry second = rows().get(1);
        StoredEntry forged = new StoredEntry(second.id(), second.tenantId(), second.staffId(), second.seq(),
                second.category(), "Nichts passiert", second.occurredAt(), second.recordedAt(), second.authorId(),
                second.authorName(), second.corrects(), second.hashFormat(), second.previousHash(), "").sealed();

        asAttacker("UPDATE journal.entry SET text = 'Nichts passiert', hash = '" + forged.hash()
                + "' WHERE staff_id = ? AND seq = 2");

        assertThat(journal.verify(lead, staffId).firstBrokenSeq()).isEqualTo(3L);
    }

    @Test
    void anEntryRemovedFromTheEndIsCaughtByTheChainHead() {
        appendNotes(3);

        asAttacker("DELETE FROM journal.entry WHERE staff_id = ? AND seq = 3");

        assertThat(journal.verify(lead, staffId)).isEqualTo(new JournalVerification(false, 2, 3L, null));
    }

    @Test
    void tenThousandConcurrentAppendsGetEverySeqOnceAndAValidChain() throws Exception {
        int writers = 8;
        int perWriter = 1250;
        Set<Long> seqs = ConcurrentHashMap.newKeySet();
        // Checks run while the writers write: when seq 2500, 5000 and 7500 have been handed out.
        Map<Long, CountDownLatch> milestones = Map.of(2500L, new CountDownLatch(1), 5000L, new CountDownLatch(1),
                7500L, new CountDownLatch(1));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                work.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < perWriter; i++) {
                        long seq = journal.append(lead, staffId, NewJournalEntry.note("Schreiber " + writer + ", " + i))
                                .seq();
                        seqs.add(seq);
                        if (milestones.containsKey(seq)) {
                            milestones.get(seq).countDown();
                        }
                    }
                    return null;
                }));
            }
            // Each check sees one consistent snapshot, never a half-written chain.
            Future<List<JournalVerification>> checks = pool.submit(() -> {
                List<JournalVerification> results = new ArrayList<>();
                for (long milestone : List.of(2500L, 5000L, 7500L)) {
                    milestones.get(milestone).await();
                    results.add(journal.verify(lead, staffId));
                }
                return results;
            });
            start.countDown();
            for (Future<?> writer : work) {
                writer.get(120, TimeUnit.SECONDS);
            }
            assertThat(checks.get(60, TimeUnit.SECONDS)).hasSize(3).allSatisfy(check -> {
                assertThat(check.valid()).isTrue();
                assertThat(check.entries()).isGreaterThanOrEqualTo(2500);
            });
        }
        finally {
            pool.shutdownNow();
        }

        assertThat(seqs).hasSize(writers * perWriter)
                .containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, 10_000).boxed().toList());
        assertThat(jdbc.sql("SELECT count(*) FROM journal.entry WHERE staff_id = ?").param(staffId).query(Long.class)
                .single()).isEqualTo(10_000);
        assertThat(jdbc.sql("SELECT last_seq FROM journal.chain WHERE staff_id = ?").param(staffId).query(Long.class)
                .single()).isEqualTo(10_000);
        JournalVerification verification = journal.verify(lead, staffId);
        assertThat(verification.valid()).isTrue();
        assertThat(verification.entries()).isEqualTo(10_000);
    }

    private void appendNotes(int count) {
        for (int i = 1; i <= count; i++) {
            journal.append(lead, staffId, NewJournalEntry.note("Meldung " + i));
        }
    }

    /**
     * Someone with the database's superuser role (as the embedded database's {@code postgres}) switches
     * the trigger off, changes the journal and switches it on again, all in one transaction.
     */
    private void asAttacker(String statement) {
        assertThat(jdbc.sql("SELECT rolsuper FROM pg_roles WHERE rolname = current_user").query(Boolean.class)
                .single()).as("the test database user is the superuser").isTrue();
        transaction.executeWithoutResult(status -> {
            jdbc.sql("ALTER TABLE journal.entry DISABLE TRIGGER entry_append_only").update();
            jdbc.sql(statement).param(staffId).update();
            jdbc.sql("ALTER TABLE journal.entry ENABLE TRIGGER entry_append_only").update();
        });
    }

    private List<StoredEntry> rows() {
        List<StoredEntry> rows = new ArrayList<>();
        transaction.executeWithoutResult(status -> new JournalQueries(jdbc).streamStored(tenant.id(), staffId,
                rows::add));
        return rows;
    }
}
