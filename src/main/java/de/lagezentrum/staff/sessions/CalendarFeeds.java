package de.lagezentrum.staff.sessions;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.lagezentrum.platform.audit.AuditLog;
import de.lagezentrum.platform.database.TenantScope;
import de.lagezentrum.platform.database.TenantScope.Purpose;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.security.Secrets;
import de.lagezentrum.platform.web.DateFormats;
import de.lagezentrum.staff.staffs.Staff;
import de.lagezentrum.staff.staffs.StaffAccess;
import de.lagezentrum.staff.staffs.StaffRepository;

/**
 * Personal calendar feeds: one secret URL per account that Outlook or Thunderbird subscribes to
 * without login. Only the SHA-256 of the secret is stored; a new feed replaces (revokes) the old one.
 */
@Service
public class CalendarFeeds {

    private final JdbcClient jdbc;
    private final StaffRepository staffs;
    private final SessionSeriesRepository series;
    private final SessionSchedule schedule;
    private final StaffAccess access;
    private final CalendarExport export;
    private final AuditLog audit;
    private final DateFormats dates;
    private final Clock clock;

    CalendarFeeds(JdbcClient jdbc, StaffRepository staffs, SessionSeriesRepository series, SessionSchedule schedule,
            StaffAccess access, CalendarExport export, AuditLog audit, DateFormats dates, Clock clock) {
        this.jdbc = jdbc;
        this.staffs = staffs;
        this.series = series;
        this.schedule = schedule;
        this.access = access;
        this.export = export;
        this.audit = audit;
        this.dates = dates;
        this.clock = clock;
    }

    /** A new secret feed token for the user; any earlier one stops working. Shown only now. */
    @Transactional
    public String renew(CurrentUser user) {
        String token = Secrets.random(24);
        jdbc.sql("""
                INSERT INTO staff.calendar_feed (account_id, tenant_id, person_id, token_hash, created_at)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (account_id) DO UPDATE SET token_hash = EXCLUDED.token_hash, created_at = EXCLUDED.created_at""")
                .params(user.accountId(), user.tenantId(), user.personId(), hash(token), Timestamp.from(clock.instant()))
                .update();
        audit.record(user.tenantId(), "CALENDAR_FEED_RENEWED", "Account", user.accountId(), user.username(), null, null);
        return token;
    }

    /** Revokes the user's feed. */
    @Transactional
    public void revoke(CurrentUser user) {
        if (jdbc.sql("DELETE FROM staff.calendar_feed WHERE account_id = ?").param(user.accountId()).update() > 0) {
            audit.record(user.tenantId(), "CALENDAR_FEED_REVOKED", "Account", user.accountId(), user.username(), null,
                    null);
        }
    }

    /** Whether the user has a feed. */
    @Transactional(readOnly = true)
    public boolean exists(CurrentUser user) {
        return jdbc.sql("SELECT count(*) FROM staff.calendar_feed WHERE account_id = ?").param(user.accountId())
                .query(Long.class).single() > 0;
    }

    /** The calendar of all staffs of the feed's owner; empty for unknown or revoked tokens. */
    @Transactional(readOnly = true)
    public Optional<String> calendarOf(String token) {
        Optional<UUID[]> owner = TenantScope.call(Purpose.CALENDAR_FEED, () -> jdbc.sql(
                        "SELECT tenant_id, person_id FROM staff.calendar_feed WHERE token_hash = ?")
                .param(hash(token))
                .query((rs, row) -> new UUID[] {rs.getObject("tenant_id", UUID.class), rs.getObject("person_id", UUID.class)})
                .optional());
        return owner.map(found -> TenantScope.call(found[0], () -> export.write(
                staffs.findAllWithMember(found[0], found[1]).stream().map(this::calendarOf).toList(),
                dates.zone(found[0]))));
    }

    /** The calendar of one staff the user belongs to. */
    @Transactional(readOnly = true)
    public String calendar(CurrentUser user, UUID staffId) {
        return export.write(List.of(calendarOf(access.membersOnly(user, staffId))), dates.zone(user.tenantId()));
    }

    private CalendarExport.StaffCalendar calendarOf(Staff staff) {
        return new CalendarExport.StaffCalendar(staff.id(), staff.name(),
                series.findByTenantIdAndStaffId(staff.tenantId(), staff.id()),
                schedule.singles(staff.tenantId(), staff.id()));
    }

    private static String hash(String token) {
        return Secrets.sha256(token);
    }
}
