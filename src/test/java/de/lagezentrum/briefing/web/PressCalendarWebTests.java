package de.lagezentrum.briefing.web;

import java.io.StringReader;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import de.lagezentrum.IntegrationTest;
import de.lagezentrum.briefing.BriefingManagement;
import de.lagezentrum.briefing.BriefingSeriesManagement;
import de.lagezentrum.briefing.BriefingSeriesView;
import de.lagezentrum.briefing.BriefingView;
import de.lagezentrum.briefing.NewBriefing;
import de.lagezentrum.briefing.NewBriefingSeries;
import de.lagezentrum.briefing.TestBriefings;
import de.lagezentrum.organisation.PeopleManagement;
import de.lagezentrum.platform.TenantDirectory;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.security.PublicPageChanged;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The public briefing calendar of the municipality that answers anonymous visitors, parsed back with
 * ical4j: a series as RRULE in its time zone with VTIMEZONE, cancelled dates as EXDATE, moved ones with
 * RECURRENCE-ID, single briefings with their status, no video links. Read without a session, with ETag,
 * 304 and shared caching; one briefing's entry; another municipality's briefings are not there.
 */
@IntegrationTest
class PressCalendarWebTests {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    BriefingManagement briefings;

    @Autowired
    BriefingSeriesManagement series;

    @Autowired
    PeopleManagement people;

    @Autowired
    TenantDirectory tenants;

    @Autowired
    TestBriefings fixtures;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    Clock clock;

    CurrentUser press;
    CurrentUser lead;

    /** The press office of the installation's first municipality, once its demo briefings are in place. */
    @BeforeEach
    void pressOfficeOfTheFirstMunicipality() {
        UUID first = tenants.defaultTenantId();
        press = people.actingAs(first, "presse").orElseThrow();
        lead = people.actingAs(first, "stabsleitung").orElseThrow();
        await().atMost(Duration.ofSeconds(30)).until(() -> series.allSeries(press).stream()
                .anyMatch(each -> each.title().equals("Pressebriefing zur Lage")));
    }

    @Test
    void theSeriesIsARuleWithItsCancelledAndMovedDatesAndSinglesCarryTheirStatus() throws Exception {
        String title = "Kalenderreihe " + UUID.randomUUID();
        LocalDate first = LocalDate.now(clock.withZone(BERLIN)).with(TemporalAdjusters.next(DayOfWeek.FRIDAY));
        BriefingSeriesView weekly = series.create(press, new NewBriefingSeries(DayOfWeek.FRIDAY, LocalTime.of(11, 0),
                60, title, first, null, "Lage", press.personId(), List.of(lead.personId()), null,
                "https://meet.example/geheim-reihe"));
        series.except(press, weekly.id(), first, null, null);
        Instant moved = first.plusWeeks(1).atTime(15, 0).atZone(BERLIN).toInstant();
        series.except(press, weekly.id(), first.plusWeeks(1), moved, moved.plus(Duration.ofHours(1)));
        BriefingView single = plan("Einzelbriefing " + UUID.randomUUID(), 2);
        BriefingView cancelled = plan("Abgesagtes Briefing " + UUID.randomUUID(), 3);
        briefings.cancel(press, cancelled.id(), "Unwetterwarnung");

        MvcTestResult result = mvc.get().uri("/presse/briefings.ics").exchange();

        assertThat(result).hasStatusOk();
        MockHttpServletResponse response = result.getResponse();
        assertThat(response.getContentType()).startsWith("text/calendar");
        assertThat(response.getHeaders(HttpHeaders.SET_COOKIE)).isEmpty();
        assertThat(result.getRequest().getSession(false)).isNull();
        assertThat(response.getHeader(HttpHeaders.ETAG)).isNotBlank();
        assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("max-age=60, public");
        String text = response.getContentAsString();
        assertThat(text).doesNotContain("meet.example");
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        List<VTimeZone> zones = calendar.getComponents("VTIMEZONE");
        assertThat(zones).extracting(zone -> zone.getProperty("TZID").orElseThrow().getValue()).contains("Europe/Berlin");

        VEvent rule = event(calendar, title, "RRULE");
        assertThat(rule.getProperty("RRULE").orElseThrow().getValue()).contains("FREQ=WEEKLY", "BYDAY=FR");
        assertThat(rule.getProperty("DTSTART").orElseThrow().toString())
                .contains("TZID=Europe/Berlin", LOCAL.format(first.atTime(11, 0)));
        assertThat(rule.getProperty("EXDATE").orElseThrow().getValue()).contains(LOCAL.format(first.atTime(11, 0)));
        assertThat(rule.getProperty("DESCRIPTION").orElseThrow().getValue()).contains("Miriam Roth", "Beate Sommer");
        VEvent override = event(calendar, title, "RECURRENCE-ID");
        assertThat(override.getProperty("RECURRENCE-ID").orElseThrow().getValue())
                .isEqualTo(LOCAL.format(first.plusWeeks(1).atTime(11, 0)));
        assertThat(override.getProperty("DTSTART").orElseThrow().getValue())
                .isEqualTo(LOCAL.format(moved.atZone(BERLIN).toLocalDateTime()));
        assertThat(override.getProperty("UID").orElseThrow().getValue())
                .isEqualTo(rule.getProperty("UID").orElseThrow().getValue());

        VEvent planned = event(calendar, single.title(), "DTSTART");
        assertThat(planned.getProperty("STATUS")).isEmpty();
        assertThat(planned.getProperty("UID").orElseThrow().getValue()).isEqualTo("briefing-" + single.id() + "@lagezentrum");
        assertThat(planned.getProperty("DTSTART").orElseThrow().toString()).contains("TZID=Europe/Berlin");
        assertThat(planned.getProperty("URL").orElseThrow().getValue()).endsWith("/briefings/" + single.id() + "/join");
        VEvent off = event(calendar, cancelled.title(), "DTSTART");
        assertThat(off.getProperty("STATUS").orElseThrow().getValue()).isEqualTo("CANCELLED");
        assertThat(off.getProperty("DESCRIPTION").orElseThrow().getValue()).contains("Unwetterwarnung");
    }

    @Test
    void aReaderHoldingTheCurrentEtagGets304EvenAfterTheServersCopyIsGoneAndTheNewCalendarAfterAChange()
            throws Exception {
        String etag = mvc.get().uri("/presse/briefings.ics").exchange().getResponse().getHeader(HttpHeaders.ETAG);
        assertThat(mvc.get().uri("/presse/briefings.ics").header(HttpHeaders.IF_NONE_MATCH, etag)).hasStatus(304);

        // Rendered anew, the calendar is the same bytes: the ETag still holds.
        events.publishEvent(new PublicPageChanged("/presse/**"));
        MvcTestResult again = mvc.get().uri("/presse/briefings.ics").header(HttpHeaders.IF_NONE_MATCH, etag).exchange();
        assertThat(again).hasStatus(304);
        assertThat(again.getResponse().getContentLength()).isZero();

        BriefingView added = plan("Neues Briefing " + UUID.randomUUID(), 4);
        MvcTestResult changed = mvc.get().uri("/presse/briefings.ics").header(HttpHeaders.IF_NONE_MATCH, etag).exchange();
        assertThat(changed).hasStatusOk();
        assertThat(changed.getResponse().getHeader(HttpHeaders.ETAG)).isNotEqualTo(etag);
        assertThat(changed.getResponse().getContentAsString()).contains(added.title());
    }

    @Test
    void oneBriefingHasItsOwnEntryAndAnotherMunicipalitysDoesNotExistHere() throws Exception {
        BriefingView single = plan("Eintrag " + UUID.randomUUID(), 5);
        BriefingView elsewhere = fixtures.plan(fixtures.pressOffice("Andere Kommune"), "Fremdes Briefing",
                Duration.ofDays(2));

        MvcTestResult result = mvc.get().uri("/presse/briefings/" + single.id() + ".ics").exchange();

        assertThat(result).hasStatusOk();
        assertThat(result.getResponse().getHeaders(HttpHeaders.SET_COOKIE)).isEmpty();
        assertThat(result.getResponse().getHeader(HttpHeaders.ETAG)).isNotBlank();
        Calendar calendar = new CalendarBuilder().build(new StringReader(result.getResponse().getContentAsString()));
        List<VEvent> entries = calendar.getComponents("VEVENT");
        assertThat(entries).extracting(event -> event.getProperty("UID").orElseThrow().getValue())
                .containsExactly("briefing-" + single.id() + "@lagezentrum");
        assertThat(calendar.getComponents("VTIMEZONE")).hasSize(1);
        assertThat(mvc.get().uri("/presse/briefings/" + elsewhere.id() + ".ics")).hasStatus(404);
        assertThat(mvc.get().uri("/presse/briefings/" + UUID.randomUUID() + ".ics")).hasStatus(404);
        assertThat(mvc.get().uri("/presse/briefings.ics").exchange().getResponse().getContentAsString())
                .doesNotContain("Fremdes Briefing");
    }

    private BriefingView plan(String title, int days) {
        Instant start = clock.instant().plus(Duration.ofDays(days)).truncatedTo(ChronoUnit.HOURS);
        return briefings.plan(press, new NewBriefing(title, "Lage", start, start.plus(Duration.ofHours(1)),
                press.personId(), List.of(lead.personId()), null, "https://meet.example/geheim", null));
    }

    private static VEvent event(Calendar calendar, String summary, String property) {
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .filter(event -> event.getProperty("SUMMARY").orElseThrow().getValue().equals(summary))
                .filter(event -> event.getProperty(property).isPresent())
                .findFirst().orElseThrow(() -> new AssertionError("No event " + summary + " with " + property));
    }
}
