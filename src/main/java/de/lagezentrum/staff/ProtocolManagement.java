package de.lagezentrum.staff;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import de.lagezentrum.organisation.PeopleManagement;
import de.lagezentrum.organisation.PersonView;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.ConflictException;
import de.lagezentrum.platform.web.InvalidInputException;
import de.lagezentrum.platform.web.NotFoundException;

/**
 * Protocols: members record attendance and finalise; the lead approves. An approved protocol never
 * changes (409); a correction becomes a new version referring to the old one, which stays readable.
 */
@Service
public class ProtocolManagement {

    private final JdbcClient jdbc;
    private final StaffAccess access;
    private final MinutesQueries minutes;
    private final FollowUps followUps;
    private final ProtocolGuard guard;
    private final PeopleManagement people;
    private final JsonMapper json;
    private final Clock clock;

    ProtocolManagement(JdbcClient jdbc, StaffAccess access, MinutesQueries minutes, FollowUps followUps,
            ProtocolGuard guard, PeopleManagement people, JsonMapper json, Clock clock) {
        this.followUps = followUps;
        this.jdbc = jdbc;
        this.access = access;
        this.minutes = minutes;
        this.guard = guard;
        this.people = people;
        this.json = json;
        this.clock = clock;
    }

    /** Records who was present (members of the staff); replaces the earlier list. */
    @Transactional
    public void attendance(CurrentUser user, UUID sessionId, Set<UUID> present) {
        SessionView session = access.memberSession(user, sessionId);
        guard.requireOpen(user.tenantId(), sessionId);
        Staff staff = access.membersOnly(user, session.staffId());
        for (UUID personId : present) {
            if (!staff.hasMember(personId)) {
                throw new InvalidInputException("present", "protocol.attendance.not-member");
            }
        }
        jdbc.sql("DELETE FROM staff.session_attendance WHERE tenant_id = ? AND session_id = ?")
                .params(user.tenantId(), sessionId).update();
        for (UUID personId : present) {
            jdbc.sql("INSERT INTO staff.session_attendance (session_id, tenant_id, person_id) VALUES (?, ?, ?)")
                    .params(sessionId, user.tenantId(), personId).update();
        }
    }

    /** Finalises the protocol as version 1; from now on the minutes are frozen. Any member. */
    @Transactional
    public ProtocolView finalise(CurrentUser user, UUID sessionId) {
        SessionView session = access.memberSession(user, sessionId);
        guard.requireOpenToFinalise(user.tenantId(), sessionId);
        // The Wiedervorlage is frozen as it stands now, even if its tasks are done later.
        Content content = new Content(followUps.agenda(user, session),
                minutes.entries(user.tenantId(), sessionId), attendees(user, sessionId));
        insertVersion(user, sessionId, 1, content, null, null);
        return protocol(user, sessionId);
    }

    /** Approves the latest version; the lead only. */
    @Transactional
    public ProtocolView approve(CurrentUser user, UUID sessionId) {
        SessionView session = access.memberSession(user, sessionId);
        access.leadOnly(user, session.staffId());
        Latest latest = latest(user.tenantId(), sessionId).orElseThrow(() -> new ConflictException("protocol.not-final"));
        if (!latest.status().equals("FINAL")) {
            throw new ConflictException("protocol.approved");
        }
        jdbc.sql("""
                UPDATE staff.protocol_version SET status = 'APPROVED', approved_by = ?, approved_at = ?
                 WHERE tenant_id = ? AND session_id = ? AND version = ? AND status = 'FINAL'""")
                .params(user.personId(), Timestamp.from(clock.instant()), user.tenantId(), sessionId, latest.version())
                .update();
        return protocol(user, sessionId);
    }

    /** Corrects an approved protocol: a new version with the correction, to be approved again. */
    @Transactional
    public ProtocolView correct(CurrentUser user, UUID sessionId, String correction) {
        access.memberSession(user, sessionId);
        Latest latest = latest(user.tenantId(), sessionId).orElseThrow(() -> new ConflictException("protocol.not-final"));
        if (!latest.status().equals("APPROVED")) {
            throw new ConflictException("protocol.not-approved");
        }
        if (correction == null || correction.isBlank() || correction.length() > 10_000) {
            throw new InvalidInputException("text", "protocol.correction.text");
        }
        insertVersion(user, sessionId, latest.version() + 1, latest.content(), correction.strip(), latest.version());
        return protocol(user, sessionId);
    }

    /** The latest version of a session's protocol, if it has been finalised. */
    @Transactional(readOnly = true)
    public java.util.Optional<ProtocolView> current(CurrentUser user, UUID sessionId) {
        access.memberSession(user, sessionId);
        return latest(user.tenantId(), sessionId).map(version -> view(sessionId, version));
    }

    /** The latest version of a session's protocol; not found before it is finalised. */
    @Transactional(readOnly = true)
    public ProtocolView protocol(CurrentUser user, UUID sessionId) {
        access.memberSession(user, sessionId);
        return view(sessionId, latest(user.tenantId(), sessionId).orElseThrow(() -> new NotFoundException("Protocol")));
    }

    /** A given version, e.g. the original of a correction. */
    @Transactional(readOnly = true)
    public ProtocolView protocol(CurrentUser user, UUID sessionId, int version) {
        access.memberSession(user, sessionId);
        return view(sessionId, versions(user.tenantId(), sessionId).stream().filter(v -> v.version() == version)
                .findFirst().orElseThrow(() -> new NotFoundException("Protocol version")));
    }

    private void insertVersion(CurrentUser user, UUID sessionId, int version, Content content,
            @Nullable String correction, @Nullable Integer corrects) {
        jdbc.sql("""
                INSERT INTO staff.protocol_version (session_id, tenant_id, version, status, content, correction,
                                                    corrects_version, finalized_by, finalized_at)
                VALUES (?, ?, ?, 'FINAL', ?::jsonb, ?, ?, ?, ?)""")
                .params(sessionId, user.tenantId(), version, json.writeValueAsString(content), correction, corrects,
                        user.personId(), Timestamp.from(clock.instant()))
                .update();
    }

    private java.util.Optional<Latest> latest(UUID tenantId, UUID sessionId) {
        List<Latest> all = versions(tenantId, sessionId);
        return all.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(all.get(all.size() - 1));
    }

    private List<Latest> versions(UUID tenantId, UUID sessionId) {
        return jdbc.sql("""
                SELECT version, status, content::text AS content, correction, corrects_version, finalized_at, approved_at
                  FROM staff.protocol_version WHERE tenant_id = ? AND session_id = ? ORDER BY version""")
                .params(tenantId, sessionId)
                .query((rs, row) -> new Latest(rs.getInt("version"), rs.getString("status"),
                        json.readValue(rs.getString("content"), Content.class), rs.getString("correction"),
                        (Integer) rs.getObject("corrects_version"), rs.getTimestamp("finalized_at").toInstant(),
                        rs.getTimestamp("approved_at") == null ? null : rs.getTimestamp("approved_at").toInstant()))
                .list();
    }

    private ProtocolView view(UUID sessionId, Latest version) {
        Content content = version.content();
        return new ProtocolView(sessionId, version.version(), version.status(), content.items(),
                content.entries().stream().filter(e -> e.type() == EntryType.DECISION).toList(),
                content.entries().stream().filter(e -> e.type() == EntryType.TASK).toList(), content.attendance(),
                version.correction(), version.correctsVersion(), version.finalizedAt(), version.approvedAt(),
                content.entries());
    }

    private List<ProtocolView.Attendee> attendees(CurrentUser user, UUID sessionId) {
        List<UUID> ids = jdbc.sql("SELECT person_id FROM staff.session_attendance WHERE tenant_id = ? AND session_id = ?")
                .params(user.tenantId(), sessionId).query(UUID.class).list();
        Map<UUID, PersonView> persons = people.people(user, ids);
        return ids.stream().map(id -> new ProtocolView.Attendee(id, persons.containsKey(id)
                ? persons.get(id).displayName() : "?"))
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList();
    }


    /** What a protocol version records. */
    record Content(List<AgendaItemView> items, List<EntryView> entries, List<ProtocolView.Attendee> attendance) {
    }

    private record Latest(int version, String status, Content content, @Nullable String correction,
            @Nullable Integer correctsVersion, java.time.Instant finalizedAt, java.time.@Nullable Instant approvedAt) {
    }
}
