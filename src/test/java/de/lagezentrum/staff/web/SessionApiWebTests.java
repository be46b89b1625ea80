package de.lagezentrum.staff.web;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

import de.lagezentrum.IntegrationTest;
import de.lagezentrum.organisation.Role;
import de.lagezentrum.organisation.TestOrganisation;
import de.lagezentrum.organisation.TestOrganisation.TestTenant;
import de.lagezentrum.platform.notification.Notifications;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.staff.sessions.CalendarFeeds;

import static de.lagezentrum.ApiTestSupport.bearer;
import static de.lagezentrum.ApiTestSupport.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Session series across daylight-saving changes, exceptions, extraordinary sessions and the calendar. */
@IntegrationTest
class SessionApiWebTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisation organisation;

    @Autowired
    GreenMail mail;

    @Autowired
    CalendarFeeds feeds;

    @Autowired
    Notifications notifications;

    TestTenant tenant;
    CurrentUser lead;
    String token;
    String staffId;

    @BeforeEach
    void staff() {
        tenant = organisation.newTenant("Sitzungsstadt " + UUID.randomUUID());
        lead = tenant.user("Lena Leitung", Role.STAFF_LEAD);
        token = bearer(mvc, lead.username(), TestOrganisation.PASSWORD);
        staffId = read(post("/api/v1/staffs", """
                {"name":"Koordinierungsstab"}""")).get("id").asString();
    }

    @Test
    void aWeeklySeriesStaysAtTenLocalTimeAcrossDaylightSavingChanges() {
        MvcTestResult created = post("/api/v1/staffs/" + staffId + "/series", """
                {"weekday":"WEDNESDAY","time":"10:00","durationMinutes":90,"zone":"Europe/Berlin",
                 "from":"2026-03-04","until":"2026-04-30","videoUrl":"https://meet.example/stab"}""");
        assertThat(created).hasStatus(201);

        JsonNode sessions = read(get("/api/v1/staffs/" + staffId + "/sessions?from=2026-03-18&to=2026-04-08"))
                .get("items");

        // 25 March: still winter time (UTC+1); 1 April: summer time (UTC+2). 10:00 local both times.
        assertThat(sessions.valueStream().map(s -> s.get("start").asString())).containsExactly(
                "2026-03-18T09:00:00Z", "2026-03-25T09:00:00Z", "2026-04-01T08:00:00Z", "2026-04-08T08:00:00Z");
        assertThat(sessions.get(0).get("end").asString()).isEqualTo("2026-03-18T10:30:00Z");
        assertThat(sessions.get(0).get("kind").asString()).isEqualTo("REGULAR");
        assertThat(sessions.get(0).get("status").asString()).isEqualTo("PLANNED");
        assertThat(sessions.get(0).get("videoUrl").asString()).isEqualTo("https://meet.example/stab");
        // Listing twice keeps the same sessions (ids are stable for agenda and minutes).
        JsonNode again = read(get("/api/v1/staffs/" + staffId + "/sessions?from=2026-03-18&to=2026-04-08"))
                .get("items");
        assertThat(again.get(2).get("id").asString()).isEqualTo(sessions.get(2).get("id").asString());
    }

    @Test
    void cancelledAndMovedDatesShowInListAndCalendar() throws Exception {
        String seriesId = read(post("/api/v1/staffs/" + staffId + "/series", """
                {"weekday":"WEDNESDAY","time":"10:00","durationMinutes":60,"from":"2026-03-04"}""")).get("id").asString();

        assertThat(post("/api/v1/staffs/" + staffId + "/series/" + seriesId + "/exceptions", """
                {"date":"2026-03-11"}""")).hasStatusOk();
        assertThat(post("/api/v1/staffs/" + staffId + "/series/" + seriesId + "/exceptions", """
                {"date":"2026-03-18","movedStart":"2026-03-19T13:00:00Z","movedEnd":"2026-03-19T14:00:00Z"}"""))
                .hasStatusOk();
        assertThat(post("/api/v1/staffs/" + staffId + "/series/" + seriesId + "/exceptions", """
                {"date":"2026-03-12"}""")).hasStatus(400);

        JsonNode sessions = read(get("/api/v1/staffs/" + staffId + "/sessions?from=2026-03-09&to=2026-03-22"))
                .get("items");
        assertThat(sessions.get(0).get("status").asString()).isEqualTo("CANCELLED");
        assertThat(sessions.get(1).get("start").asString()).isEqualTo("2026-03-19T13:00:00Z");

        Calendar calendar = calendar(get("/api/v1/staffs/" + staffId + "/calendar.ics"));
        List<VEvent> events = calendar.getComponents("VEVENT");
        VEvent series = events.stream().filter(e -> e.getProperty("RRULE").isPresent()).findFirst().orElseThrow();
        assertThat(series.getProperty("RRULE").orElseThrow().getValue()).contains("FREQ=WEEKLY", "BYDAY=WE");
        assertThat(series.getProperty("DTSTART").orElseThrow().toString()).contains("TZID=Europe/Berlin", "T100000");
        assertThat(series.getProperty("EXDATE").orElseThrow().getValue()).contains("20260311T100000");
        VEvent moved = events.stream().filter(e -> e.getProperty("RECURRENCE-ID").isPresent()).findFirst().orElseThrow();
        assertThat(moved.getProperty("RECURRENCE-ID").orElseThrow().getValue()).isEqualTo("20260318T100000");
        assertThat(calendar.getComponents("VTIMEZONE")).hasSize(1);
        assertThat(series.getProperty("URL").orElseThrow().getValue()).endsWith("/staffs/" + staffId);
    }

    @Test
    void anExtraordinarySessionNotifiesEveryMemberByMail() throws Exception {
        CurrentUser member = tenant.user("Max Mitglied", Role.STAFF_MEMBER);
        post("/api/v1/staffs/" + staffId + "/members", """
                {"personId":"%s"}""".formatted(member.personId()));

        String title = "Starkregen " + UUID.randomUUID();
        MvcTestResult called = post("/api/v1/staffs/" + staffId + "/sessions", """
                {"start":"2026-06-02T14:00:00Z","end":"2026-06-02T15:00:00Z","kind":"EXTRAORDINARY",
                 "title":"%s","videoUrl":"https://meet.example/sonder"}""".formatted(title));

        assertThat(called).hasStatus(201);
        assertThat(read(called).get("kind").asString()).isEqualTo("EXTRAORDINARY");
        // One copy per member with an e-mail address: the lead and the member.
        await().atMost(Duration.ofSeconds(10)).until(() -> mailsAbout(title).size() == 2);
        MimeMessage message = mailsAbout(title).get(0);
        assertThat(subject(message)).contains("Sondersitzung", "Koordinierungsstab", "02.06.2026 um 16:00 Uhr");
        assertThat(message.getContent().toString()).contains("https://meet.example/sonder", "/staffs/" + staffId);
        // The listener mails before its transaction commits the notifications: wait for those too.
        await().atMost(Duration.ofSeconds(10)).until(() -> !notifications.recent(member, 10).isEmpty());
        assertThat(notifications.recent(member, 10)).singleElement().satisfies(notification -> {
            assertThat(notification.messageKey()).isEqualTo("notification.extraordinary-session");
            assertThat(notification.arguments()).contains("Koordinierungsstab", title);
            assertThat(notification.link()).isEqualTo("/staffs/" + staffId);
        });

        Calendar calendar = calendar(get("/api/v1/staffs/" + staffId + "/calendar.ics"));
        assertThat(calendar.getComponents("VEVENT")).hasSize(1);
        assertThat(((VEvent) calendar.getComponents("VEVENT").get(0)).getProperty("LOCATION").orElseThrow()
                .getValue()).isEqualTo("https://meet.example/sonder");
    }

    @Test
    void thePersonalFeedNeedsNoLoginAndCanBeRevoked() throws Exception {
        post("/api/v1/staffs/" + staffId + "/series", """
                {"weekday":"MONDAY","time":"09:30","durationMinutes":30,"from":"2026-01-05"}""");
        String feed = feeds.renew(lead);

        MvcTestResult anonymous = mvc.get().uri("/feeds/" + feed + "/sitzungen.ics").exchange();
        assertThat(anonymous).hasStatusOk();
        assertThat(anonymous.getResponse().getContentType()).startsWith("text/calendar");
        assertThat(calendar(anonymous).getComponents("VEVENT")).hasSize(1);

        feeds.revoke(lead);
        assertThat(mvc.get().uri("/feeds/" + feed + "/sitzungen.ics")).hasStatus(404);
        assertThat(mvc.get().uri("/feeds/erfunden/sitzungen.ics")).hasStatus(404);
    }

    @Test
    void badSeriesAndSessionsAreRefused() {
        assertThat(post("/api/v1/staffs/" + staffId + "/series", """
                {"time":"10:00","durationMinutes":90,"from":"2026-03-04"}""")).hasStatus(400);
        assertThat(post("/api/v1/staffs/" + staffId + "/series", """
                {"weekday":"WEDNESDAY","time":"10:00","durationMinutes":90,"from":"2026-03-04","until":"2026-03-01"}"""))
                .hasStatus(400);
        assertThat(post("/api/v1/staffs/" + staffId + "/series", """
                {"weekday":"WEDNESDAY","time":"10:00","durationMinutes":90,"from":"2026-03-04","zone":"Mars/Olympus"}"""))
                .hasStatus(400);
        assertThat(post("/api/v1/staffs/" + staffId + "/series", """
                {"weekday":"WEDNESDAY","time":"10:00","durationMinutes":90,"from":"2026-03-04",
                 "videoUrl":"javascript:alert(1)"}""")).hasStatus(400);
        assertThat(post("/api/v1/staffs/" + staffId + "/sessions", """
                {"start":"2026-06-02T15:00:00Z","end":"2026-06-02T14:00:00Z","kind":"EXTRAORDINARY"}"""))
                .hasStatus(400);
        assertThat(get("/api/v1/staffs/" + staffId + "/sessions?from=2026-03-10&to=2026-03-01")).hasStatus(400);
        assertThat(read(get("/api/v1/staffs/" + staffId + "/series")).get("items")).isEmpty();
    }

    @Test
    void sessionsAndSeriesArePagedListsAndBadPagingIsRefused() {
        post("/api/v1/staffs/" + staffId + "/series", """
                {"weekday":"WEDNESDAY","time":"10:00","durationMinutes":90,"from":"2026-03-04","until":"2026-04-30"}""");

        JsonNode second = read(get("/api/v1/staffs/" + staffId + "/sessions?from=2026-03-18&to=2026-04-08&page=1&size=3"));

        assertThat(second.get("page").asInt()).isEqualTo(1);
        assertThat(second.get("size").asInt()).isEqualTo(3);
        assertThat(second.get("total").asLong()).isEqualTo(4);
        assertThat(second.get("items").valueStream().map(s -> s.get("start").asString()))
                .containsExactly("2026-04-08T08:00:00Z");
        assertThat(read(get("/api/v1/staffs/" + staffId + "/series")).get("total").asLong()).isEqualTo(1);
        MvcTestResult tooLarge = get("/api/v1/staffs/" + staffId + "/sessions?size=5000");
        assertThat(tooLarge).hasStatus(400);
        assertThat(read(tooLarge).get("errors").get(0).get("field").asString()).isEqualTo("size");
        assertThat(get("/api/v1/staffs/" + staffId + "/series?page=-1")).hasStatus(400);
    }

    @Test
    void onlyMembersSeeSessionsAndOnlyTheLeadPlansThem() {
        CurrentUser member = tenant.user("Mira Mitglied", Role.STAFF_MEMBER);
        CurrentUser outsider = tenant.user("Otto Außen", Role.STAFF_LEAD);
        post("/api/v1/staffs/" + staffId + "/members", """
                {"personId":"%s"}""".formatted(member.personId()));
        String memberToken = bearer(mvc, member.username(), TestOrganisation.PASSWORD);
        String outsiderToken = bearer(mvc, outsider.username(), TestOrganisation.PASSWORD);

        assertThat(mvc.get().uri("/api/v1/staffs/" + staffId + "/sessions").header(HttpHeaders.AUTHORIZATION, memberToken))
                .hasStatusOk();
        assertThat(mvc.post().uri("/api/v1/staffs/" + staffId + "/series").header(HttpHeaders.AUTHORIZATION, memberToken)
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"weekday":"FRIDAY","time":"08:00","durationMinutes":30,"from":"2026-03-06"}"""))
                .hasStatus(403);
        assertThat(mvc.get().uri("/api/v1/staffs/" + staffId + "/sessions").header(HttpHeaders.AUTHORIZATION, outsiderToken))
                .hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/staffs/" + staffId + "/calendar.ics")
                .header(HttpHeaders.AUTHORIZATION, outsiderToken)).hasStatus(404);
    }

    private static Calendar calendar(MvcTestResult result) throws Exception {
        return new CalendarBuilder().build(new java.io.StringReader(result.getResponse().getContentAsString()));
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        }
        catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }

    private List<MimeMessage> mailsAbout(String text) {
        return Arrays.stream(mail.getReceivedMessages()).filter(message -> body(message).contains(text)).toList();
    }

    private static String body(MimeMessage message) {
        try {
            return message.getContent().toString();
        }
        catch (Exception e) {
            return "";
        }
    }

    private MvcTestResult post(String uri, String body) {
        return mvc.post().uri(uri).header(HttpHeaders.AUTHORIZATION, token).contentType(MediaType.APPLICATION_JSON)
                .content(body).exchange();
    }

    private MvcTestResult get(String uri) {
        return mvc.get().uri(uri).header(HttpHeaders.AUTHORIZATION, token).exchange();
    }
}
