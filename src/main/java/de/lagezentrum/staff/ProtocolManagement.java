package de.lagezentrum.staff;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import de.lagezentrum.organisation.DepartmentView;
import de.lagezentrum.organisation.OrganisationManagement;
import de.lagezentrum.organisation.PeopleManagement;
import de.lagezentrum.organisation.PersonView;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.ConflictException;
import de.lagezentrum.platform.web.InvalidInputException;
import de.lagezentrum.platform.web.NotFoundException;
import de.lagezentrum.staff.minutes.FollowUps;
import de.lagezentrum.staff.minutes.MinutesQueries;
import de.lagezentrum.staff.protocols.ProtocolGuard;
import de.lagezentrum.staff.protocols.ProtocolPdf;
import de.lagezentrum.staff.staffs.Staff;
import de.lagezentrum.staff.staffs.StaffAccess;

/**
 * Protocols: members record attendance and finalise; the lead approves. An approved protocol never
 * changes (409); a correction becomes a new version referring to the old one, which stays readable,
 * and the difference between the two can be shown side by side.
 */
@Service
public class ProtocolManagement {

    private static final int MAX_TEXT = 10_000;

    private final JdbcClient jdbc;
    private final StaffAccess access;
    private final MinutesQueries minutes;
    private final FollowUps followUps;
    private final ProtocolGuard guard;
    private final PeopleManagement people;
    private final OrganisationManagement organisation;
    private final ProtocolPdf pdf;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ProtocolManagement(JdbcClient jdbc, StaffAccess access, MinutesQueries minutes, FollowUps followUps,
            ProtocolGuard guard, PeopleManagement people, OrganisationManagement organisation, ProtocolPdf pdf,
            ApplicationEventPublisher events, JsonMapper json, TransactionTemplate transactions, Clock clock) {
        this.transactions = transactions;
        this.followUps = followUps;
        this.jdbc = jdbc;
        this.access = access;
        this.minutes = minutes;
        this.guard = guard;
        this.people = people;
        this.organisation = organisation;
        this.pdf = pdf;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /** Records who was present (members of the staff); replaces the earlier list. */
    @Transactional
    public void attendance(CurrentUser user, UUID sessionId, Set<UUID> present) {
        SessionView session = access.memberSession(user, sessionId);
        guard.requireOpen(user.tenantId(), sessionId);
        requireMembers(access.membersOnly(user, session.staffId()), present);
        jdbc.sql("DELETE FROM staff.session_attendance WHERE tenant_id = ? AND session_id = ?")
                .params(user.tenantId(), sessionId).update();
        for (UUID personId : present) {
            jdbc.sql("INSERT INTO staff.session_attendance (session_id, tenant_id, person_id) VALUES (?, ?, ?)")
                    .params(sessionId, user.tenantId(), personId).update();
        }
    }

    /** Who is recorded as present so far (while the protocol is open) or in the latest version. */
    @Transactional(readOnly = true)
    public Set<UUID> present(CurrentUser user, UUID sessionId) {
        access.memberSession(user, sessionId);
        return latest(user.tenantId(), sessionId)
                .map(version -> version.content().attendance().stream().map(ProtocolView.Attendee::personId)
                        .collect(Collectors.toCollection(LinkedHashSet::new)))
                .orElseGet(() -> new LinkedHashSet<>(presentIds(user.tenantId(), sessionId)));
    }

    /** Finalises the protocol as version 1; from now on the minutes are frozen. Any member. */
    @Transactional
    public ProtocolView finalise(CurrentUser user, UUID sessionId) {
        return finalise(user, sessionId, clock.instant());
    }

    /** Finalises as of the given moment (the demo's past sessions). */
    @Transactional
    ProtocolView finalise(CurrentUser user, UUID sessionId, Instant now) {
        SessionView session = access.memberSession(user, sessionId);
        guard.requireOpenToFinalise(user.tenantId(), sessionId);
        // The Wiedervorlage is frozen as it stands now, even if its tasks are done later.
        insertVersion(user, sessionId, 1, snapshot(user, session), null, null, now);
        events.publishEvent(new ProtocolFinalised(user.tenantId(), session.staffId(), sessionId, 1));
        return protocol(user, sessionId);
    }

    /** Approves the latest version; the lead only. */
    @Transactional
    public ProtocolView approve(CurrentUser user, UUID sessionId) {
        return approve(user, sessionId, clock.instant());
    }

    /** Approves as of the given moment (the demo's past sessions), so the journal shows that time. */
    @Transactional
    ProtocolView approve(CurrentUser user, UUID sessionId, Instant now) {
        SessionView session = access.memberSession(user, sessionId);
        access.leadOnly(user, session.staffId());
        guard.lockVersions(user.tenantId(), sessionId);
        Stored latest = latest(user.tenantId(), sessionId).orElseThrow(() -> new ConflictException("protocol.not-final"));
        if (!latest.status().equals("FINAL")) {
            throw new ConflictException("protocol.approved");
        }
        int approved = jdbc.sql("""
                UPDATE staff.protocol_version SET status = 'APPROVED', approved_by = ?, approved_at = ?
                 WHERE tenant_id = ? AND session_id = ? AND version = ? AND status = 'FINAL'""")
                .params(user.personId(), Timestamp.from(now), user.tenantId(), sessionId, latest.version())
                .update();
        if (approved == 0) {
            throw new ConflictException("protocol.approved");
        }
        events.publishEvent(new ProtocolApproved(user.tenantId(), session.staffId(), sessionId, session.start(),
                latest.version(), user.personId(), now));
        return protocol(user, sessionId);
    }

    /** Corrects an approved protocol with an explanation only. */
    @Transactional
    public ProtocolView correct(CurrentUser user, UUID sessionId, String correction) {
        return correct(user, sessionId, ProtocolCorrection.of(correction));
    }

    /**
     * Corrects an approved protocol: a new version with the changed entries and attendance, referring to
     * the version it corrects, to be approved again by the lead. Any member.
     */
    @Transactional
    public ProtocolView correct(CurrentUser user, UUID sessionId, ProtocolCorrection correction) {
        SessionView session = access.memberSession(user, sessionId);
        guard.lockVersions(user.tenantId(), sessionId);
        Stored latest = latest(user.tenantId(), sessionId).orElseThrow(() -> new ConflictException("protocol.not-final"));
        if (correction.basedOn() != null && correction.basedOn() != latest.version()) {
            // The form was opened on an older version: saving it would undo what came since.
            throw new ConflictException("protocol.correction.stale");
        }
        if (!latest.status().equals("APPROVED")) {
            throw new ConflictException("protocol.not-approved");
        }
        String text = correction.text() == null ? "" : correction.text().strip();
        if (text.isEmpty() || text.length() > MAX_TEXT) {
            throw new InvalidInputException("text", "protocol.correction.text");
        }
        Content content = latest.content();
        List<EntryView> entries = new ArrayList<>(content.entries());
        for (ProtocolCorrection.EntryChange change : correction.entries()) {
            int index = indexOf(entries, change.id());
            if (index < 0) {
                throw new InvalidInputException("entries", "protocol.correction.entry.unknown");
            }
            String changedText = change.text() == null ? "" : change.text().strip();
            if (changedText.isEmpty() || changedText.length() > MAX_TEXT
                    || change.rationale() != null && change.rationale().length() > MAX_TEXT) {
                throw new InvalidInputException("entries", "protocol.correction.entry.text");
            }
            EntryView old = entries.get(index);
            // As with entries before finalising: an omitted rationale stays, an empty one is removed.
            String rationale = change.rationale() == null ? old.rationale()
                    : change.rationale().isBlank() ? null : change.rationale().strip();
            entries.set(index, new EntryView(old.id(), old.sessionId(), old.agendaItemId(), old.type(), changedText,
                    old.type() == EntryType.DECISION ? rationale : old.rationale(), old.decisionNumber(), old.taskId(),
                    old.recordedBy(), old.recordedAt(), old.version()));
        }
        List<ProtocolView.Attendee> attendance = content.attendance();
        if (correction.present() != null) {
            requireMembers(access.membersOnly(user, session.staffId()), correction.present());
            attendance = attendees(user, correction.present());
        }
        List<ProtocolView.Task> tasks = tasksOf(content).stream().map(task -> entries.stream()
                .filter(entry -> entry.id().equals(task.entryId())).findFirst()
                .map(entry -> new ProtocolView.Task(task.entryId(), task.taskId(), entry.text(), task.assigneeId(),
                        task.assigneeName(), task.departmentId(), task.departmentName(), task.due()))
                .orElse(task)).toList();
        int version = latest.version() + 1;
        insertVersion(user, sessionId, version, new Content(content.items(), entries, attendance, tasks), text,
                latest.version(), clock.instant());
        events.publishEvent(new ProtocolCorrected(user.tenantId(), session.staffId(), sessionId, session.start(),
                version, text, user.personId(), clock.instant()));
        return protocol(user, sessionId);
    }

    /** The latest version of a session's protocol, if it has been finalised. */
    @Transactional(readOnly = true)
    public Optional<ProtocolView> current(CurrentUser user, UUID sessionId) {
        access.memberSession(user, sessionId);
        return latest(user.tenantId(), sessionId).map(version -> view(user, sessionId, version));
    }

    /** The latest version of a session's protocol; not found before it is finalised. */
    @Transactional(readOnly = true)
    public ProtocolView protocol(CurrentUser user, UUID sessionId) {
        return current(user, sessionId).orElseThrow(() -> new NotFoundException("Protocol"));
    }

    /** A given version, e.g. the original of a correction. */
    @Transactional(readOnly = true)
    public ProtocolView protocol(CurrentUser user, UUID sessionId, int version) {
        access.memberSession(user, sessionId);
        return view(user, sessionId, stored(user.tenantId(), sessionId).stream().filter(v -> v.version() == version)
                .findFirst().orElseThrow(() -> new NotFoundException("Protocol version")));
    }

    /** Every version, oldest first; empty while the protocol is open. */
    @Transactional(readOnly = true)
    public List<ProtocolView> versions(CurrentUser user, UUID sessionId) {
        access.memberSession(user, sessionId);
        return stored(user.tenantId(), sessionId).stream().map(version -> view(user, sessionId, version)).toList();
    }

    /**
     * The latest version, or while the protocol is open the draft built from the minutes so far (which may
     * put the Wiedervorlage on the agenda, hence not read-only).
     */
    @Transactional
    public ProtocolView latestOrDraft(CurrentUser user, UUID sessionId) {
        SessionView session = access.memberSession(user, sessionId);
        return current(user, sessionId).orElseGet(() -> {
            Content draft = snapshot(user, session);
            return view(sessionId, 0, "DRAFT", draft, null, null, null, null, null, null);
        });
    }

    /** What a correcting version changed against the version it corrects. */
    @Transactional(readOnly = true)
    public ProtocolDiff diff(CurrentUser user, UUID sessionId, int version) {
        ProtocolView after = protocol(user, sessionId, version);
        if (after.correctsVersion() == null) {
            throw new NotFoundException("Protocol correction");
        }
        return ProtocolDiff.between(protocol(user, sessionId, after.correctsVersion()), after);
    }

    /**
     * The protocol as a tagged PDF (PDF/UA) with "Seite x von y": the given version, else the latest,
     * else the draft. The data is read in a transaction; the rendering (100–200 ms) runs after it, so
     * that it holds no database connection.
     */
    public byte[] pdf(CurrentUser user, UUID sessionId, @Nullable Integer version, Locale locale) {
        record Document(String staffName, SessionView session, ProtocolView protocol) {
        }
        Document document = transactions.execute(status -> {
            SessionView session = access.memberSession(user, sessionId);
            ProtocolView protocol = version == null ? latestOrDraft(user, sessionId)
                    : protocol(user, sessionId, version);
            return new Document(access.membersOnly(user, session.staffId()).name(), session, protocol);
        });
        return pdf.render(document.staffName(), document.session(), document.protocol(), clock.instant(),
                user.displayName(), locale);
    }

    private Content snapshot(CurrentUser user, SessionView session) {
        return new Content(followUps.agenda(user, session), minutes.entries(user.tenantId(), session.id()),
                attendees(user, presentIds(user.tenantId(), session.id())), tasks(user, session.id()));
    }

    private List<ProtocolView.Task> tasks(CurrentUser user, UUID sessionId) {
        record Row(UUID entryId, UUID taskId, String text, @Nullable UUID assigneeId, @Nullable UUID departmentId,
                java.time.@Nullable LocalDate due) {
        }
        List<Row> rows = jdbc.sql("""
                SELECT t.entry_id, t.id, e.text, t.assignee_id, t.department_id, t.due
                  FROM staff.task t JOIN staff.minute_entry e ON e.id = t.entry_id
                 WHERE t.tenant_id = ? AND t.session_id = ? ORDER BY e.recorded_at, e.id""")
                .params(user.tenantId(), sessionId)
                .query((rs, row) -> new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getObject(4, UUID.class), rs.getObject(5, UUID.class),
                        rs.getObject(6, java.time.LocalDate.class)))
                .list();
        Map<UUID, PersonView> persons = people.people(user, rows.stream().map(Row::assigneeId)
                .filter(id -> id != null).toList());
        Map<UUID, String> departments = organisation.allDepartments(user).stream()
                .collect(Collectors.toMap(DepartmentView::id, DepartmentView::name));
        return rows.stream().map(row -> new ProtocolView.Task(row.entryId(), row.taskId(), row.text(), row.assigneeId(),
                row.assigneeId() == null || !persons.containsKey(row.assigneeId()) ? null
                        : persons.get(row.assigneeId()).displayName(),
                row.departmentId(), row.departmentId() == null ? null : departments.get(row.departmentId()), row.due()))
                .toList();
    }

    private void insertVersion(CurrentUser user, UUID sessionId, int version, Content content,
            @Nullable String correction, @Nullable Integer corrects, Instant finalisedAt) {
        jdbc.sql("""
                INSERT INTO staff.protocol_version (session_id, tenant_id, version, status, content, correction,
                                                    corrects_version, finalized_by, finalized_at)
                VALUES (?, ?, ?, 'FINAL', ?::jsonb, ?, ?, ?, ?)""")
                .params(sessionId, user.tenantId(), version, json.writeValueAsString(content), correction, corrects,
                        user.personId(), Timestamp.from(finalisedAt))
                .update();
    }

    private Optional<Stored> latest(UUID tenantId, UUID sessionId) {
        List<Stored> all = stored(tenantId, sessionId);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    private List<Stored> stored(UUID tenantId, UUID sessionId) {
        return jdbc.sql("""
                SELECT version, status, content::text AS content, correction, corrects_version, finalized_by,
                       finalized_at, approved_by, approved_at
                  FROM staff.protocol_version WHERE tenant_id = ? AND session_id = ? ORDER BY version""")
                .params(tenantId, sessionId)
                .query((rs, row) -> new Stored(rs.getInt("version"), rs.getString("status"),
                        json.readValue(rs.getString("content"), Content.class), rs.getString("correction"),
                        (Integer) rs.getObject("corrects_version"), rs.getObject("finalized_by", UUID.class),
                        rs.getTimestamp("finalized_at").toInstant(), rs.getObject("approved_by", UUID.class),
                        rs.getTimestamp("approved_at") == null ? null : rs.getTimestamp("approved_at").toInstant()))
                .list();
    }

    private ProtocolView view(CurrentUser user, UUID sessionId, Stored version) {
        Map<UUID, String> names = people.people(user, Stream.of(version.finalizedBy(), version.approvedBy())
                .filter(id -> id != null).toList()).values().stream()
                .collect(Collectors.toMap(PersonView::id, PersonView::displayName));
        return view(sessionId, version.version(), version.status(), version.content(), version.correction(),
                version.correctsVersion(), version.finalizedAt(), version.approvedAt(),
                new ProtocolView.Attendee(version.finalizedBy(), names.getOrDefault(version.finalizedBy(), "?")),
                version.approvedBy() == null ? null
                        : new ProtocolView.Attendee(version.approvedBy(), names.getOrDefault(version.approvedBy(), "?")));
    }

    private static ProtocolView view(UUID sessionId, int version, String status, Content content,
            @Nullable String correction, @Nullable Integer correctsVersion, @Nullable Instant finalizedAt,
            @Nullable Instant approvedAt, ProtocolView.@Nullable Attendee finalizedBy,
            ProtocolView.@Nullable Attendee approvedBy) {
        return new ProtocolView(sessionId, version, status, content.items(),
                content.entries().stream().filter(e -> e.type() == EntryType.DECISION).toList(), tasksOf(content),
                content.attendance(), correction, correctsVersion, finalizedAt, approvedAt, content.entries(),
                finalizedBy, approvedBy);
    }

    /** Versions stored before tasks were recorded with their owners show the task entries' texts. */
    private static List<ProtocolView.Task> tasksOf(Content content) {
        if (content.tasks() != null) {
            return content.tasks();
        }
        return content.entries().stream().filter(e -> e.type() == EntryType.TASK)
                .map(e -> new ProtocolView.Task(e.id(), e.taskId(), e.text(), null, null, null, null, null)).toList();
    }

    private List<UUID> presentIds(UUID tenantId, UUID sessionId) {
        return jdbc.sql("SELECT person_id FROM staff.session_attendance WHERE tenant_id = ? AND session_id = ?")
                .params(tenantId, sessionId).query(UUID.class).list();
    }

    private List<ProtocolView.Attendee> attendees(CurrentUser user, java.util.Collection<UUID> ids) {
        Map<UUID, PersonView> persons = people.people(user, ids);
        return ids.stream().map(id -> new ProtocolView.Attendee(id, persons.containsKey(id)
                ? persons.get(id).displayName() : "?"))
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList();
    }

    private static void requireMembers(Staff staff, Set<UUID> present) {
        for (UUID personId : new HashSet<>(present)) {
            if (!staff.hasMember(personId)) {
                throw new InvalidInputException("present", "protocol.attendance.not-member");
            }
        }
    }

    private static int indexOf(List<EntryView> entries, UUID id) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * What a protocol version records.
     *
     * @param tasks the tasks with owner and due date; null in versions stored before these were kept
     */
    record Content(List<AgendaItemView> items, List<EntryView> entries, List<ProtocolView.Attendee> attendance,
            @Nullable List<ProtocolView.Task> tasks) {
    }

    private record Stored(int version, String status, Content content, @Nullable String correction,
            @Nullable Integer correctsVersion, UUID finalizedBy, Instant finalizedAt, @Nullable UUID approvedBy,
            @Nullable Instant approvedAt) {
    }
}
