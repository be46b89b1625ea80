package de.lagezentrum.staff.web;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.DateFormats;
import de.lagezentrum.platform.web.PageRequest;
import de.lagezentrum.platform.web.PageResult;
import de.lagezentrum.staff.NewSeries;
import de.lagezentrum.staff.NewSession;
import de.lagezentrum.staff.SeriesView;
import de.lagezentrum.staff.SessionManagement;
import de.lagezentrum.staff.SessionView;
import de.lagezentrum.staff.sessions.CalendarFeeds;

/** API v1 of sessions: series with exceptions, single and extraordinary sessions, the staff's calendar. */
@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
class SessionApiController {

    static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final SessionManagement sessions;
    private final CalendarFeeds calendars;
    private final DateFormats dates;
    private final Clock clock;

    SessionApiController(SessionManagement sessions, CalendarFeeds calendars, DateFormats dates, Clock clock) {
        this.sessions = sessions;
        this.calendars = calendars;
        this.dates = dates;
        this.clock = clock;
    }

    @PostMapping(path = "/api/v1/staffs/{id}/series", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SeriesView> createSeries(@PathVariable UUID id, @Valid @RequestBody NewSeries command) {
        SeriesView created = sessions.createSeries(CurrentUser.require(), id, command);
        return ResponseEntity.created(URI.create("/api/v1/staffs/" + id + "/series/" + created.id())).body(created);
    }

    @GetMapping("/api/v1/staffs/{id}/series")
    PageResult<SeriesView> series(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return PageResult.of(sessions.series(CurrentUser.require(), id), new PageRequest(page, size));
    }

    @PostMapping(path = "/api/v1/staffs/{id}/series/{seriesId}/exceptions", consumes = MediaType.APPLICATION_JSON_VALUE)
    SeriesView except(@PathVariable UUID id, @PathVariable UUID seriesId, @Valid @RequestBody SeriesExceptionRequest body) {
        return sessions.except(CurrentUser.require(), id, seriesId, body.date(), body.movedStart(), body.movedEnd());
    }

    @PostMapping(path = "/api/v1/staffs/{id}/sessions", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SessionView> call(@PathVariable UUID id, @Valid @RequestBody NewSession command) {
        return ResponseEntity.status(HttpStatus.CREATED).body(sessions.call(CurrentUser.require(), id, command));
    }

    @GetMapping("/api/v1/staffs/{id}/sessions")
    PageResult<SessionView> sessions(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
        PageRequest requested = new PageRequest(page, size);
        CurrentUser user = CurrentUser.require();
        // A week back from today in the municipality's time zone, not the server's.
        LocalDate start = from != null ? from : dates.today(user.tenantId(), clock).minusDays(7);
        return PageResult.of(sessions.sessions(user, id, start, to), requested);
    }

    @GetMapping("/api/v1/sessions/{sessionId}")
    SessionView session(@PathVariable UUID sessionId) {
        return sessions.session(CurrentUser.require(), sessionId);
    }

    @GetMapping(path = "/api/v1/staffs/{id}/calendar.ics", produces = "text/calendar")
    ResponseEntity<String> calendar(@PathVariable UUID id) {
        return ResponseEntity.ok().contentType(CALENDAR).body(calendars.calendar(CurrentUser.require(), id));
    }

    /**
     * Body of an exception: without new times the date is cancelled, with both it is moved.
     *
     * @param movedStart new start; null to cancel
     * @param movedEnd new end; null to cancel
     */
    record SeriesExceptionRequest(@NotNull LocalDate date, @Nullable Instant movedStart, @Nullable Instant movedEnd) {
    }
}
