package de.lagezentrum.live.polls;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import de.lagezentrum.live.PollOption;
import de.lagezentrum.live.PollResults;
import de.lagezentrum.live.PollStatus;
import de.lagezentrum.live.PollType;
import de.lagezentrum.live.PollView;
import de.lagezentrum.live.PollVisibility;

/** The tables {@code live.poll}, {@code live.poll_option} and (reading) {@code live.poll_vote}. */
@Component
public class PollStore {

    /** How many words of a word cloud, and texts of an open poll, a result carries at most. */
    static final int MAX_ENTRIES = 200;

    private static final String COLUMNS = """
            id, tenant_id, event_id, question, type, status, visibility, revealed, scale_min, scale_max, min_label,
            max_label, created_at, opened_at, closed_at""";

    private final JdbcClient jdbc;

    PollStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A poll's row with the tenant, which the view leaves out. */
    public record PollRow(UUID tenantId, PollView view) {
    }

    /** A participant's own vote, to show it again. */
    public record VoteRow(UUID id, List<UUID> optionIds, @Nullable Integer value, @Nullable String text) {
    }

    public void insert(UUID tenantId, UUID id, UUID eventId, String question, PollType type, PollVisibility visibility,
            @Nullable Integer scaleMin, @Nullable Integer scaleMax, @Nullable String minLabel,
            @Nullable String maxLabel, List<String> options, Instant now) {
        jdbc.sql("""
                INSERT INTO live.poll (id, tenant_id, event_id, question, type, visibility, scale_min, scale_max,
                    min_label, max_label, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, tenantId, eventId, question, type.name(), visibility.name(), scaleMin, scaleMax, minLabel,
                        maxLabel, Timestamp.from(now))
                .update();
        for (int i = 0; i < options.size(); i++) {
            jdbc.sql("INSERT INTO live.poll_option (id, tenant_id, poll_id, position, label) VALUES (?, ?, ?, ?, ?)")
                    .params(UUID.randomUUID(), tenantId, id, i, options.get(i)).update();
        }
    }

    public Optional<PollRow> find(UUID tenantId, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM live.poll WHERE tenant_id = ? AND id = ?").params(tenantId, id)
                .query((rs, n) -> row(rs)).optional().map(row -> withOptions(tenantId, List.of(row)).get(0));
    }

    /** An event's polls in the order they were prepared. */
    public List<PollRow> ofEvent(UUID tenantId, UUID eventId) {
        return withOptions(tenantId, jdbc.sql("SELECT " + COLUMNS
                + " FROM live.poll WHERE tenant_id = ? AND event_id = ? ORDER BY created_at, id")
                .params(tenantId, eventId).query((rs, n) -> row(rs)).list());
    }

    /** Moves a poll from one status to the next; {@code false} if it was not in {@code from}. */
    public boolean changeStatus(UUID tenantId, UUID id, PollStatus from, PollStatus to, Instant now) {
        String stamp = to == PollStatus.OPEN ? "opened_at" : "closed_at";
        return jdbc.sql("UPDATE live.poll SET status = ?, " + stamp + " = ? WHERE tenant_id = ? AND id = ? AND status = ?")
                .params(to.name(), Timestamp.from(now), tenantId, id, from.name()).update() == 1;
    }

    public boolean reveal(UUID tenantId, UUID id) {
        return jdbc.sql("UPDATE live.poll SET revealed = TRUE WHERE tenant_id = ? AND id = ? AND NOT revealed")
                .params(tenantId, id).update() == 1;
    }

    public Optional<VoteRow> vote(UUID tenantId, UUID pollId, UUID participantId) {
        return jdbc.sql("""
                SELECT id, option_ids, value, text FROM live.poll_vote
                WHERE tenant_id = ? AND poll_id = ? AND participant_id = ?""")
                .params(tenantId, pollId, participantId)
                .query((rs, n) -> new VoteRow(rs.getObject("id", UUID.class), uuids(rs), (Integer) rs.getObject("value"),
                        rs.getString("text")))
                .optional();
    }

    /** The text of a word-cloud or open-text vote of the event (for ideas). */
    public Optional<String> answerText(UUID tenantId, UUID eventId, UUID voteId) {
        return jdbc.sql("""
                SELECT v.text FROM live.poll_vote v JOIN live.poll p ON p.id = v.poll_id
                WHERE v.tenant_id = ? AND v.id = ? AND p.event_id = ? AND v.text IS NOT NULL""")
                .params(tenantId, voteId, eventId).query(String.class).optional();
    }

    /**
     * The poll's results, read with one grouping query (and a count of the voters): per option, per
     * scale value, or per word; for open text the latest texts.
     */
    public PollResults results(PollRow row) {
        PollView poll = row.view();
        UUID tenantId = row.tenantId();
        long total = jdbc.sql("SELECT count(*) FROM live.poll_vote WHERE tenant_id = ? AND poll_id = ?")
                .params(tenantId, poll.id()).query(Long.class).single();
        List<PollResults.Count> counts = new ArrayList<>();
        List<String> texts = List.of();
        switch (poll.type()) {
            case SINGLE, MULTIPLE -> {
                Map<String, Long> byOption = jdbc.sql("""
                        SELECT o.id::text AS key, count(v.id) AS n FROM live.poll_option o
                        LEFT JOIN live.poll_vote v ON v.poll_id = o.poll_id AND o.id = ANY (v.option_ids)
                        WHERE o.tenant_id = ? AND o.poll_id = ? GROUP BY o.id""")
                        .params(tenantId, poll.id()).query((rs, n) -> Map.entry(rs.getString("key"), rs.getLong("n")))
                        .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
                for (PollOption option : poll.options()) {
                    counts.add(new PollResults.Count(option.id().toString(), option.label(),
                            byOption.getOrDefault(option.id().toString(), 0L)));
                }
            }
            case SCALE -> {
                Map<Integer, Long> byValue = jdbc.sql("""
                        SELECT value, count(*) AS n FROM live.poll_vote WHERE tenant_id = ? AND poll_id = ?
                        GROUP BY value""")
                        .params(tenantId, poll.id()).query((rs, n) -> Map.entry(rs.getInt("value"), rs.getLong("n")))
                        .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
                for (Integer value : poll.scaleValues()) {
                    counts.add(new PollResults.Count(value.toString(), value.toString(), byValue.getOrDefault(value, 0L)));
                }
            }
            case WORDCLOUD -> counts.addAll(jdbc.sql("""
                    SELECT word, count(*) AS n FROM live.poll_vote, regexp_split_to_table(text, ' ') AS word
                    WHERE tenant_id = ? AND poll_id = ? AND word <> ''
                    GROUP BY word ORDER BY n DESC, word LIMIT ?""")
                    .params(tenantId, poll.id(), MAX_ENTRIES)
                    .query((rs, n) -> new PollResults.Count(rs.getString("word"), rs.getString("word"), rs.getLong("n")))
                    .list());
            case OPEN -> texts = jdbc.sql("""
                    SELECT text FROM live.poll_vote WHERE tenant_id = ? AND poll_id = ?
                    ORDER BY voted_at DESC, id LIMIT ?""")
                    .params(tenantId, poll.id(), MAX_ENTRIES).query(String.class).list();
            default -> throw new IllegalStateException(poll.type().name());
        }
        return new PollResults(poll.id(), poll.question(), poll.type(), poll.status(), total, List.copyOf(counts), texts);
    }

    private List<PollRow> withOptions(UUID tenantId, List<PollRow> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<UUID, List<PollOption>> options = jdbc.sql("""
                SELECT id, poll_id, label FROM live.poll_option WHERE tenant_id = ? AND poll_id = ANY (?)
                ORDER BY poll_id, position""")
                .params(tenantId, rows.stream().map(row -> row.view().id()).toArray(UUID[]::new))
                .query((rs, n) -> Map.entry(rs.getObject("poll_id", UUID.class),
                        new PollOption(rs.getObject("id", UUID.class), rs.getString("label"))))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return rows.stream().map(row -> {
            PollView v = row.view();
            return new PollRow(row.tenantId(), new PollView(v.id(), v.eventId(), v.question(), v.type(), v.status(),
                    v.visibility(), v.revealed(), List.copyOf(options.getOrDefault(v.id(), List.of())), v.scaleMin(),
                    v.scaleMax(), v.minLabel(), v.maxLabel(), v.createdAt(), v.openedAt(), v.closedAt()));
        }).toList();
    }

    private static PollRow row(ResultSet rs) throws SQLException {
        return new PollRow(rs.getObject("tenant_id", UUID.class), new PollView(rs.getObject("id", UUID.class),
                rs.getObject("event_id", UUID.class), rs.getString("question"), PollType.valueOf(rs.getString("type")),
                PollStatus.valueOf(rs.getString("status")), PollVisibility.valueOf(rs.getString("visibility")),
                rs.getBoolean("revealed"), List.of(), (Integer) rs.getObject("scale_min"),
                (Integer) rs.getObject("scale_max"), rs.getString("min_label"), rs.getString("max_label"),
                instant(rs, "created_at"), instant(rs, "opened_at"), instant(rs, "closed_at")));
    }

    @SuppressWarnings("NullAway")
    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static List<UUID> uuids(ResultSet rs) throws SQLException {
        java.sql.Array array = rs.getArray("option_ids");
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        List<UUID> ids = new ArrayList<>();
        for (Object value : values) {
            ids.add(value instanceof UUID uuid ? uuid : UUID.fromString(value.toString()));
        }
        return ids;
    }
}
