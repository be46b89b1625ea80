package de.lagezentrum.platform.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Formats instants for pages in the municipality's time zone ({@code ${@dates.dateTime(x)}} in
 * templates). Times are stored in UTC and shown in Europe/Berlin.
 */
@Component("dates")
public class DateFormats {

    /**
     * The municipality's time zone: sessions, due dates, "overdue" and every shown time are reckoned in
     * it. One place, so that a later per-tenant zone changes one line.
     */
    public static final ZoneId MUNICIPALITY = ZoneId.of("Europe/Berlin");
    private static final ZoneId ZONE = MUNICIPALITY;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final DateTimeFormatter DATE_TIME_SECONDS = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");

    /** Day and minute, e.g. {@code 04.03.2026 10:00}; empty for null. */
    public String dateTime(@Nullable Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(ZONE));
    }

    /** Day and second, for logs. */
    public String dateTimeSeconds(@Nullable Instant instant) {
        return instant == null ? "" : DATE_TIME_SECONDS.format(instant.atZone(ZONE));
    }
}
