package de.lagezentrum.staff;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.lagezentrum.organisation.OrganisationManagement;
import de.lagezentrum.organisation.PeopleManagement;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.ConflictException;
import de.lagezentrum.platform.web.DateFormats;
import de.lagezentrum.platform.web.InvalidInputException;
import de.lagezentrum.platform.web.NotFoundException;
import de.lagezentrum.staff.minutes.FollowUps;
import de.lagezentrum.staff.minutes.MinutesQueries;
import de.lagezentrum.staff.protocols.ProtocolGuard;
import de.lagezentrum.staff.staffs.Staff;
import de.lagezentrum.staff.staffs.StaffAccess;

/**
 * A session's agenda and live minutes: any member proposes items, the lead accepts them; members
 * record notes, decisions (numbered per staff and year, with rationale) and tasks.
 */
@Service
public class MinutesManagement {


    private final JdbcClient jdbc;
    private final StaffAccess access;
    private final MinutesQueries queries;
    private final PeopleManagement people;
    private final OrganisationManagement organisation;
    private final ApplicationEventPublisher events;
    private final ProtocolGuard guard;
    private final FollowUps followUps;
    private final ProtocolManagement protocols;
    private final DateFormats dates;
    private final Clock clock;

    MinutesManagement(JdbcClient jdbc, StaffAccess access, MinutesQueries queries,
            PeopleManagement people, OrganisationManagement organisation, ApplicationEventPublisher events,
            ProtocolGuard guard, FollowUps followUps, ProtocolManagement protocols, DateFormats dates, Clock clock) {
        this.guard = guard;
        this.followUps = followUps;
        this.protocols = protocols;
        this.jdbc = jdbc;
        this.access = access;
        this.queries = queries;
        this.people = people;
        this.organisation = organisation;
        this.events = events;
        this.dates = dates;
        this.clock = clock;
    }

    /** Proposes an agenda item; the lead's own proposals are accepted at once. */
    @Transactional
    public AgendaItemView propose(CurrentUser user, UUID sessionId, NewAgendaItem item) {
        SessionView session = access.memberSession(user, sessionId);
        guard.requireOpen(user.tenantId(), sessionId);
        Staff staff = access.membersOnly(user, session.staffId());
        if (item.presenterId() != null && people.people(user, List.of(item.presenterId())).isEmpty()) {
            throw new InvalidInputException("presenterId", "staff.person.unknown");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO staff.agenda_item (id, tenant_id, session_id, position, title, topic, presenter_id,
                                               proposed_by, status, created_at, version)
                VALUES (?, ?, ?, (SELECT coalesce(max(position), 0) + 1 FROM staff.agenda_item WHERE session_id = ?),
                        ?, ?, ?, ?, ?, ?, 0)""")
                .params(id, user.tenantId(), sessionId, sessionId, item.title().strip(), blankToNull(item.topic()),
                        item.presenterId(), user.personId(), staff.isLead(user.personId()) ? "ACCEPTED" : "PROPOSED",
                        Timestamp.from(clock.instant()))
                .update();
        followUps.agenda(user, session);
        events.publishEvent(new AgendaChanged(user.tenantId(), session.staffId(), sessionId));
        return queries.agendaItem(user.tenantId(), id).orElseThrow();
    }

    /** Accepts a proposed item; the lead only. */
    @Transactional
    public AgendaItemView accept(CurrentUser user, UUID sessionId, UUID itemId) {
        SessionView session = access.memberSession(user, sessionId);
        access.leadOnly(user, session.staffId());
        guard.requireOpen(user.tenantId(), sessionId);
        int changed = jdbc.sql("""
                UPDATE staff.agenda_item SET status = 'ACCEPTED', version = version + 1
                 WHERE tenant_id = ? AND session_id = ? AND id = ?""")
                .params(user.tenantId(), sessionId, itemId).update();
        if (changed == 0) {
            throw new NotFoundException("Agenda item");
        }
        events.publishEvent(new AgendaChanged(user.tenantId(), session.staffId(), sessionId));
        return queries.agendaItem(user.tenantId(), itemId).orElseThrow();
    }

    /**
     * Puts the agenda in the given order; the lead only. The list names every item of the session once,
     * the Wiedervorlage first.
     */
    @Transactional
    public List<AgendaItemView> order(CurrentUser user, UUID sessionId, List<UUID> itemIds) {
        SessionView session = access.memberSession(user, sessionId);
        access.leadOnly(user, session.staffId());
        guard.requireOpen(user.tenantId(), sessionId);
        List<AgendaItemView> agenda = followUps.agenda(user, session);
        if (itemIds == null || itemIds.size() != agenda.size()
                || !new HashSet<>(itemIds).equals(agenda.stream().map(AgendaItemView::id).collect(Collectors.toSet()))) {
            throw new InvalidInputException("itemIds", "agenda.order.items");
        }
        boolean hasFollowUp = agenda.stream().anyMatch(AgendaItemView::followUpItem);
        if (hasFollowUp && !agenda.get(0).id().equals(itemIds.get(0))) {
            throw new InvalidInputException("itemIds", "agenda.order.follow-up-first");
        }
        // The Wiedervorlage keeps position 0; the other items are numbered from 1.
        int position = hasFollowUp ? 0 : 1;
        for (UUID itemId : itemIds) {
            jdbc.sql("""
                    UPDATE staff.agenda_item SET position = ?, version = version + 1
                     WHERE tenant_id = ? AND session_id = ? AND id = ? AND position <> ?""")
                    .params(position, user.tenantId(), sessionId, itemId, position).update();
            position++;
        }
        events.publishEvent(new AgendaChanged(user.tenantId(), session.staffId(), sessionId));
        return followUps.agenda(user, session);
    }

    /** Moves an item one place up or down, past its neighbour; the Wiedervorlage stays first. The lead only. */
    @Transactional
    public List<AgendaItemView> move(CurrentUser user, UUID sessionId, UUID itemId, boolean up) {
        SessionView session = access.memberSession(user, sessionId);
        access.leadOnly(user, session.staffId());
        guard.requireOpen(user.tenantId(), sessionId);
        List<AgendaItemView> agenda = followUps.agenda(user, session);
        List<UUID> ids = new ArrayList<>(agenda.stream().map(AgendaItemView::id).toList());
        int from = ids.indexOf(itemId);
        if (from < 0) {
            throw new NotFoundException("Agenda item");
        }
        int to = up ? from - 1 : from + 1;
        if (to >= 0 && to < ids.size() && !agenda.get(from).followUpItem() && !agenda.get(to).followUpItem()) {
            Collections.swap(ids, from, to);
        }
        return order(user, sessionId, ids);
    }

    /**
     * The agenda of a session, in order: while the protocol is open with the Wiedervorlage read live
     * (and created when earlier sessions left open tasks), afterwards as finalised.
     */
    @Transactional
    public List<AgendaItemView> agenda(CurrentUser user, UUID sessionId) {
        SessionView session = access.memberSession(user, sessionId);
        if (guard.isOpen(user.tenantId(), sessionId)) {
            return followUps.agenda(user, session);
        }
        return protocols.current(user, sessionId).map(ProtocolView::items)
                .orElseGet(() -> queries.agenda(user.tenantId(), sessionId));
    }

    /** Records a note, decision or task under an agenda item; any member. */
    @Transactional
    public EntryView record(CurrentUser user, UUID sessionId, UUID itemId, NewEntry entry) {
        return record(user, sessionId, itemId, entry, clock.instant());
    }

    /**
     * Records an entry as of the given moment: the demo writes the minutes of past sessions at the time
     * they were held, so their decisions and tasks reach the journal with that time.
     */
    @Transactional
    EntryView record(CurrentUser user, UUID sessionId, UUID itemId, NewEntry entry, Instant now) {
        SessionView session = access.memberSession(user, sessionId);
        guard.requireOpen(user.tenantId(), sessionId);
        queries.agendaItem(user.tenantId(), itemId).filter(item -> item.sessionId().equals(sessionId))
                .orElseThrow(() -> new NotFoundException("Agenda item"));
        if (entry.type() == EntryType.TASK) {
            checkAssignee(user, entry);
        }
        String number = entry.type() == EntryType.DECISION
                ? nextDecisionNumber(user.tenantId(), session.staffId(), now) : null;
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO staff.minute_entry (id, tenant_id, staff_id, session_id, agenda_item_id, type, text, rationale,
                                                decision_number, recorded_by, recorded_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(id, user.tenantId(), session.staffId(), sessionId, itemId, entry.type().name(),
                        entry.text().strip(), blankToNull(entry.rationale()), number, user.personId(), Timestamp.from(now))
                .update();
        if (entry.type() == EntryType.DECISION) {
            events.publishEvent(new DecisionRecorded(user.tenantId(), session.staffId(), sessionId, id, number,
                    entry.text().strip(), blankToNull(entry.rationale()), user.personId(), now));
        }
        if (entry.type() == EntryType.TASK) {
            UUID taskId = UUID.randomUUID();
            jdbc.sql("""
                    INSERT INTO staff.task (id, tenant_id, staff_id, session_id, entry_id, text, assignee_id, department_id,
                                            due, status, created_at, version)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, 0)""")
                    .params(taskId, user.tenantId(), session.staffId(), sessionId, id, entry.text().strip(),
                            entry.assigneeId(), entry.departmentId(), entry.due(), Timestamp.from(now))
                    .update();
            jdbc.sql("""
                    INSERT INTO staff.task_status_change (task_id, tenant_id, changed_at, changed_by, to_status)
                    VALUES (?, ?, ?, ?, 'OPEN')""")
                    .params(taskId, user.tenantId(), Timestamp.from(now), user.personId()).update();
            events.publishEvent(new TaskAssigned(user.tenantId(), session.staffId(), sessionId, taskId,
                    entry.text().strip(), entry.assigneeId(), entry.departmentId(), entry.due(), user.personId(), now));
        }
        events.publishEvent(new MinuteEntryRecorded(user.tenantId(), session.staffId(), sessionId, id, entry.type()));
        return queries.entry(user.tenantId(), id).orElseThrow();
    }

    /**
     * Corrects the text and rationale of a line of the minutes before the protocol is finalised: the one
     * who recorded it, or the lead. A decision keeps its number; a task's text follows.
     */
    @Transactional
    public EntryView correct(CurrentUser user, UUID sessionId, UUID entryId, EntryCorrection correction) {
        SessionView session = access.memberSession(user, sessionId);
        EntryView entry = entryOf(user, sessionId, entryId);
        guard.requireOpen(user.tenantId(), sessionId);
        requireCorrector(user, session, entry);
        String text = correction.text().strip();
        // Only decisions carry a rationale; for notes and tasks whatever was sent is ignored.
        String rationale = correction.rationale() == null || entry.type() != EntryType.DECISION ? entry.rationale()
                : blankToNull(correction.rationale());
        // Compare-and-set on the version: of two corrections made on the same version, one wins, one gets 409.
        int changed = jdbc.sql("""
                UPDATE staff.minute_entry SET text = ?, rationale = ?, version = version + 1
                 WHERE tenant_id = ? AND id = ? AND version = ?""")
                .params(text, rationale, user.tenantId(), entryId, correction.version()).update();
        if (changed == 0) {
            throw new ConflictException("problem.concurrent-change");
        }
        if (entry.type() == EntryType.TASK) {
            jdbc.sql("UPDATE staff.task SET text = ?, version = version + 1 WHERE tenant_id = ? AND entry_id = ?")
                    .params(text, user.tenantId(), entryId).update();
        }
        EntryView corrected = queries.entry(user.tenantId(), entryId).orElseThrow();
        events.publishEvent(new MinuteEntryCorrected(user.tenantId(), session.staffId(), sessionId, entryId,
                entry.type(), corrected.version(), corrected.decisionNumber(), corrected.text(), corrected.rationale(),
                user.personId(), clock.instant()));
        return corrected;
    }

    /** One line of a session's minutes. */
    @Transactional(readOnly = true)
    public EntryView entry(CurrentUser user, UUID sessionId, UUID entryId) {
        access.memberSession(user, sessionId);
        return entryOf(user, sessionId, entryId);
    }

    /** A line of the minutes the user may correct (who recorded it, or the lead); others get 403. */
    @Transactional(readOnly = true)
    public EntryView correctableEntry(CurrentUser user, UUID sessionId, UUID entryId) {
        SessionView session = access.memberSession(user, sessionId);
        EntryView entry = entryOf(user, sessionId, entryId);
        requireCorrector(user, session, entry);
        return entry;
    }

    private void requireCorrector(CurrentUser user, SessionView session, EntryView entry) {
        Staff staff = access.membersOnly(user, session.staffId());
        if (!entry.recordedBy().equals(user.personId()) && !staff.isLead(user.personId())) {
            throw new AccessDeniedException("Only who recorded the entry, or the lead, may correct it");
        }
    }

    /** The minutes of a session, in the order they were recorded. */
    @Transactional(readOnly = true)
    public List<EntryView> entries(CurrentUser user, UUID sessionId) {
        access.memberSession(user, sessionId);
        return queries.entries(user.tenantId(), sessionId);
    }

    /** The latest decisions of the staffs the user belongs to, newest first. */
    @Transactional(readOnly = true)
    public List<DecisionSummary> latestDecisions(CurrentUser user, int limit) {
        return jdbc.sql("""
                SELECT e.id, e.staff_id, s.name AS staff_name, e.session_id, e.decision_number, e.text, e.recorded_at
                  FROM staff.minute_entry e JOIN staff.staff s ON s.id = e.staff_id
                 WHERE e.tenant_id = ? AND e.type = 'DECISION'
                   AND EXISTS (SELECT 1 FROM staff.staff_member m WHERE m.staff_id = e.staff_id AND m.person_id = ?)
                 ORDER BY e.recorded_at DESC, e.decision_number DESC LIMIT ?""")
                .params(user.tenantId(), user.personId(), limit)
                .query((rs, row) -> new DecisionSummary(rs.getObject("id", UUID.class),
                        rs.getObject("staff_id", UUID.class), rs.getString("staff_name"),
                        rs.getObject("session_id", UUID.class), rs.getString("decision_number"), rs.getString("text"),
                        rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    private EntryView entryOf(CurrentUser user, UUID sessionId, UUID entryId) {
        return queries.entry(user.tenantId(), entryId).filter(found -> found.sessionId().equals(sessionId))
                .orElseThrow(() -> new NotFoundException("Entry"));
    }

    private String nextDecisionNumber(UUID tenantId, UUID staffId, Instant now) {
        int year = now.atZone(dates.zone(tenantId)).getYear();
        // One atomic upsert: concurrent decisions of a staff never get the same number.
        int number = jdbc.sql("""
                INSERT INTO staff.decision_counter (staff_id, year, last_number) VALUES (?, ?, 1)
                ON CONFLICT (staff_id, year) DO UPDATE SET last_number = staff.decision_counter.last_number + 1
                RETURNING last_number""")
                .params(staffId, year).query(Integer.class).single();
        return "B-%d-%03d".formatted(year, number);
    }

    private void checkAssignee(CurrentUser user, NewEntry entry) {
        if (entry.assigneeId() == null && entry.departmentId() == null) {
            throw new InvalidInputException("assigneeId", "task.assignee.required");
        }
        if (entry.assigneeId() != null && people.people(user, List.of(entry.assigneeId())).isEmpty()) {
            throw new InvalidInputException("assigneeId", "staff.person.unknown");
        }
        if (entry.departmentId() != null && organisation.allDepartments(user).stream()
                .noneMatch(department -> department.id().equals(entry.departmentId()))) {
            throw new InvalidInputException("departmentId", "person.department.unknown");
        }
    }


    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
