package de.lagezentrum.lessons.learning;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import de.lagezentrum.lessons.ActionStatus;
import de.lagezentrum.lessons.LessonStatus;
import de.lagezentrum.lessons.LessonView.LessonObservation;

/**
 * The tables {@code lessons.lesson}, {@code lesson_observation} and {@code lesson_action}; every statement
 * names the tenant (row-level security checks it too).
 */
@Component
public class LessonStore {

    /** A lesson's row, without its observations and actions. */
    public record LessonRow(UUID id, String title, @Nullable String rootCause, LessonStatus status,
            @Nullable String evidence, @Nullable Instant validatedAt) {
    }

    /** An action's row, owners as ids. */
    public record ActionRow(UUID id, UUID lessonId, String text, @Nullable UUID ownerId, @Nullable UUID departmentId,
            LocalDate due, ActionStatus status, @Nullable String progress, @Nullable Instant doneAt) {
    }

    private final JdbcClient jdbc;

    LessonStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How many of these ids are observations of the municipality. */
    public int observationsOfTenant(UUID tenantId, Collection<UUID> ids) {
        return jdbc.sql("SELECT count(*) FROM lessons.observation WHERE tenant_id = ? AND id = ANY(?)")
                .params(tenantId, ids.toArray(UUID[]::new)).query(Integer.class).single();
    }

    public void insert(UUID tenantId, UUID id, String title, @Nullable String rootCause, List<UUID> observationIds,
            UUID createdBy, Instant now) {
        jdbc.sql("""
                INSERT INTO lessons.lesson (id, tenant_id, title, root_cause, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(id, tenantId, title, rootCause, createdBy, Timestamp.from(now)).update();
        for (UUID observation : observationIds) {
            jdbc.sql("INSERT INTO lessons.lesson_observation (tenant_id, lesson_id, observation_id) VALUES (?, ?, ?)")
                    .params(tenantId, id, observation).update();
        }
    }

    public Optional<LessonRow> find(UUID tenantId, UUID id) {
        return jdbc.sql("""
                SELECT id, title, root_cause, status, evidence, validated_at FROM lessons.lesson
                WHERE tenant_id = ? AND id = ?""").params(tenantId, id).query(LessonStore::lesson).optional();
    }

    /** The municipality's lessons, newest first. */
    public List<LessonRow> all(UUID tenantId) {
        return jdbc.sql("""
                SELECT id, title, root_cause, status, evidence, validated_at FROM lessons.lesson
                WHERE tenant_id = ? ORDER BY created_at DESC, id""").param(tenantId).query(LessonStore::lesson).list();
    }

    public List<LessonObservation> observations(UUID tenantId, UUID lessonId) {
        return jdbc.sql("""
                SELECT o.id, o.workshop_id, o.kind, o.theme, o.text FROM lessons.observation o
                JOIN lessons.lesson_observation l ON l.observation_id = o.id
                WHERE l.tenant_id = ? AND l.lesson_id = ? ORDER BY o.created_at, o.id""")
                .params(tenantId, lessonId)
                .query((rs, row) -> new LessonObservation(rs.getObject("id", UUID.class),
                        rs.getObject("workshop_id", UUID.class), rs.getString("kind"), rs.getString("theme"),
                        rs.getString("text")))
                .list();
    }

    public List<ActionRow> actions(UUID tenantId, UUID lessonId) {
        return jdbc.sql("SELECT * FROM lessons.lesson_action WHERE tenant_id = ? AND lesson_id = ? ORDER BY due, created_at, id")
                .params(tenantId, lessonId).query(LessonStore::action).list();
    }

    public Optional<ActionRow> action(UUID tenantId, UUID id) {
        return jdbc.sql("SELECT * FROM lessons.lesson_action WHERE tenant_id = ? AND id = ?")
                .params(tenantId, id).query(LessonStore::action).optional();
    }

    /** Actions not done, due before the day, owned by the person or their department. */
    public List<ActionRow> overdue(UUID tenantId, UUID personId, @Nullable UUID departmentId, LocalDate today) {
        return jdbc.sql("""
                SELECT * FROM lessons.lesson_action WHERE tenant_id = ? AND status <> 'DONE' AND due < ?
                    AND (owner_person_id = ? OR owner_department_id = ?) ORDER BY due, id""")
                .params(tenantId, Date.valueOf(today), personId, departmentId).query(LessonStore::action).list();
    }

    public void insertAction(UUID tenantId, UUID id, UUID lessonId, String text, @Nullable UUID ownerId,
            @Nullable UUID departmentId, LocalDate due, Instant now) {
        jdbc.sql("""
                INSERT INTO lessons.lesson_action (id, tenant_id, lesson_id, text, owner_person_id, owner_department_id,
                    due, created_at, changed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, tenantId, lessonId, text, ownerId, departmentId, Date.valueOf(due), Timestamp.from(now),
                        Timestamp.from(now))
                .update();
    }

    public void updateAction(UUID tenantId, UUID id, ActionStatus status, @Nullable String progress, Instant now) {
        jdbc.sql("""
                UPDATE lessons.lesson_action SET status = ?, progress = ?, changed_at = ?,
                    done_at = CASE WHEN ? = 'DONE' THEN coalesce(done_at, ?) END
                WHERE tenant_id = ? AND id = ?""")
                .params(status.name(), progress, Timestamp.from(now), status.name(), Timestamp.from(now), tenantId, id)
                .update();
    }

    public void validate(UUID tenantId, UUID id, String evidence, UUID by, Instant now) {
        jdbc.sql("""
                UPDATE lessons.lesson SET status = 'LEARNED', evidence = ?, validated_by = ?, validated_at = ?
                WHERE tenant_id = ? AND id = ?""").params(evidence, by, Timestamp.from(now), tenantId, id).update();
    }

    private static LessonRow lesson(ResultSet rs, int row) throws SQLException {
        Timestamp validated = rs.getTimestamp("validated_at");
        return new LessonRow(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("root_cause"),
                LessonStatus.valueOf(rs.getString("status")), rs.getString("evidence"),
                validated == null ? null : validated.toInstant());
    }

    private static ActionRow action(ResultSet rs, int row) throws SQLException {
        Timestamp done = rs.getTimestamp("done_at");
        return new ActionRow(rs.getObject("id", UUID.class), rs.getObject("lesson_id", UUID.class),
                rs.getString("text"), rs.getObject("owner_person_id", UUID.class),
                rs.getObject("owner_department_id", UUID.class), rs.getDate("due").toLocalDate(),
                ActionStatus.valueOf(rs.getString("status")), rs.getString("progress"),
                done == null ? null : done.toInstant());
    }
}
