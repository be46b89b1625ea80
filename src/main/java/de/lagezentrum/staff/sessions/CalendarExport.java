package de.lagezentrum.staff.sessions;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.DateList;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.WeekDay;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.RecurrenceId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.transform.recurrence.Frequency;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import de.lagezentrum.platform.LagezentrumProperties;
import de.lagezentrum.staff.SessionView;

/**
 * Writes a staff's sessions as iCalendar (RFC 5545): each series as one event with RRULE in its time
 * zone (with VTIMEZONE), cancelled dates as EXDATE, moved dates as overriding events with
 * RECURRENCE-ID, and single sessions as events of their own. Every event carries the URL of the
 * staff's page and the video room as LOCATION.
 */
@Component
class CalendarExport {

    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private final LagezentrumProperties properties;

    CalendarExport(LagezentrumProperties properties) {
        this.properties = properties;
    }

    /** The staffs' calendar; single sessions are written in the municipality's zone. */
    String write(List<StaffCalendar> staffs, ZoneId municipality) {
        Calendar calendar = new Calendar().withProdId("-//Lagezentrum//Stabssitzungen//DE").withDefaults()
                .getFluentTarget();
        Set<String> zones = new HashSet<>();
        for (StaffCalendar staff : staffs) {
            for (SessionSeries series : staff.series()) {
                if (zones.add(series.zone())) {
                    calendar.add(ZONES.getTimeZone(series.zone()).getVTimeZone());
                }
                seriesEvents(staff, series).forEach(calendar::add);
            }
            for (SessionView single : staff.singles()) {
                if (zones.add(municipality.getId())) {
                    calendar.add(ZONES.getTimeZone(municipality.getId()).getVTimeZone());
                }
                calendar.add(singleEvent(staff, single, municipality));
            }
        }
        try (StringWriter out = new StringWriter()) {
            new CalendarOutputter(false).output(calendar, out);
            return out.toString();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<VEvent> seriesEvents(StaffCalendar staff, SessionSeries series) {
        ZoneId zone = ZoneId.of(series.zone());
        LocalDate first = series.validFrom().with(java.time.temporal.TemporalAdjusters.nextOrSame(series.weekday()));
        ZonedDateTime start = first.atTime(series.startTime()).atZone(zone);
        VEvent event = new VEvent(start, start.plusMinutes(series.durationMinutes()), staff.name());
        event.add(new Uid("series-" + series.id() + "@lagezentrum"));
        var recur = new Recur.Builder<ZonedDateTime>().frequency(Frequency.WEEKLY).dayList(weekDay(series.weekday()));
        if (series.validUntil() != null) {
            // With a TZID start, RFC 5545 wants UNTIL in UTC: the end of the last day.
            recur.until(series.validUntil().atTime(LocalTime.MAX).atZone(zone).withZoneSameInstant(ZoneOffset.UTC));
        }
        event.add(new RRule<>(recur.build()));
        decorate(event, staff, series.videoUrl());
        List<ZonedDateTime> excluded = new ArrayList<>();
        List<VEvent> events = new ArrayList<>();
        events.add(event);
        for (SeriesException exception : series.exceptions()) {
            ZonedDateTime original = exception.originalDate().atTime(series.startTime()).atZone(zone);
            if (exception.movedStart() == null || exception.movedEnd() == null) {
                excluded.add(original);
                continue;
            }
            VEvent moved = new VEvent(exception.movedStart().atZone(zone), exception.movedEnd().atZone(zone),
                    staff.name());
            moved.add(new Uid("series-" + series.id() + "@lagezentrum"));
            moved.add(new RecurrenceId<>(original));
            decorate(moved, staff, series.videoUrl());
            events.add(moved);
        }
        if (!excluded.isEmpty()) {
            event.add(new ExDate<>(new DateList<>(excluded)));
        }
        return events;
    }

    private VEvent singleEvent(StaffCalendar staff, SessionView session, ZoneId zone) {
        String title = session.title() != null ? staff.name() + ": " + session.title() : staff.name();
        VEvent event = new VEvent(session.start().atZone(zone), session.end().atZone(zone), title);
        event.add(new Uid("session-" + session.id() + "@lagezentrum"));
        decorate(event, staff, session.videoUrl());
        return event;
    }

    private void decorate(VEvent event, StaffCalendar staff, @Nullable String videoUrl) {
        String page = properties.baseUrl().replaceAll("/+$", "") + "/staffs/" + staff.id();
        event.add(new Url(URI.create(page)));
        if (videoUrl != null) {
            event.add(new Location(videoUrl));
        }
        event.add(new Description(videoUrl == null ? page : page + "\nVideokonferenz: " + videoUrl));
    }

    private static WeekDay weekDay(DayOfWeek day) {
        return switch (day) {
            case MONDAY -> WeekDay.MO;
            case TUESDAY -> WeekDay.TU;
            case WEDNESDAY -> WeekDay.WE;
            case THURSDAY -> WeekDay.TH;
            case FRIDAY -> WeekDay.FR;
            case SATURDAY -> WeekDay.SA;
            case SUNDAY -> WeekDay.SU;
        };
    }

    /** What the calendar of one staff consists of. */
    record StaffCalendar(java.util.UUID id, String name, List<SessionSeries> series, List<SessionView> singles) {
    }
}
