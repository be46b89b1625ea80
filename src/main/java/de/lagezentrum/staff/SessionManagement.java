package de.lagezentrum.staff;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.lagezentrum.platform.audit.AuditLog;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.DateFormats;
import de.lagezentrum.platform.web.InvalidInputException;
import de.lagezentrum.platform.web.NotFoundException;
import de.lagezentrum.staff.sessions.SessionSchedule;
import de.lagezentrum.staff.sessions.SessionSeries;
import de.lagezentrum.staff.sessions.SessionSeriesRepository;
import de.lagezentrum.staff.staffs.Staff;
import de.lagezentrum.staff.staffs.StaffAccess;

/**
 * When a staff meets: the weekly series with its cancelled or moved dates, and single sessions,
 * extraordinary ones with notice to every member. Members read, the lead plans.
 */
@Service
public class SessionManagement {

    /** Longest period one request may list. */
    static final int MAX_DAYS = 400;
    private static final LocalDate LAST_CALENDAR_DAY = LocalDate.of(9999, 12, 31);

    private final StaffAccess access;
    private final SessionSeriesRepository series;
    private final SessionSchedule schedule;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final DateFormats dates;
    private final Clock clock;

    SessionManagement(StaffAccess access, SessionSeriesRepository series, SessionSchedule schedule, AuditLog audit,
            ApplicationEventPublisher events, DateFormats dates, Clock clock) {
        this.access = access;
        this.series = series;
        this.schedule = schedule;
        this.audit = audit;
        this.events = events;
        this.dates = dates;
        this.clock = clock;
    }

    /** Sets up a weekly series; the lead only. */
    @Transactional
    public SeriesView createSeries(CurrentUser user, UUID staffId, NewSeries given) {
        Staff staff = access.leadOnly(user, staffId);
        NewSeries command = given.inZoneUnlessGiven(dates.zone(user.tenantId()));
        if (command.until() != null && command.until().isBefore(command.from())) {
            throw new InvalidInputException("until", "series.until.before.from");
        }
        try {
            ZoneId.of(command.zoneOrDefault());
        }
        catch (DateTimeException e) {
            throw new InvalidInputException("zone", "series.zone.unknown");
        }
        SessionSeries created = series.save(SessionSeries.create(user.tenantId(), staffId, command, clock.instant()));
        audit.record(user.tenantId(), "SERIES_CREATED", "Staff", staffId, staff.name(), null,
                Map.of("weekday", command.weekday().name(), "time", command.time().toString()));
        return created.view();
    }

    /** The series of a staff. */
    @Transactional(readOnly = true)
    public List<SeriesView> series(CurrentUser user, UUID staffId) {
        access.membersOnly(user, staffId);
        return series.findByTenantIdAndStaffId(user.tenantId(), staffId).stream().map(SessionSeries::view).toList();
    }

    /** Cancels one date of a series, or moves it when start and end are given; the lead only. */
    @Transactional
    public SeriesView except(CurrentUser user, UUID staffId, UUID seriesId, LocalDate date,
            @Nullable Instant movedStart, @Nullable Instant movedEnd) {
        access.leadOnly(user, staffId);
        SessionSeries found = series.findByIdAndTenantIdAndStaffId(seriesId, user.tenantId(), staffId)
                .orElseThrow(() -> new NotFoundException("Series"));
        if (!found.occursOn(date)) {
            throw new InvalidInputException("date", "series.date.not-in-series");
        }
        if ((movedStart == null) != (movedEnd == null) || movedStart != null && !movedEnd.isAfter(movedStart)) {
            throw new InvalidInputException("movedEnd", "session.end.before.start");
        }
        SessionSeries saved = series.save(found.except(date, movedStart, movedEnd));
        schedule.materialise(user.tenantId(), saved, date, date, clock.instant());
        return saved.view();
    }

    /** Calls a single session; an extraordinary one notifies every member. The lead only. */
    @Transactional
    public SessionView call(CurrentUser user, UUID staffId, NewSession command) {
        Staff staff = access.leadOnly(user, staffId);
        if (!command.end().isAfter(command.start())) {
            throw new InvalidInputException("end", "session.end.before.start");
        }
        UUID id = schedule.insertSingle(user.tenantId(), staffId, command, clock.instant());
        audit.record(user.tenantId(), "SESSION_CALLED", "Staff", staffId, staff.name(), null,
                Map.of("kind", command.kind().name(), "start", command.start().toString()));
        if (command.kind() == SessionKind.EXTRAORDINARY) {
            events.publishEvent(new ExtraordinarySessionCalled(user.tenantId(), staffId, id));
        }
        return schedule.session(user.tenantId(), id).orElseThrow();
    }

    /**
     * The sessions of a staff between two days (inclusive, in the municipality's time zone); without an
     * end, the 60 days from the start.
     */
    @Transactional
    public List<SessionView> sessions(CurrentUser user, UUID staffId, LocalDate from, @Nullable LocalDate to) {
        access.membersOnly(user, staffId);
        requireCalendarDay("from", from);
        LocalDate until = to != null ? to : from.plusDays(60);
        requireCalendarDay("to", until);
        if (until.isBefore(from)) {
            throw new InvalidInputException("to", "sessions.range.order");
        }
        if (ChronoUnit.DAYS.between(from, until) > MAX_DAYS) {
            throw new InvalidInputException("to", "sessions.range.too-long");
        }
        Instant now = clock.instant();
        for (SessionSeries each : series.findByTenantIdAndStaffId(user.tenantId(), staffId)) {
            schedule.materialise(user.tenantId(), each, from, until, now);
        }
        ZoneId zone = dates.zone(user.tenantId());
        return schedule.between(user.tenantId(), staffId, from.atStartOfDay(zone).toInstant(),
                until.plusDays(1).atStartOfDay(zone).toInstant());
    }

    // Days beyond four-digit years are no calendar's: java.time's arithmetic and PostgreSQL's timestamps
    // both end near them, and the request would fail instead of being refused.
    private static void requireCalendarDay(String field, LocalDate day) {
        if (day.getYear() < 1 || day.isAfter(LAST_CALENDAR_DAY)) {
            throw new InvalidInputException(field, "validation.malformed");
        }
    }

    /** One session of a staff the user belongs to. */
    @Transactional(readOnly = true)
    public SessionView session(CurrentUser user, UUID sessionId) {
        return access.memberSession(user, sessionId);
    }

    /** The staff's planned sessions that have not ended yet, within the next days (for the dashboard). */
    @Transactional
    public List<SessionView> upcoming(CurrentUser user, UUID staffId, int days) {
        LocalDate today = dates.today(user.tenantId(), clock);
        Instant now = clock.instant();
        return sessions(user, staffId, today, today.plusDays(days)).stream()
                .filter(session -> session.end().isAfter(now) && session.status().equals("PLANNED")).toList();
    }
}
