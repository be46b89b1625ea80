package de.lagezentrum.staff;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.lagezentrum.organisation.DepartmentView;
import de.lagezentrum.organisation.OrganisationManagement;
import de.lagezentrum.organisation.PeopleManagement;
import de.lagezentrum.organisation.PersonView;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.ConflictException;
import de.lagezentrum.platform.web.DateFormats;
import de.lagezentrum.platform.web.NotFoundException;
import de.lagezentrum.platform.web.PageRequest;
import de.lagezentrum.platform.web.PageResult;
import de.lagezentrum.staff.staffs.StaffAccess;

/**
 * Tasks across sessions: the board of the user's staffs (mine, my department's, by status, by topic,
 * overdue),
 * and status changes recorded with who and when.
 */
@Service
public class TaskManagement {


    /** A task with the topic of the agenda item it was recorded under. */
    private static final String TASKS_AND_TOPICS = """
             FROM staff.task t
              JOIN staff.minute_entry e ON e.id = t.entry_id
              JOIN staff.agenda_item a ON a.id = e.agenda_item_id
            """;

    private static final String WITH_TOPIC = "SELECT t.*, a.topic" + TASKS_AND_TOPICS;

    /** Most tasks the board pages show at once. */
    private static final int BOARD_LIMIT = 500;

    private final JdbcClient jdbc;
    private final StaffAccess access;
    private final PeopleManagement people;
    private final OrganisationManagement organisation;
    private final DateFormats dates;
    private final Clock clock;

    TaskManagement(JdbcClient jdbc, StaffAccess access, PeopleManagement people, OrganisationManagement organisation,
            DateFormats dates, Clock clock) {
        this.people = people;
        this.organisation = organisation;
        this.jdbc = jdbc;
        this.access = access;
        this.dates = dates;
        this.clock = clock;
    }

    /**
     * Tasks of the staffs the user belongs to, due first.
     *
     * @param assigneeId only tasks of this person; may be null
     * @param departmentId only tasks of this department; may be null
     * @param status only tasks in this status; may be null
     * @param topic only tasks recorded under an agenda item of this topic area; may be null
     * @param overdueOnly only open or running tasks past their due date
     */
    @Transactional(readOnly = true)
    public List<TaskView> tasks(CurrentUser user, @Nullable UUID assigneeId, @Nullable UUID departmentId,
            @Nullable TaskStatus status, @Nullable String topic, boolean overdueOnly) {
        return tasks(user, assigneeId, departmentId, status, topic, overdueOnly, BOARD_LIMIT, 0).items();
    }

    /**
     * The task board: the tasks of the user's staffs with the filters of
     * {@link #tasks(CurrentUser, UUID, UUID, TaskStatus, String, boolean)}, the names it shows them with and
     * the topic areas to filter by. One read-only transaction for all of it, where the page's calls to each
     * facade began one each (with its own {@code set_config}); the staffs are read for their names and
     * topics only, not as whole aggregates with members.
     *
     * @param topic a topic area of one of the user's staffs; any other filters nothing out
     */
    @Transactional(readOnly = true)
    public TaskBoard board(CurrentUser user, TaskBoard.Owner owner, @Nullable TaskStatus status,
            @Nullable String topic, boolean overdueOnly) {
        Map<UUID, String> staffNames = new LinkedHashMap<>();
        TreeSet<String> topics = new TreeSet<>();
        jdbc.sql("""
                SELECT s.id, s.name, t.name AS topic FROM staff.staff s
                  LEFT JOIN staff.topic t ON t.staff_id = s.id
                 WHERE s.tenant_id = ?
                   AND EXISTS (SELECT 1 FROM staff.staff_member m WHERE m.staff_id = s.id AND m.person_id = ?)
                 ORDER BY lower(s.name), s.id, t.position""")
                .params(user.tenantId(), user.personId())
                .query(rs -> {
                    staffNames.putIfAbsent(rs.getObject("id", UUID.class), rs.getString("name"));
                    String name = rs.getString("topic");
                    if (name != null) {
                        topics.add(name);
                    }
                });
        String chosenTopic = topic != null && topics.contains(topic) ? topic : null;
        UUID department = owner == TaskBoard.Owner.DEPARTMENT
                ? people.person(user, user.personId()).departmentId() : null;
        List<TaskView> found = owner == TaskBoard.Owner.DEPARTMENT && department == null ? List.of()
                : tasks(user, owner == TaskBoard.Owner.MINE ? user.personId() : null, department, status,
                        chosenTopic, overdueOnly, BOARD_LIMIT, 0).items();
        List<UUID> assignees = found.stream().map(TaskView::assigneeId).filter(Objects::nonNull).distinct().toList();
        Map<UUID, String> assigneeNames = people.people(user, assignees).values().stream()
                .collect(Collectors.toMap(PersonView::id, PersonView::displayName));
        Map<UUID, String> departmentNames = found.stream().noneMatch(task -> task.departmentId() != null) ? Map.of()
                : organisation.allDepartments(user).stream()
                        .collect(Collectors.toMap(DepartmentView::id, DepartmentView::name));
        return new TaskBoard(found, List.copyOf(topics), chosenTopic, staffNames, assigneeNames, departmentNames);
    }

    /**
     * One page of the tasks of the staffs the user belongs to, due first, with the same filters as
     * {@link #tasks(CurrentUser, UUID, UUID, TaskStatus, String, boolean)}; the total counts every match.
     */
    @Transactional(readOnly = true)
    public PageResult<TaskView> tasks(CurrentUser user, @Nullable UUID assigneeId, @Nullable UUID departmentId,
            @Nullable TaskStatus status, @Nullable String topic, boolean overdueOnly, PageRequest page) {
        PageResult<TaskView> found = tasks(user, assigneeId, departmentId, status, topic, overdueOnly, page.size(),
                page.offset());
        return new PageResult<>(found.items(), page.page(), page.size(), found.total());
    }

    private PageResult<TaskView> tasks(CurrentUser user, @Nullable UUID assigneeId, @Nullable UUID departmentId,
            @Nullable TaskStatus status, @Nullable String topic, boolean overdueOnly, int limit, long offset) {
        LocalDate today = today(user);
        record Row(TaskView task, long total) {
        }
        List<Row> rows = jdbc.sql("SELECT t.*, a.topic, COUNT(*) OVER () AS total" + TASKS_AND_TOPICS + """
                 WHERE t.tenant_id = :tenantId
                   AND EXISTS (SELECT 1 FROM staff.staff_member m WHERE m.staff_id = t.staff_id AND m.person_id = :personId)
                   AND (CAST(:assigneeId AS uuid) IS NULL OR t.assignee_id = :assigneeId)
                   AND (CAST(:departmentId AS uuid) IS NULL OR t.department_id = :departmentId)
                   AND (CAST(:status AS text) IS NULL OR t.status = :status)
                   AND (CAST(:topic AS text) IS NULL OR a.topic = :topic)
                   AND (NOT :overdueOnly OR (t.status IN ('OPEN', 'IN_PROGRESS') AND t.due < :today))
                 ORDER BY t.due NULLS LAST, t.created_at, t.id LIMIT :limit OFFSET :offset""")
                .param("tenantId", user.tenantId()).param("personId", user.personId())
                .param("assigneeId", assigneeId).param("departmentId", departmentId)
                .param("status", status == null ? null : status.name())
                .param("topic", topic == null || topic.isBlank() ? null : topic.strip())
                .param("overdueOnly", overdueOnly)
                .param("today", today)
                .param("limit", limit).param("offset", offset)
                .query((rs, row) -> new Row(task(rs, today), rs.getLong("total"))).list();
        if (rows.isEmpty() && offset > 0) {
            // a page past the end still tells how many there are
            long total = tasks(user, assigneeId, departmentId, status, topic, overdueOnly, 1, 0).total();
            return new PageResult<>(List.of(), 0, limit, total);
        }
        long total = rows.isEmpty() ? 0 : rows.get(0).total();
        return new PageResult<>(rows.stream().map(Row::task).toList(), 0, limit, total);
    }

    /** Changes a task's status as of the version the user saw; records who and when. Any member of its staff. */
    @Transactional
    public TaskView changeStatus(CurrentUser user, UUID taskId, TaskStatus status, @Nullable Long expectedVersion) {
        TaskView task = task(user, taskId);
        if (expectedVersion != null && expectedVersion != task.version()) {
            throw new ConflictException("problem.concurrent-change");
        }
        if (task.status() == status) {
            return task;
        }
        int changed = jdbc.sql("UPDATE staff.task SET status = ?, version = version + 1 WHERE id = ? AND version = ?")
                .params(status.name(), taskId, task.version()).update();
        if (changed == 0) {
            throw new ConflictException("problem.concurrent-change");
        }
        jdbc.sql("""
                INSERT INTO staff.task_status_change (task_id, tenant_id, changed_at, changed_by, from_status, to_status)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(taskId, user.tenantId(), Timestamp.from(clock.instant()), user.personId(), task.status().name(),
                        status.name())
                .update();
        return task(user, taskId);
    }

    /** A task of a staff the user belongs to. */
    @Transactional(readOnly = true)
    public TaskView task(CurrentUser user, UUID taskId) {
        TaskView task = jdbc.sql(WITH_TOPIC + " WHERE t.tenant_id = ? AND t.id = ?")
                .params(user.tenantId(), taskId).query((rs, row) -> task(rs, today(user))).optional()
                .orElseThrow(() -> new NotFoundException("Task"));
        access.membersOnly(user, task.staffId());
        return task;
    }

    /** Every status change of a task, oldest first, with who made it; for members of its staff. */
    @Transactional(readOnly = true)
    public List<TaskStatusChange> history(CurrentUser user, UUID taskId) {
        task(user, taskId);
        record Row(Instant at, UUID by, @Nullable String from, String to) {
        }
        List<Row> rows = jdbc.sql("""
                SELECT changed_at, changed_by, from_status, to_status FROM staff.task_status_change
                 WHERE tenant_id = ? AND task_id = ? ORDER BY changed_at, to_status""")
                .params(user.tenantId(), taskId)
                .query((rs, row) -> new Row(rs.getTimestamp(1).toInstant(), rs.getObject(2, UUID.class),
                        rs.getString(3), rs.getString(4)))
                .list();
        Map<UUID, PersonView> names = people.people(user, rows.stream().map(Row::by).distinct().toList());
        return rows.stream().map(row -> new TaskStatusChange(row.at(), row.by(),
                names.containsKey(row.by()) ? names.get(row.by()).displayName() : "?",
                row.from() == null ? null : TaskStatus.valueOf(row.from()), TaskStatus.valueOf(row.to()))).toList();
    }

    private LocalDate today(CurrentUser user) {
        return dates.today(user.tenantId(), clock);
    }

    private static TaskView task(ResultSet rs, LocalDate today) throws SQLException {
        TaskStatus status = TaskStatus.valueOf(rs.getString("status"));
        LocalDate due = rs.getObject("due", LocalDate.class);
        boolean overdue = due != null && due.isBefore(today)
                && (status == TaskStatus.OPEN || status == TaskStatus.IN_PROGRESS);
        return new TaskView(rs.getObject("id", UUID.class), rs.getObject("staff_id", UUID.class),
                rs.getObject("session_id", UUID.class), rs.getString("text"), rs.getString("topic"),
                rs.getObject("assignee_id", UUID.class),
                rs.getObject("department_id", UUID.class), due, status, overdue, rs.getLong("version"));
    }
}
