package de.lagezentrum.journal;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import de.lagezentrum.organisation.Role;
import de.lagezentrum.organisation.TestOrganisation;
import de.lagezentrum.organisation.TestOrganisation.TestTenant;
import de.lagezentrum.platform.database.EmbeddedPostgresConfiguration.EmbeddedPostgresLease;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.staff.NewStaff;
import de.lagezentrum.staff.StaffManagement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures the journal against embedded PostgreSQL: append throughput through the facade with 1 and 8
 * concurrent writers on one staff, and the time to verify a chain of 100,000 entries. Not a test of the
 * normal run (its name does not end in {@code Tests}, so surefire skips it); run it explicitly:
 *
 * <pre>
 * ./mvnw -o -q -Dlagezentrum.build-dir=target-journal test -Dtest=JournalBenchmark -DargLine=-Xmx256m
 * </pre>
 *
 * The figures go to the log (logger {@code de.lagezentrum.journal.JournalBenchmark}) and to
 * {@code docs/benchmarks.md} by hand.
 */
@Tag("benchmark")
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, verifyAutomatically = false)
class JournalBenchmark {

    private static final Logger log = LoggerFactory.getLogger(JournalBenchmark.class);
    private static final String TEXT = "Lagemeldung Feuerwehr: Pegel Rhein bei 7,80 m und steigend, Deichläufer im "
            + "Abschnitt Nord verständigt, Sandsackausgabe am Bauhof läuft, nächste Meldung in 30 Minuten.";

    @Autowired
    JournalManagement journal;

    @Autowired
    StaffManagement staffs;

    @Autowired
    TestOrganisation organisation;

    /** The superuser: seeds behind the facade and switches row-level security off for the comparison. */
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JournalSearch search;

    @Autowired
    void administrator(EmbeddedPostgresLease embedded) {
        jdbc = new JdbcTemplate(new DriverManagerDataSource(embedded.administratorUrl()));
    }

    @Test
    void measure() throws Exception {
        TestTenant tenant = organisation.newTenant("Benchmarkstadt " + UUID.randomUUID());
        CurrentUser lead = tenant.user("Beate Leitung", Role.STAFF_LEAD, Role.EMPLOYEE);

        appends(lead, newStaff(lead, "Aufwärmen"), 1, 1_000);
        double single = appends(lead, newStaff(lead, "Ein Schreiber"), 1, 5_000);
        double eight = appends(lead, newStaff(lead, "Acht Schreiber"), 8, 10_000);

        UUID big = newStaff(lead, "Hunderttausend");
        long seeding = System.nanoTime();
        seed(tenant.id(), big, lead, 100_000);
        Duration seeded = Duration.ofNanos(System.nanoTime() - seeding);
        List<Duration> verifications = new ArrayList<>();
        for (int run = 0; run < 3; run++) {
            long started = System.nanoTime();
            JournalVerification result = journal.verify(lead, big);
            verifications.add(Duration.ofNanos(System.nanoTime() - started));
            assertThat(result.valid()).isTrue();
            assertThat(result.entries()).isEqualTo(100_000);
        }

        jdbc.execute("ANALYZE journal.entry");
        Duration rare = searchMedian(lead, "Unterkünfte", 50);
        Duration common = searchMedian(lead, "Deichläufer", 50);

        // The cost of row-level security: the same appends and searches with the journal's policies
        // switched off (the per-transaction set_config stays), then on again, in this one run.
        rowLevelSecurity(false);
        double singleOff;
        double eightOff;
        Duration rareOff;
        Duration commonOff;
        try {
            singleOff = appends(lead, newStaff(lead, "Ohne RLS, ein Schreiber"), 1, 5_000);
            eightOff = appends(lead, newStaff(lead, "Ohne RLS, acht Schreiber"), 8, 10_000);
            rareOff = searchMedian(lead, "Unterkünfte", 50);
            commonOff = searchMedian(lead, "Deichläufer", 50);
        }
        finally {
            rowLevelSecurity(true);
        }
        double singleAgain = appends(lead, newStaff(lead, "Wieder mit RLS, ein Schreiber"), 1, 5_000);
        double eightAgain = appends(lead, newStaff(lead, "Wieder mit RLS, acht Schreiber"), 8, 10_000);
        log.warn(String.format(Locale.ROOT, """

                Row-level security (journal tables; with = mean of the runs before and after)
                  append, 1 writer:   with %.0f/s (%.0f, %.0f), without %.0f/s, ratio %.2f
                  append, 8 writers:  with %.0f/s (%.0f, %.0f), without %.0f/s, ratio %.2f
                  search, rare term:  with %s, without %s
                  search, common:     with %s, without %s""",
                (single + singleAgain) / 2, single, singleAgain, singleOff, (single + singleAgain) / 2 / singleOff,
                (eight + eightAgain) / 2, eight, eightAgain, eightOff, (eight + eightAgain) / 2 / eightOff,
                rare, rareOff, common, commonOff));

        log.warn(String.format(Locale.ROOT, """

                Journal benchmark (%d cores, max heap %d MiB, PostgreSQL %s)
                  append, 1 writer:   %.0f entries/s (5,000 entries)
                  append, 8 writers:  %.0f entries/s (10,000 entries, one staff)
                  verify 100,000:     %s (runs: %s; seeding took %s)
                  search 100,000:     %s median for a term in 100 entries, %s for a term in ~99,900 (top 50 of each)""",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (1024 * 1024),
                jdbc.queryForObject("SHOW server_version", String.class), single, eight,
                verifications.stream().min(Duration::compareTo).orElseThrow(), verifications, seeded, rare, common));
    }

    private void rowLevelSecurity(boolean on) {
        for (String table : List.of("journal.chain", "journal.entry")) {
            jdbc.execute("ALTER TABLE " + table + (on ? " ENABLE" : " DISABLE") + " ROW LEVEL SECURITY");
        }
    }

    private UUID newStaff(CurrentUser lead, String name) {
        return staffs.create(lead, new NewStaff(name + " " + UUID.randomUUID(), null, null, null)).id();
    }

    /** Entries per second for {@code total} appends spread over {@code writers} threads. */
    private double appends(CurrentUser lead, UUID staffId, int writers, int total) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            long started = System.nanoTime();
            List<Future<?>> work = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                work.add(pool.submit(() -> {
                    for (int i = 0; i < total / writers; i++) {
                        journal.append(lead, staffId, NewJournalEntry.note(TEXT));
                    }
                    return null;
                }));
            }
            for (Future<?> future : work) {
                future.get();
            }
            return total / (Duration.ofNanos(System.nanoTime() - started).toMillis() / 1000.0);
        }
        finally {
            pool.shutdownNow();
        }
    }

    /** Median of 7 searches through the journal's search source (German stemming, ranking, snippets). */
    private Duration searchMedian(CurrentUser user, String query, int limit) {
        List<Duration> runs = new ArrayList<>();
        for (int run = 0; run < 7; run++) {
            long started = System.nanoTime();
            assertThat(search.search(user, query, limit)).isNotEmpty();
            runs.add(Duration.ofNanos(System.nanoTime() - started));
        }
        runs.sort(Duration::compareTo);
        return runs.get(runs.size() / 2);
    }

    /** A valid chain written in batches, bypassing the facade: only verification is measured on it. */
    private void seed(UUID tenantId, UUID staffId, CurrentUser author, int count) {
        transaction.executeWithoutResult(status -> {
            jdbc.update("INSERT INTO journal.chain (staff_id, tenant_id, last_seq, last_hash) VALUES (?, ?, 0, ?)",
                    staffId, tenantId, EntryHash.GENESIS);
            String previous = EntryHash.GENESIS;
            Instant time = Instant.now().truncatedTo(ChronoUnit.MICROS).minus(Duration.ofDays(1));
            List<Object[]> batch = new ArrayList<>();
            for (int seq = 1; seq <= count; seq++) {
                // Every thousandth entry is about accommodation: a rare term for the search figures.
                String text = seq % 1000 == 0 ? "Unterkunft Nord meldet 40 freie Plätze (" + seq + ")"
                        : TEXT + " (" + seq + ")";
                StoredEntry entry = new StoredEntry(UUID.randomUUID(), tenantId, staffId, seq, JournalCategory.REPORT,
                        text, time, time, author.personId(), author.displayName(), null,
                        EntryHash.FORMAT, previous, "").sealed();
                batch.add(new Object[] {entry.id(), tenantId, staffId, entry.seq(), entry.category().name(),
                        entry.text(), JournalChain.utc(time), JournalChain.utc(time), entry.authorId(),
                        entry.authorName(), entry.previousHash(), entry.hash()});
                previous = entry.hash();
                time = time.plusMillis(500);
                if (batch.size() == 1000) {
                    insert(batch);
                }
            }
            insert(batch);
            // The head moves forward one entry at a time (its trigger allows nothing else).
            jdbc.update("ALTER TABLE journal.chain DISABLE TRIGGER chain_forward_only");
            jdbc.update("UPDATE journal.chain SET last_seq = ?, last_hash = ? WHERE staff_id = ?", count, previous,
                    staffId);
            jdbc.update("ALTER TABLE journal.chain ENABLE TRIGGER chain_forward_only");
        });
    }

    private void insert(List<Object[]> batch) {
        jdbc.batchUpdate("""
                INSERT INTO journal.entry (id, tenant_id, staff_id, seq, category, text, occurred_at, recorded_at,
                                           author_id, author_name, hash_format, previous_hash, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)""", batch);
        batch.clear();
    }
}
