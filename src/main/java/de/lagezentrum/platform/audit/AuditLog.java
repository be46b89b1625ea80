package de.lagezentrum.platform.audit;

import java.time.Clock;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.DateFormats;
import de.lagezentrum.platform.web.PageRequest;
import de.lagezentrum.platform.web.PageResult;

/**
 * The audit log: who changed what and when, with the state before and after. Entries are written in
 * the transaction of the change itself, so a change without its entry cannot exist. Entries are never
 * changed or deleted by the application.
 */
@Service
public class AuditLog {

    /** Entity type of security events (sign-ins, tokens, roles, passwords, second factors). */
    public static final String SECURITY = "Security";

    /** Most entries one CSV export holds. */
    public static final int MAX_EXPORT = 50_000;

    private static final String SYSTEM = "system";

    private static final String WHERE = """
             WHERE tenant_id = :tenantId AND NOT :emptyRange
               AND (CAST(:entityId AS uuid) IS NULL OR entity_id = :entityId)
               AND (:kind = 'ALL' OR (:kind = 'SECURITY') = (entity_type = 'Security'))
               AND (CAST(:action AS text) IS NULL OR action = :action)
               AND (CAST(:from AS timestamptz) IS NULL OR occurred_at >= :from)
               AND (CAST(:until AS timestamptz) IS NULL OR occurred_at < :until)
               AND (CAST(:actor AS text) IS NULL OR actor_name ILIKE :actor
                    OR (entity_type = 'Security' AND summary ILIKE :actor))
            """;
    private static final TypeReference<Map<String, Object>> STATE = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    private final DateFormats dates;

    AuditLog(JdbcClient jdbc, JsonMapper json, Clock clock, DateFormats dates) {
        this.dates = dates;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Records a change by the current user (or the system when nobody is signed in).
     *
     * @param tenantId the tenant whose data changed
     * @param action e.g. {@code CREATED}, {@code UPDATED}, {@code DELETED}, {@code PASSWORD_CHANGED}
     * @param entityType e.g. {@code Department}
     * @param entityId the changed record; may be null
     * @param summary a short human-readable description, e.g. the record's name
     * @param before state before the change; null when created
     * @param after state after the change; null when deleted
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(UUID tenantId, String action, String entityType, @Nullable UUID entityId, String summary,
            @Nullable Object before, @Nullable Object after) {
        var actor = CurrentUser.current();
        jdbc.sql("""
                INSERT INTO platform.audit_entry
                    (id, tenant_id, occurred_at, actor_id, actor_name, action, entity_type, entity_id, summary, before, after)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb)
                """)
                .params(UUID.randomUUID(), tenantId, Timestamp.from(clock.instant()),
                        actor.map(CurrentUser::accountId).orElse(null),
                        actor.map(CurrentUser::username).orElse(SYSTEM), action, entityType, entityId, summary,
                        toJson(before), toJson(after))
                .update();
    }

    /** The tenant's entries that pass the filter, newest first. */
    @Transactional(readOnly = true)
    public PageResult<AuditEntry> entries(UUID tenantId, AuditFilter filter, PageRequest page) {
        long total = where(jdbc.sql("SELECT count(*) FROM platform.audit_entry" + WHERE), tenantId, filter)
                .query(Long.class).single();
        return new PageResult<>(select(tenantId, filter, page.size(), page.offset()), page.page(), page.size(), total);
    }

    /** Every entry that passes the filter, newest first, at most {@link #MAX_EXPORT}: for the CSV export. */
    @Transactional(readOnly = true)
    public List<AuditEntry> export(UUID tenantId, AuditFilter filter) {
        return select(tenantId, filter, MAX_EXPORT, 0);
    }

    /** The actions the tenant's log holds, sorted: the choices of the page's filter. */
    @Transactional(readOnly = true)
    public List<String> actions(UUID tenantId) {
        return jdbc.sql("SELECT DISTINCT action FROM platform.audit_entry WHERE tenant_id = ? ORDER BY action")
                .param(tenantId).query(String.class).list();
    }

    private List<AuditEntry> select(UUID tenantId, AuditFilter filter, int limit, long offset) {
        return where(jdbc.sql("""
                SELECT id, occurred_at, actor_name, action, entity_type, entity_id, summary,
                       before::text AS before, after::text AS after
                  FROM platform.audit_entry""" + WHERE + """
                 ORDER BY occurred_at DESC, id LIMIT :limit OFFSET :offset"""), tenantId, filter)
                .param("limit", limit).param("offset", offset)
                .query((rs, row) -> entry(rs.getObject("id", UUID.class), rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor_name"), rs.getString("action"), rs.getString("entity_type"),
                        rs.getObject("entity_id", UUID.class), rs.getString("summary"), rs.getString("before"),
                        rs.getString("after")))
                .list();
    }

    private JdbcClient.StatementSpec where(JdbcClient.StatementSpec statement, UUID tenantId, AuditFilter filter) {
        ZoneId zone = dates.zone(tenantId);
        return statement.param("tenantId", tenantId).param("entityId", filter.entityId())
                .param("kind", filter.kind().name()).param("action", filter.action())
                .param("from", filter.from() == null ? null
                        : Timestamp.from(filter.from().atStartOfDay(zone).toInstant()))
                .param("until", filter.to() == null ? null
                        : Timestamp.from(filter.to().plusDays(1).atStartOfDay(zone).toInstant()))
                .param("actor", filter.actor() == null ? null : "%" + likeEscaped(filter.actor()) + "%")
                .param("emptyRange", filter.emptyRange());
    }

    private AuditEntry entry(UUID id, Instant occurredAt, String actor, String action, String entityType,
            @Nullable UUID entityId, String summary, @Nullable String before, @Nullable String after) {
        if (SECURITY.equals(entityType)) {
            // a security event has no before and after, only details of what happened
            Map<String, String> details = new LinkedHashMap<>();
            if (after != null) {
                json.readValue(after, STATE).forEach((field, value) -> details.put(field, display(value)));
            }
            return new AuditEntry(id, occurredAt, actor, action, entityType, entityId, summary, List.of(), details);
        }
        return new AuditEntry(id, occurredAt, actor, action, entityType, entityId, summary, changes(before, after),
                Map.of());
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private @Nullable String toJson(@Nullable Object state) {
        return state == null ? null : json.writeValueAsString(state);
    }

    /** The fields that differ between two recorded states, in the order the state lists them. */
    private List<FieldChange> changes(@Nullable String before, @Nullable String after) {
        Map<String, Object> old = before == null ? Map.of() : json.readValue(before, STATE);
        Map<String, Object> now = after == null ? Map.of() : json.readValue(after, STATE);
        Set<String> fields = new LinkedHashSet<>(now.keySet());
        fields.addAll(old.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            if (!Objects.equals(old.get(field), now.get(field))) {
                changes.add(new FieldChange(field, display(old.get(field)), display(now.get(field))));
            }
        }
        return changes;
    }

    private static String display(@Nullable Object value) {
        if (value == null) {
            return "–";
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        return value.toString();
    }

    /**
     * One recorded change.
     *
     * @param changes the fields whose values differ between before and after (changes of records)
     * @param details what the event recorded, e.g. {@code method} (security events)
     */
    public record AuditEntry(UUID id, Instant occurredAt, String actorName, String action, String entityType,
            @Nullable UUID entityId, String summary, List<FieldChange> changes, Map<String, String> details) {

        /** Whether this is a security event rather than a change of a record. */
        public boolean security() {
            return SECURITY.equals(entityType);
        }
    }

    /**
     * A field's value before and after a change, as text ({@code –} for none).
     *
     * @param field the field's name in the recorded state, e.g. {@code displayName}
     */
    public record FieldChange(String field, String before, String after) {
    }
}
