package de.lagezentrum.staff.web;

import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.lagezentrum.platform.LagezentrumProperties;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.NotFoundException;
import de.lagezentrum.staff.sessions.CalendarFeeds;

/**
 * The personal calendar feed: public under its secret URL (so a calendar client needs no login),
 * rate-limited, and renewed or revoked by its owner on the staffs page.
 */
@Controller
class CalendarFeedController {

    private final CalendarFeeds feeds;
    private final LagezentrumProperties properties;

    CalendarFeedController(CalendarFeeds feeds, LagezentrumProperties properties) {
        this.feeds = feeds;
        this.properties = properties;
    }

    @GetMapping(path = "/feeds/{token}/sitzungen.ics", produces = "text/calendar")
    @ResponseBody
    ResponseEntity<String> feed(@PathVariable String token) {
        String calendar = feeds.calendarOf(token).orElseThrow(() -> new NotFoundException("Feed"));
        return ResponseEntity.ok().contentType(SessionApiController.CALENDAR)
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePrivate())
                .body(calendar);
    }

    @PostMapping("/staffs/calendar-feed")
    String renew(RedirectAttributes redirect) {
        redirect.addFlashAttribute("feedUrl", properties.baseUrl().replaceAll("/+$", "") + "/feeds/"
                + feeds.renew(CurrentUser.require()) + "/sitzungen.ics");
        return "redirect:/staffs#calendar-feed";
    }

    @PostMapping("/staffs/calendar-feed/revoke")
    String revoke(RedirectAttributes redirect) {
        feeds.revoke(CurrentUser.require());
        redirect.addFlashAttribute("feedRevoked", true);
        return "redirect:/staffs#calendar-feed";
    }
}
