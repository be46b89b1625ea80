package de.lagezentrum.journal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import de.lagezentrum.platform.web.PageRequest;
import de.lagezentrum.platform.web.PageResult;

/**
 * Reads journals. Lists page by seq (an index range, not an offset scan); whole journals are streamed
 * through a server-side cursor ({@link #FETCH_SIZE} rows at a time), so neither verification nor export
 * holds a journal in memory. Streaming needs the caller's transaction: PostgreSQL keeps a cursor only
 * inside one.
 */
@Component
class JournalQueries {

    static final int FETCH_SIZE = 1000;

    private static final String COLUMNS = """
            e.id, e.tenant_id, e.staff_id, e.seq, e.category, e.text, e.occurred_at, e.recorded_at, e.author_id,
            e.author_name, e.corrects, e.hash_format, e.previous_hash, e.hash""";

    private static final String WITH_REFERENCES = COLUMNS + """
            ,
            (SELECT o.seq FROM journal.entry o WHERE o.id = e.corrects) AS corrects_seq,
            ARRAY(SELECT c.id FROM journal.entry c WHERE c.corrects = e.id ORDER BY c.seq) AS corrected_by_ids,
            ARRAY(SELECT c.seq FROM journal.entry c WHERE c.corrects = e.id ORDER BY c.seq) AS corrected_by_seqs""";

    private final JdbcClient jdbc;

    JournalQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One page of entries in order of seq. */
    PageResult<JournalEntry> page(UUID tenantId, UUID staffId, PageRequest page) {
        long total = count(tenantId, staffId);
        List<JournalEntry> items = jdbc.sql("SELECT " + WITH_REFERENCES
                + " FROM journal.entry e WHERE e.tenant_id = ? AND e.staff_id = ? AND e.seq > ? ORDER BY e.seq LIMIT ?")
                .params(tenantId, staffId, page.offset(), page.size())
                .query((rs, row) -> entry(rs))
                .list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    /**
     * The latest entries over several journals, newest recording first: the last few of each journal by
     * seq (an index range), then merged, so a long journal costs no more than a short one.
     */
    List<JournalEntry> latest(UUID tenantId, UUID[] staffIds, int limit) {
        return jdbc.sql("SELECT last.* FROM unnest(?::uuid[]) AS mine(staff_id) CROSS JOIN LATERAL (SELECT "
                + WITH_REFERENCES + " FROM journal.entry e WHERE e.tenant_id = ? AND e.staff_id = mine.staff_id"
                + " ORDER BY e.seq DESC LIMIT ?) last ORDER BY last.recorded_at DESC, last.seq DESC LIMIT ?")
                .params(staffIds, tenantId, limit, limit)
                .query((rs, row) -> entry(rs))
                .list();
    }

    /** One entry of the staff's journal. */
    Optional<JournalEntry> entry(UUID tenantId, UUID staffId, UUID entryId) {
        return jdbc.sql("SELECT " + WITH_REFERENCES
                + " FROM journal.entry e WHERE e.tenant_id = ? AND e.staff_id = ? AND e.id = ?")
                .params(tenantId, staffId, entryId)
                .query((rs, row) -> entry(rs))
                .optional();
    }

    /** The seq of an entry of the staff's journal; empty for entries of other staffs or none at all. */
    Optional<Long> seqOf(UUID tenantId, UUID staffId, UUID entryId) {
        return jdbc.sql("SELECT seq FROM journal.entry WHERE tenant_id = ? AND staff_id = ? AND id = ?")
                .params(tenantId, staffId, entryId)
                .query(Long.class)
                .optional();
    }

    long count(UUID tenantId, UUID staffId) {
        return jdbc.sql("SELECT count(*) FROM journal.entry WHERE tenant_id = ? AND staff_id = ?")
                .params(tenantId, staffId)
                .query(Long.class)
                .single();
    }

    /** The staff's head: last seq and hash as the chain records them; (0, genesis) before the first entry. */
    JournalChain.Head head(UUID tenantId, UUID staffId) {
        return jdbc.sql("SELECT last_seq, last_hash FROM journal.chain WHERE tenant_id = ? AND staff_id = ?")
                .params(tenantId, staffId)
                .query((rs, row) -> new JournalChain.Head(rs.getLong("last_seq"), rs.getString("last_hash")))
                .optional()
                .orElse(new JournalChain.Head(0, EntryHash.GENESIS));
    }

    /** Every row of the staff's journal in order of seq, as stored, one at a time. */
    void streamStored(UUID tenantId, UUID staffId, Consumer<StoredEntry> each) {
        jdbc.sql("SELECT " + COLUMNS + " FROM journal.entry e WHERE e.tenant_id = ? AND e.staff_id = ? ORDER BY e.seq")
                .withFetchSize(FETCH_SIZE)
                .params(tenantId, staffId)
                .query(rs -> {
                    each.accept(stored(rs));
                });
    }

    /** Every entry of the staff's journal in order of seq with its references, one at a time. */
    void stream(UUID tenantId, UUID staffId, Consumer<StoredEntry> stored, Consumer<JournalEntry> each) {
        jdbc.sql("SELECT " + WITH_REFERENCES
                + " FROM journal.entry e WHERE e.tenant_id = ? AND e.staff_id = ? ORDER BY e.seq")
                .withFetchSize(FETCH_SIZE)
                .params(tenantId, staffId)
                .query(rs -> {
                    StoredEntry row = stored(rs);
                    stored.accept(row);
                    each.accept(view(row, rs));
                });
    }

    private static JournalEntry entry(ResultSet rs) throws SQLException {
        return view(stored(rs), rs);
    }

    private static JournalEntry view(StoredEntry row, ResultSet rs) throws SQLException {
        long correctsSeq = rs.getLong("corrects_seq");
        return new JournalEntry(row.id(), row.staffId(), row.seq(), row.category(), row.text(), row.occurredAt(),
                row.recordedAt(), new JournalEntry.Author(row.authorId(), row.authorName()), row.corrects(),
                rs.wasNull() ? null : correctsSeq, references(rs.getArray("corrected_by_ids"),
                        rs.getArray("corrected_by_seqs")), row.previousHash(), row.hash());
    }

    private static StoredEntry stored(ResultSet rs) throws SQLException {
        return new StoredEntry(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class),
                rs.getObject("staff_id", UUID.class), rs.getLong("seq"),
                JournalCategory.valueOf(rs.getString("category")), rs.getString("text"),
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getObject("recorded_at", OffsetDateTime.class).toInstant(), rs.getObject("author_id", UUID.class),
                rs.getString("author_name"), nullableUuid(rs, "corrects"), rs.getInt("hash_format"),
                rs.getString("previous_hash"), rs.getString("hash"));
    }

    private static @Nullable UUID nullableUuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    private static List<JournalEntry.EntryReference> references(Array ids, Array seqs) throws SQLException {
        Object[] idValues = (Object[]) ids.getArray();
        Object[] seqValues = (Object[]) seqs.getArray();
        List<JournalEntry.EntryReference> references = new ArrayList<>(idValues.length);
        for (int i = 0; i < idValues.length; i++) {
            references.add(new JournalEntry.EntryReference((UUID) idValues[i], ((Number) seqValues[i]).longValue()));
        }
        return references;
    }
}
