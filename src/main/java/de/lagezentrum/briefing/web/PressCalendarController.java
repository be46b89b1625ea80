package de.lagezentrum.briefing.web;

import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import de.lagezentrum.briefing.BriefingManagement;

/**
 * The public briefing calendar that newsrooms subscribe to, and one briefing's calendar entry: public
 * pages ({@link BriefingPages}), so they create no session and carry ETag and {@code Cache-Control}.
 */
@Controller
class PressCalendarController {

    static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final BriefingManagement briefings;

    PressCalendarController(BriefingManagement briefings) {
        this.briefings = briefings;
    }

    @GetMapping(path = "/presse/briefings.ics", produces = "text/calendar")
    ResponseEntity<String> calendar() {
        return ResponseEntity.ok().contentType(CALENDAR).body(briefings.publicCalendar());
    }

    @GetMapping(path = "/presse/briefings/{id}.ics", produces = "text/calendar")
    ResponseEntity<String> briefing(@PathVariable UUID id) {
        String calendar = briefings.publicCalendar(id);
        return ResponseEntity.ok().contentType(CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("medienbriefing-" + id + ".ics").build().toString())
                .body(calendar);
    }
}
