package de.lagezentrum.live.events;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import de.lagezentrum.live.AgendaItem;
import de.lagezentrum.live.AgendaKind;
import de.lagezentrum.live.BlogPosting;
import de.lagezentrum.live.JoinPolicy;
import de.lagezentrum.live.QaMode;
import de.lagezentrum.live.TeamRole;

/** The tables {@code live.event}, {@code live.agenda_item}, {@code live.event_member} and {@code live.participant}. */
@Component
public class EventStore {

    private static final String EVENT_COLUMNS = """
            id, tenant_id, title, description, starts_at, ends_at, join_code, join_policy, qa_mode, blog_posting,
            blocked_words, cancelled, version""";

    private final JdbcClient jdbc;

    EventStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An event's row, without agenda and team. */
    public record EventRow(UUID id, UUID tenantId, String title, @Nullable String description, Instant start,
            Instant end, String joinCode, JoinPolicy joinPolicy, QaMode qaMode, BlogPosting blogPosting,
            List<String> blockedWords, boolean cancelled, long version) {
    }

    /** A team member's row; the name comes from the organisation module. */
    public record MemberRow(UUID personId, TeamRole role) {
    }

    /** What joining needs to know of an event found by its code. */
    public record JoinTarget(UUID tenantId, UUID eventId, JoinPolicy joinPolicy, Instant end, boolean cancelled) {
    }

    /**
     * Inserts an event with a fresh join code; {@code false} if the code is taken (the caller tries another).
     */
    public boolean insert(UUID tenantId, UUID id, String joinCode, String title, @Nullable String description,
            Instant start, Instant end, JoinPolicy joinPolicy, QaMode qaMode, BlogPosting blogPosting,
            List<String> blockedWords, byte[] tokenKey, UUID createdBy, Instant now) {
        return jdbc.sql("""
                INSERT INTO live.event (id, tenant_id, title, description, starts_at, ends_at, join_code, join_policy,
                    qa_mode, blog_posting, blocked_words, token_key, created_by, created_at, changed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (join_code) DO NOTHING""")
                .params(id, tenantId, title, description, Timestamp.from(start), Timestamp.from(end), joinCode,
                        joinPolicy.name(), qaMode.name(), blogPosting.name(), blockedWords.toArray(String[]::new),
                        tokenKey, createdBy, Timestamp.from(now), Timestamp.from(now))
                .update() == 1;
    }

    /** Changes an event's details if it is still at {@code version}; {@code false} if it changed meanwhile. */
    public boolean update(UUID tenantId, UUID id, long version, String title, @Nullable String description,
            Instant start, Instant end, JoinPolicy joinPolicy, QaMode qaMode, BlogPosting blogPosting,
            List<String> blockedWords, Instant now) {
        return jdbc.sql("""
                UPDATE live.event SET title = ?, description = ?, starts_at = ?, ends_at = ?, join_policy = ?,
                    qa_mode = ?, blog_posting = ?, blocked_words = ?, changed_at = ?, version = version + 1
                WHERE tenant_id = ? AND id = ? AND version = ?""")
                .params(title, description, Timestamp.from(start), Timestamp.from(end), joinPolicy.name(),
                        qaMode.name(), blogPosting.name(), blockedWords.toArray(String[]::new), Timestamp.from(now),
                        tenantId, id, version)
                .update() == 1;
    }

    public boolean cancel(UUID tenantId, UUID id, long version, Instant now) {
        return jdbc.sql("""
                UPDATE live.event SET cancelled = TRUE, changed_at = ?, version = version + 1
                WHERE tenant_id = ? AND id = ? AND version = ? AND NOT cancelled""")
                .params(Timestamp.from(now), tenantId, id, version).update() == 1;
    }

    public Optional<EventRow> find(UUID tenantId, UUID id) {
        return jdbc.sql("SELECT " + EVENT_COLUMNS + " FROM live.event WHERE tenant_id = ? AND id = ?")
                .params(tenantId, id).query(EventStore::event).optional();
    }

    /** The events a person is on the team of, the latest first. */
    public List<EventRow> ofMember(UUID tenantId, UUID personId) {
        return jdbc.sql("SELECT " + EVENT_COLUMNS + """
                 FROM live.event WHERE tenant_id = ? AND id IN (
                    SELECT event_id FROM live.event_member WHERE tenant_id = ? AND person_id = ?)
                ORDER BY starts_at DESC, id""")
                .params(tenantId, tenantId, personId).query(EventStore::event).list();
    }

    public void replaceAgenda(UUID tenantId, UUID eventId, List<AgendaItem> agenda) {
        jdbc.sql("DELETE FROM live.agenda_item WHERE tenant_id = ? AND event_id = ?").params(tenantId, eventId).update();
        for (int i = 0; i < agenda.size(); i++) {
            AgendaItem item = agenda.get(i);
            jdbc.sql("""
                    INSERT INTO live.agenda_item (id, tenant_id, event_id, position, kind, title, speaker, starts_at,
                        ends_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(UUID.randomUUID(), tenantId, eventId, i, item.kind().name(), item.title(), item.speaker(),
                            timestamp(item.start()), timestamp(item.end()))
                    .update();
        }
    }

    public List<AgendaItem> agenda(UUID tenantId, UUID eventId) {
        return jdbc.sql("""
                SELECT kind, title, speaker, starts_at, ends_at FROM live.agenda_item
                WHERE tenant_id = ? AND event_id = ? ORDER BY position""")
                .params(tenantId, eventId)
                .query((row, n) -> new AgendaItem(AgendaKind.valueOf(row.getString("kind")), row.getString("title"),
                        row.getString("speaker"), nullableInstant(row, "starts_at"), nullableInstant(row, "ends_at")))
                .list();
    }

    public List<MemberRow> team(UUID tenantId, UUID eventId) {
        return jdbc.sql("""
                SELECT person_id, role FROM live.event_member WHERE tenant_id = ? AND event_id = ?
                ORDER BY CASE role WHEN 'HOST' THEN 0 WHEN 'CO_HOST' THEN 1 ELSE 2 END""")
                .params(tenantId, eventId)
                .query((row, n) -> new MemberRow(row.getObject("person_id", UUID.class),
                        TeamRole.valueOf(row.getString("role"))))
                .list();
    }

    public Optional<TeamRole> role(UUID tenantId, UUID eventId, UUID personId) {
        return jdbc.sql("SELECT role FROM live.event_member WHERE tenant_id = ? AND event_id = ? AND person_id = ?")
                .params(tenantId, eventId, personId).query((row, n) -> TeamRole.valueOf(row.getString("role")))
                .optional();
    }

    /** Puts a person on the team or changes their role. */
    public void putMember(UUID tenantId, UUID eventId, UUID personId, TeamRole role) {
        jdbc.sql("""
                INSERT INTO live.event_member (tenant_id, event_id, person_id, role) VALUES (?, ?, ?, ?)
                ON CONFLICT (event_id, person_id) DO UPDATE SET role = EXCLUDED.role""")
                .params(tenantId, eventId, personId, role.name()).update();
    }

    public boolean removeMember(UUID tenantId, UUID eventId, UUID personId) {
        return jdbc.sql("""
                DELETE FROM live.event_member WHERE tenant_id = ? AND event_id = ? AND person_id = ? AND role <> 'HOST'""")
                .params(tenantId, eventId, personId).update() == 1;
    }

    /** The event of a join code, in any municipality (a read under the purpose {@code live-join}). */
    public Optional<JoinTarget> byJoinCode(String code) {
        return jdbc.sql("SELECT tenant_id, id, join_policy, ends_at, cancelled FROM live.event WHERE join_code = ?")
                .param(code)
                .query((row, n) -> new JoinTarget(row.getObject("tenant_id", UUID.class), row.getObject("id", UUID.class),
                        JoinPolicy.valueOf(row.getString("join_policy")), instant(row, "ends_at"),
                        row.getBoolean("cancelled")))
                .optional();
    }

    /** The key that signs the event's participant tokens. */
    @Transactional(readOnly = true)
    public Optional<byte[]> tokenKey(UUID tenantId, UUID eventId) {
        return jdbc.sql("SELECT token_key FROM live.event WHERE tenant_id = ? AND id = ?").params(tenantId, eventId)
                .query((row, n) -> row.getBytes(1)).optional();
    }

    /** A new anonymous or named participant. */
    public void insertParticipant(UUID tenantId, UUID id, UUID eventId, @Nullable String displayName, Instant now) {
        jdbc.sql("""
                INSERT INTO live.participant (id, tenant_id, event_id, display_name, joined_at) VALUES (?, ?, ?, ?, ?)""")
                .params(id, tenantId, eventId, displayName, Timestamp.from(now)).update();
    }

    /**
     * The participant of a city account: the same one on every join, so a person votes once however often
     * they join; the name stays the one of the first join (participants are cached by id).
     */
    public UUID personParticipant(UUID tenantId, UUID eventId, UUID personId, @Nullable String displayName,
            Instant now) {
        return jdbc.sql("""
                INSERT INTO live.participant (id, tenant_id, event_id, display_name, person_id, joined_at)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (event_id, person_id) WHERE person_id IS NOT NULL
                DO UPDATE SET display_name = live.participant.display_name
                RETURNING id""")
                .params(UUID.randomUUID(), tenantId, eventId, displayName, personId, Timestamp.from(now))
                .query(UUID.class).single();
    }

    /** A participant's name and account, as they joined. */
    @Transactional(readOnly = true)
    public Optional<ParticipantRow> participant(UUID tenantId, UUID eventId, UUID id) {
        return jdbc.sql("SELECT display_name, person_id FROM live.participant WHERE tenant_id = ? AND event_id = ? AND id = ?")
                .params(tenantId, eventId, id)
                .query((row, n) -> new ParticipantRow(row.getString(1), row.getObject(2, UUID.class))).optional();
    }

    public long participantCount(UUID tenantId, UUID eventId) {
        return jdbc.sql("SELECT count(*) FROM live.participant WHERE tenant_id = ? AND event_id = ?")
                .params(tenantId, eventId).query(Long.class).single();
    }

    public record ParticipantRow(@Nullable String displayName, @Nullable UUID personId) {
    }

    private static EventRow event(ResultSet row, int n) throws SQLException {
        Array words = row.getArray("blocked_words");
        List<String> blocked = words == null ? List.of() : new ArrayList<>(Arrays.asList((String[]) words.getArray()));
        return new EventRow(row.getObject("id", UUID.class), row.getObject("tenant_id", UUID.class),
                row.getString("title"), row.getString("description"), instant(row, "starts_at"),
                instant(row, "ends_at"), row.getString("join_code"), JoinPolicy.valueOf(row.getString("join_policy")),
                QaMode.valueOf(row.getString("qa_mode")), BlogPosting.valueOf(row.getString("blog_posting")),
                List.copyOf(blocked), row.getBoolean("cancelled"), row.getLong("version"));
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        return row.getTimestamp(column).toInstant();
    }

    private static @Nullable Instant nullableInstant(ResultSet row, String column) throws SQLException {
        Timestamp value = row.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
