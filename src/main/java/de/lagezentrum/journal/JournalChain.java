package de.lagezentrum.journal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
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

    private final JdbcTemplate jdbc;
    private final Clock clock;

    JournalChain(JdbcTemplate jdbc, Clock clock) {
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
        return appendAll(tenantId, staffId,
                List.of(new Draft(authorId, authorName, category, text, occurredAt, corrects))).get(0);
    }

    /**
     * Writes the drafts as the next entries of the staff's journal, in their order, under one lock of the
     * head: one round trip for all rows. Each row moves the head by one in the same statement, so the
     * database's guard (the head only moves to its successor) holds for every entry of a batch too.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    List<StoredEntry> appendAll(UUID tenantId, UUID staffId, List<Draft> drafts) {
        Head head = lockHead(tenantId, staffId);
        List<StoredEntry> entries = new ArrayList<>(drafts.size());
        long seq = head.lastSeq();
        String previousHash = head.lastHash();
        @Nullable Instant previousRecordedAt = null;
        for (Draft draft : drafts) {
            // Taken under the lock, so that recordedAt follows the order of seq; PostgreSQL keeps
            // microseconds, and entries of one batch may fall into the same one.
            Instant recordedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
            if (previousRecordedAt != null && !recordedAt.isAfter(previousRecordedAt)) {
                recordedAt = previousRecordedAt.plus(1, ChronoUnit.MICROS);
            }
            // The hash must be over what is stored, whoever calls.
            StoredEntry entry = new StoredEntry(UUID.randomUUID(), tenantId, staffId, ++seq, draft.category(),
                    draft.text(), draft.occurredAt() == null ? recordedAt : draft.occurredAt().truncatedTo(ChronoUnit.MICROS),
                    recordedAt, draft.authorId(), draft.authorName(), draft.corrects(), EntryHash.FORMAT, previousHash,
                    "").sealed();
            entries.add(entry);
            previousHash = entry.hash();
            previousRecordedAt = recordedAt;
        }
        int[] moved = jdbc.batchUpdate("""
                WITH entry AS (
                    INSERT INTO journal.entry (id, tenant_id, staff_id, seq, category, text, occurred_at, recorded_at,
                                               author_id, author_name, corrects, hash_format, previous_hash, hash)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    RETURNING staff_id, seq, hash)
                UPDATE journal.chain AS chain SET last_seq = entry.seq, last_hash = entry.hash
                  FROM entry WHERE chain.staff_id = entry.staff_id AND chain.last_seq = entry.seq - 1""",
                new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement statement, int i) throws SQLException {
                        StoredEntry entry = entries.get(i);
                        statement.setObject(1, entry.id());
                        statement.setObject(2, entry.tenantId());
                        statement.setObject(3, entry.staffId());
                        statement.setLong(4, entry.seq());
                        statement.setString(5, entry.category().name());
                        statement.setString(6, entry.text());
                        statement.setObject(7, utc(entry.occurredAt()));
                        statement.setObject(8, utc(entry.recordedAt()));
                        statement.setObject(9, entry.authorId());
                        statement.setString(10, entry.authorName());
                        statement.setObject(11, entry.corrects(), Types.OTHER);
                        statement.setInt(12, entry.hashFormat());
                        statement.setString(13, entry.previousHash());
                        statement.setString(14, entry.hash());
                    }

                    @Override
                    public int getBatchSize() {
                        return entries.size();
                    }
                });
        for (int count : moved) {
            if (count != 1) {
                throw new IllegalStateException("Journal chain of staff " + staffId + " moved while locked");
            }
        }
        return entries;
    }

    /** The staff's head, locked until the transaction ends; created for the first entry. */
    private Head lockHead(UUID tenantId, UUID staffId) {
        Optional<Head> head = selectForUpdate(tenantId, staffId);
        if (head.isPresent()) {
            return head.get();
        }
        // Two first appends may race here; ON CONFLICT lets the loser wait for the winner's row.
        jdbc.update("""
                INSERT INTO journal.chain (staff_id, tenant_id, last_seq, last_hash) VALUES (?, ?, 0, ?)
                ON CONFLICT (staff_id) DO NOTHING""", staffId, tenantId, EntryHash.GENESIS);
        return selectForUpdate(tenantId, staffId)
                .orElseThrow(() -> new IllegalStateException("Journal chain of staff " + staffId + " is missing"));
    }

    private Optional<Head> selectForUpdate(UUID tenantId, UUID staffId) {
        return jdbc.query("SELECT last_seq, last_hash FROM journal.chain WHERE staff_id = ? AND tenant_id = ? FOR UPDATE",
                (rs, row) -> new Head(rs.getLong("last_seq"), rs.getString("last_hash")), staffId, tenantId)
                .stream().findFirst();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** What an entry is made of before the chain gives it its seq, time of recording and hashes. */
    record Draft(UUID authorId, String authorName, JournalCategory category, String text,
            @Nullable Instant occurredAt, @Nullable UUID corrects) {
    }

    /** The last seq and hash of a staff's chain. */
    record Head(long lastSeq, String lastHash) {
    }
}
