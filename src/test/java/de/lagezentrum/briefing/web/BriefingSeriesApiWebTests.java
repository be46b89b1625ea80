package de.lagezentrum.briefing.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

import de.lagezentrum.IntegrationTest;
import de.lagezentrum.briefing.TestBriefings;
import de.lagezentrum.briefing.TestBriefings.PressOffice;
import de.lagezentrum.organisation.TestOrganisation;

import static de.lagezentrum.ApiTestSupport.bearer;
import static de.lagezentrum.ApiTestSupport.read;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * API v1 of briefing series: set up with the fields API.md fixes, dates that stay at 11:00 local time
 * across the next two daylight-saving changes (computed from today, never a fixed past date), cancelled
 * and moved dates, bad input, and the series of another municipality.
 */
@IntegrationTest
class BriefingSeriesApiWebTests {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestBriefings fixtures;

    @Autowired
    Clock clock;

    PressOffice office;
    String press;
    LocalDate today;

    @BeforeEach
    void pressOffice() {
        office = fixtures.pressOffice("Reihenstadt");
        press = bearer(mvc, office.press().username(), TestOrganisation.PASSWORD);
        today = LocalDate.now(clock.withZone(BERLIN));
    }

    @Test
    void aWeeklySeriesStaysAtElevenLocalTimeAcrossTheNextTwoDaylightSavingChanges() {
        ZoneOffsetTransition spring = null;
        ZoneOffsetTransition autumn = null;
        Instant after = clock.instant();
        while (spring == null || autumn == null) {
            ZoneOffsetTransition next = BERLIN.getRules().nextTransition(after);
            if (next.isGap()) {
                spring = spring == null ? next : spring;
            }
            else {
                autumn = autumn == null ? next : autumn;
            }
            after = next.getInstant();
        }
        for (ZoneOffsetTransition change : List.of(spring, autumn)) {
            LocalDate sunday = change.getDateTimeBefore().toLocalDate();
            LocalDate before = sunday.with(TemporalAdjusters.previous(DayOfWeek.THURSDAY));
            LocalDate later = sunday.with(TemporalAdjusters.next(DayOfWeek.THURSDAY));
            MvcTestResult created = post("/api/v1/briefings/series", """
                    {"weekday":"THURSDAY","time":"11:00","durationMinutes":60,"title":"Pressebriefing zur Lage",
                     "from":"%s","until":"%s"}""".formatted(before.minusWeeks(1), later.plusWeeks(1)));
            assertThat(created).hasStatus(201);
            assertThat(read(created).get("zone").asString()).isEqualTo("Europe/Berlin");

            JsonNode dates = read(get("/api/v1/briefings?from=" + before + "&to=" + later)).get("items");

            Instant first = Instant.parse(dates.get(0).get("start").asString());
            Instant second = Instant.parse(dates.get(1).get("start").asString());
            assertThat(first).isEqualTo(before.atTime(11, 0).toInstant(change.getOffsetBefore()));
            assertThat(second).isEqualTo(later.atTime(11, 0).toInstant(change.getOffsetAfter()));
            assertThat(first.atZone(BERLIN).toLocalTime()).isEqualTo(LocalTime.of(11, 0));
            assertThat(second.atZone(BERLIN).toLocalTime()).isEqualTo(LocalTime.of(11, 0));
            // The same wall time, a different UTC hour: the offset changed by an hour in between.
            assertThat(first.atOffset(ZoneOffset.UTC).getHour()).isNotEqualTo(second.atOffset(ZoneOffset.UTC).getHour());
            assertThat(Duration.between(first, second)).isNotEqualTo(Duration.ofDays(7));
            assertThat(Instant.parse(dates.get(1).get("end").asString())).isEqualTo(second.plus(Duration.ofHours(1)));
        }
    }

    @Test
    void aDateIsCancelledOrMovedAndTheSeriesSaysSo() {
        LocalDate first = today.with(TemporalAdjusters.next(DayOfWeek.THURSDAY));
        String seriesId = read(post("/api/v1/briefings/series", """
                {"weekday":"THURSDAY","time":"11:00","durationMinutes":60,"title":"Wochenbriefing","from":"%s",
                 "chairId":"%s","panel":["%s"]}""".formatted(first, office.chair().personId(), office.panel().personId())))
                .get("id").asString();
        Instant moved = first.plusWeeks(1).plusDays(1).atTime(14, 0).atZone(BERLIN).toInstant();

        assertThat(post("/api/v1/briefings/series/" + seriesId + "/exceptions", """
                {"date":"%s"}""".formatted(first))).hasStatusOk();
        JsonNode series = read(post("/api/v1/briefings/series/" + seriesId + "/exceptions", """
                {"date":"%s","movedStart":"%s","movedEnd":"%s"}"""
                .formatted(first.plusWeeks(1), moved, moved.plus(Duration.ofHours(1)))));
        assertThat(series.get("exceptions").get(0).get("cancelled").asBoolean()).isTrue();
        assertThat(series.get("exceptions").get(1).get("movedStart").asString()).isEqualTo(moved.toString());
        assertThat(post("/api/v1/briefings/series/" + seriesId + "/exceptions", """
                {"date":"%s"}""".formatted(first.plusDays(1)))).hasStatus(400);
        assertThat(post("/api/v1/briefings/series/" + seriesId + "/exceptions", """
                {"date":"%s","movedStart":"%s"}""".formatted(first.plusWeeks(2), moved))).hasStatus(400);

        JsonNode dates = read(get("/api/v1/briefings?from=" + first + "&to=" + first.plusWeeks(2))).get("items");
        assertThat(dates.get(0).get("status").asString()).isEqualTo("CANCELLED");
        assertThat(dates.get(1).get("start").asString()).isEqualTo(moved.toString());
        assertThat(dates.get(1).get("seriesId").asString()).isEqualTo(seriesId);
        assertThat(dates.get(1).get("occurrenceDate").asString()).isEqualTo(first.plusWeeks(1).toString());
        assertThat(dates.get(2).get("panel").get(0).asString()).isEqualTo(office.panel().personId().toString());
        assertThat(read(get("/api/v1/briefings/series")).get("total").asLong()).isEqualTo(1);

        JsonNode changed = read(put("/api/v1/briefings/series/" + seriesId, """
                {"title":"Bürgerbriefing","until":"%s"}""".formatted(first.plusWeeks(1))));
        assertThat(changed.get("title").asString()).isEqualTo("Bürgerbriefing");
        assertThat(changed.get("weekday").asString()).isEqualTo("THURSDAY");
        assertThat(put("/api/v1/briefings/series/" + seriesId, """
                {"title":"Neu","weekday":"MONDAY"}""")).hasStatus(400);
    }

    @Test
    void badSeriesAreRefusedAndAnotherMunicipalitysSeriesDoesNotExist() {
        assertThat(post("/api/v1/briefings/series", """
                {"time":"11:00","durationMinutes":60,"title":"B","from":"%s"}""".formatted(today))).hasStatus(400);
        assertThat(post("/api/v1/briefings/series", """
                {"weekday":"THURSDAY","time":"11:00","durationMinutes":2,"title":"B","from":"%s"}""".formatted(today)))
                .hasStatus(400);
        assertThat(post("/api/v1/briefings/series", """
                {"weekday":"THURSDAY","time":"11:00","durationMinutes":60,"title":"B","from":"%s","until":"%s"}"""
                .formatted(today, today.minusDays(1)))).hasStatus(400);
        assertThat(post("/api/v1/briefings/series", """
                {"weekday":"THURSDAY","time":"11:00","durationMinutes":60,"title":" ","from":"%s"}""".formatted(today)))
                .hasStatus(400);
        assertThat(read(get("/api/v1/briefings/series")).get("total").asLong()).isZero();

        String seriesId = read(post("/api/v1/briefings/series", """
                {"weekday":"THURSDAY","time":"11:00","durationMinutes":60,"title":"B","from":"%s"}""".formatted(today)))
                .get("id").asString();
        String stranger = bearer(mvc, fixtures.pressOffice("Fremde Stadt").press().username(), TestOrganisation.PASSWORD);
        assertThat(mvc.get().uri("/api/v1/briefings/series/" + seriesId).header(HttpHeaders.AUTHORIZATION, stranger))
                .hasStatus(404);
        assertThat(mvc.post().uri("/api/v1/briefings/series/" + seriesId + "/exceptions")
                .header(HttpHeaders.AUTHORIZATION, stranger).contentType(MediaType.APPLICATION_JSON)
                .content("{\"date\":\"%s\"}".formatted(today))).hasStatus(404);
        String panel = bearer(mvc, office.panel().username(), TestOrganisation.PASSWORD);
        assertThat(mvc.post().uri("/api/v1/briefings/series").header(HttpHeaders.AUTHORIZATION, panel)
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"weekday":"THURSDAY","time":"11:00","durationMinutes":60,"title":"B","from":"%s"}"""
                        .formatted(today))).hasStatus(403);
    }

    private MvcTestResult post(String uri, String body) {
        return mvc.post().uri(uri).header(HttpHeaders.AUTHORIZATION, press).contentType(MediaType.APPLICATION_JSON)
                .content(body).exchange();
    }

    private MvcTestResult put(String uri, String body) {
        return mvc.put().uri(uri).header(HttpHeaders.AUTHORIZATION, press).contentType(MediaType.APPLICATION_JSON)
                .content(body).exchange();
    }

    private MvcTestResult get(String uri) {
        return mvc.get().uri(uri).header(HttpHeaders.AUTHORIZATION, press).exchange();
    }
}
