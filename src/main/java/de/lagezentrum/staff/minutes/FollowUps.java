package de.lagezentrum.staff.minutes;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import de.lagezentrum.organisation.DepartmentView;
import de.lagezentrum.organisation.OrganisationManagement;
import de.lagezentrum.organisation.PeopleManagement;
import de.lagezentrum.organisation.PersonView;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.DateFormats;
import de.lagezentrum.staff.AgendaItemView;
import de.lagezentrum.staff.FollowUpTask;
import de.lagezentrum.staff.SessionView;
import de.lagezentrum.staff.TaskStatus;

/**
 * The Wiedervorlage: open tasks of a staff's earlier sessions come back on the next agenda, as its
 * first item, until they are done.
 */
@Component
public class FollowUps {


    private final JdbcClient jdbc;
    private final MinutesQueries queries;
    private final PeopleManagement people;
    private final OrganisationManagement organisation;
    private final DateFormats dates;
    private final Clock clock;

    FollowUps(JdbcClient jdbc, MinutesQueries queries, PeopleManagement people, OrganisationManagement organisation,
            DateFormats dates, Clock clock) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.people = people;
        this.organisation = organisation;
        this.dates = dates;
        this.clock = clock;
    }

    /**
     * The agenda of an open session with the Wiedervorlage filled in live; the item itself is created
     * (once, first on the agenda) as soon as earlier sessions left open tasks.
     */
    public List<AgendaItemView> agenda(CurrentUser user, SessionView session) {
        List<Row> open = openTasks(user.tenantId(), session);
        List<AgendaItemView> agenda = queries.agenda(user.tenantId(), session.id());
        boolean present = agenda.stream().anyMatch(AgendaItemView::followUpItem);
        if (!present && !open.isEmpty()) {
            // Idempotent under concurrent first reads: one row per session (partial unique index). It is the
            // staff's own item, so it counts as the lead's, whoever happened to open the agenda first.
            jdbc.sql("""
                    INSERT INTO staff.agenda_item (id, tenant_id, session_id, position, title, proposed_by, status,
                                                   created_at, version, kind)
                    SELECT ?, ?, ?, 0, 'Wiedervorlage', lead_id, 'ACCEPTED', ?, 0, 'FOLLOW_UP'
                      FROM staff.staff WHERE id = ?
                    ON CONFLICT (session_id) WHERE kind = 'FOLLOW_UP' DO NOTHING""")
                    .params(UUID.randomUUID(), user.tenantId(), session.id(), Timestamp.from(clock.instant()),
                            session.staffId())
                    .update();
            agenda = queries.agenda(user.tenantId(), session.id());
        }
        if (agenda.stream().noneMatch(AgendaItemView::followUpItem)) {
            return agenda;
        }
        List<FollowUpTask> tasks = named(user, open);
        return agenda.stream().map(item -> item.followUpItem() ? item.withFollowUp(tasks) : item).toList();
    }

    private List<Row> openTasks(UUID tenantId, SessionView session) {
        return jdbc.sql("""
                SELECT t.id, t.text, t.status, t.due, t.assignee_id, t.department_id, s.id AS session_id, s.starts_at
                  FROM staff.task t JOIN staff.session s ON s.id = t.session_id
                 WHERE t.tenant_id = ? AND t.staff_id = ? AND t.status IN ('OPEN', 'IN_PROGRESS') AND s.starts_at < ?
                 ORDER BY t.due NULLS LAST, s.starts_at, t.created_at, t.id""")
                .params(tenantId, session.staffId(), Timestamp.from(session.start()))
                .query((rs, row) -> new Row(rs.getObject("id", UUID.class), rs.getString("text"),
                        TaskStatus.valueOf(rs.getString("status")), rs.getObject("due", LocalDate.class),
                        rs.getObject("assignee_id", UUID.class), rs.getObject("department_id", UUID.class),
                        rs.getObject("session_id", UUID.class), rs.getTimestamp("starts_at").toInstant()))
                .list();
    }

    private List<FollowUpTask> named(CurrentUser user, List<Row> open) {
        if (open.isEmpty()) {
            return List.of();
        }
        LocalDate today = dates.today(user.tenantId(), clock);
        Map<UUID, PersonView> persons = people.people(user,
                open.stream().map(Row::assigneeId).filter(Objects::nonNull).distinct().toList());
        Map<UUID, String> departments = open.stream().anyMatch(row -> row.departmentId() != null)
                ? organisation.allDepartments(user).stream()
                        .collect(Collectors.toMap(DepartmentView::id, DepartmentView::name))
                : Map.of();
        return open.stream().map(row -> new FollowUpTask(row.id(), row.text(), row.status(), row.due(),
                row.due() != null && row.due().isBefore(today), row.assigneeId(), row.departmentId(),
                owner(row, persons, departments), row.sessionId(), row.sessionStart())).toList();
    }

    private static String owner(Row row, Map<UUID, PersonView> persons, Map<UUID, String> departments) {
        return Stream.of(row.assigneeId() == null || !persons.containsKey(row.assigneeId()) ? null
                        : persons.get(row.assigneeId()).displayName(),
                row.departmentId() == null ? null : departments.get(row.departmentId()))
                .filter(Objects::nonNull).collect(Collectors.joining(", "));
    }

    private record Row(UUID id, String text, TaskStatus status, LocalDate due, UUID assigneeId, UUID departmentId,
            UUID sessionId, java.time.Instant sessionStart) {
    }
}
