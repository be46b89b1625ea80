package de.lagezentrum.platform.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
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
import de.lagezentrum.platform.web.PageRequest;
import de.lagezentrum.platform.web.PageResult;

/**
 * The audit log: who changed what and when, with the state before and after. Entries are written in
 * the transaction of the change itself, so a change without its entry cannot exist. Entries are never
 * changed or deleted by the application.
 */
@Service
public class AuditLog {

    private static final String SYSTEM = "system";
    private static final TypeReference<Map<String, Object>> STATE = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, JsonMapper json, Clock clock) {
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
                .params(UUID.randomUUID(), tenantId, java.sql.Timestamp.from(clock.instant()),
                        actor.map(CurrentUser::accountId).orElse(null),
                        actor.map(CurrentUser::username).orElse(SYSTEM), action, entityType, entityId, summary,
                        toJson(before), toJson(after))
                .update();
    }

    /** The tenant's entries, newest first, optionally only those of one record. */
    @Transactional(readOnly = true)
    public PageResult<AuditEntry> entries(UUID tenantId, @Nullable UUID entityId, PageRequest page) {
        String filter = entityId == null ? "" : " AND entity_id = :entityId";
        long total = jdbc.sql("SELECT count(*) FROM platform.audit_entry WHERE tenant_id = :tenantId" + filter)
                .param("tenantId", tenantId).param("entityId", entityId).query(Long.class).single();
        List<AuditEntry> items = jdbc.sql("""
                SELECT id, occurred_at, actor_name, action, entity_type, entity_id, summary,
                       before::text AS before, after::text AS after
                  FROM platform.audit_entry WHERE tenant_id = :tenantId""" + filter + " " + """
                 ORDER BY occurred_at DESC, id LIMIT :limit OFFSET :offset""")
                .param("tenantId", tenantId).param("entityId", entityId)
                .param("limit", page.size()).param("offset", page.offset())
                .query((rs, row) -> new AuditEntry(rs.getObject("id", UUID.class),
                        rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor_name"), rs.getString("action"),
                        rs.getString("entity_type"), rs.getObject("entity_id", UUID.class), rs.getString("summary"),
                        changes(rs.getString("before"), rs.getString("after"))))
                .list();
        return new PageResult<>(items, page.page(), page.size(), total);
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
     * @param changes the fields whose values differ between before and after
     */
    public record AuditEntry(UUID id, Instant occurredAt, String actorName, String action, String entityType,
            @Nullable UUID entityId, String summary, List<FieldChange> changes) {
    }

    /**
     * A field's value before and after a change, as text ({@code –} for none).
     *
     * @param field the field's name in the recorded state, e.g. {@code displayName}
     */
    public record FieldChange(String field, String before, String after) {
    }
}
