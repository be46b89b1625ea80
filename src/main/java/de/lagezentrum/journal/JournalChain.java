package de.lagezentrum.journal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends entries to a staff's chain. The chain's head row is locked for the rest of the transaction,
 * so appends of one staff queue up behind each other while other staffs' appends run in parallel;
 * seq and previous hash come from the locked head, and the head moves on in the same transaction.
 */
@Component
class JournalChain {

    private final JdbcClient jdbc;
    private final Clock clock;

    JournalChain(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Writes the next entry of the staff's journal.
     *
     * @param occurredAt when it happened; null means the moment of recording
     * @param corrects an entry of the same staff; null for a new record
     */
    @Transactional(propagation = Propagation.MANDATORY)
    StoredEntry append(UUID tenantId, UUID staffId, UUID authorId, String authorName, JournalCategory category,
            String text, @Nullable Instant occurredAt, @Nullable UUID corrects) {
        Head head = lockHead(tenantId, staffId);
        // Taken under the lock, so that recordedAt follows the order of seq.
        Instant recordedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        // PostgreSQL keeps microseconds: the hash must be over what is stored, whoever calls.
        StoredEntry entry = new StoredEntry(UUID.randomUUID(), tenantId, staffId, head.lastSeq() + 1, category, text,
                occurredAt == null ? recordedAt : occurredAt.truncatedTo(ChronoUnit.MICROS), recordedAt, authorId, authorName, corrects,
                EntryHash.FORMAT, head.lastHash(), "").sealed();
        jdbc.sql("""
                INSERT INTO journal.entry (id, tenant_id, staff_id, seq, category, text, occurred_at, recorded_at,
                                           author_id, author_name, corrects, hash_format, previous_hash, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(entry.id(), tenantId, staffId, entry.seq(), category.name(), text, utc(entry.occurredAt()),
                        utc(recordedAt), authorId, authorName, corrects, entry.hashFormat(), entry.previousHash(),
                        entry.hash())
                .update();
        int moved = jdbc.sql("UPDATE journal.chain SET last_seq = ?, last_hash = ? WHERE staff_id = ? AND last_seq = ?")
                .params(entry.seq(), entry.hash(), staffId, head.lastSeq())
                .update();
        if (moved != 1) {
            throw new IllegalStateException("Journal chain of staff " + staffId + " moved while locked");
        }
        return entry;
    }

    /** The staff's head, locked until the transaction ends; created for the first entry. */
    private Head lockHead(UUID tenantId, UUID staffId) {
        Optional<Head> head = selectForUpdate(tenantId, staffId);
        if (head.isPresent()) {
            return head.get();
        }
        // Two first appends may race here; ON CONFLICT lets the loser wait for the winner's row.
        jdbc.sql("""
                INSERT INTO journal.chain (staff_id, tenant_id, last_seq, last_hash) VALUES (?, ?, 0, ?)
                ON CONFLICT (staff_id) DO NOTHING""")
                .params(staffId, tenantId, EntryHash.GENESIS)
                .update();
        return selectForUpdate(tenantId, staffId)
                .orElseThrow(() -> new IllegalStateException("Journal chain of staff " + staffId + " is missing"));
    }

    private Optional<Head> selectForUpdate(UUID tenantId, UUID staffId) {
        return jdbc.sql("SELECT last_seq, last_hash FROM journal.chain WHERE staff_id = ? AND tenant_id = ? FOR UPDATE")
                .params(staffId, tenantId)
                .query((rs, row) -> new Head(rs.getLong("last_seq"), rs.getString("last_hash")))
                .optional();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** The last seq and hash of a staff's chain. */
    record Head(long lastSeq, String lastHash) {
    }
}
