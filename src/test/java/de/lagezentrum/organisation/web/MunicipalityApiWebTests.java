package de.lagezentrum.organisation.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

import de.lagezentrum.IntegrationTest;
import de.lagezentrum.WebTestSupport;
import de.lagezentrum.organisation.Role;
import de.lagezentrum.organisation.TestOrganisation;
import de.lagezentrum.organisation.TestOrganisation.TestTenant;
import de.lagezentrum.platform.security.CurrentUser;

import static de.lagezentrum.ApiTestSupport.bearer;
import static de.lagezentrum.ApiTestSupport.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * {@code /api/v1/municipality} and {@code /admin/municipality}: the admin sets name, time zone and
 * regional key; times are then shown and entered in that zone.
 */
@IntegrationTest
class MunicipalityApiWebTests {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisation organisation;

    TestTenant tenant;
    String admin;

    @BeforeEach
    void tenant() {
        tenant = organisation.newTenant("Zonenstadt " + UUID.randomUUID());
        admin = bearer(mvc, tenant.admin().username(), TestOrganisation.PASSWORD);
    }

    @Test
    void everyUserReadsTheMunicipalityAndTheAdminChangesIt() {
        String employee = bearer(mvc, tenant.user("Erna Beschäftigt", Role.EMPLOYEE).username(),
                TestOrganisation.PASSWORD);
        JsonNode before = read(get(employee));
        assertThat(before.get("id").asString()).isEqualTo(tenant.id().toString());
        assertThat(before.get("name").asString()).isEqualTo(tenant.name());
        assertThat(before.get("timeZone").asString()).isEqualTo("Europe/Berlin");
        assertThat(before.get("ars").isNull()).isTrue();

        String renamed = "Neu-" + tenant.name();
        MvcTestResult changed = put(admin, """
                {"name":"%s","timeZone":"Asia/Tokyo","ars":"073140000000","version":%d}"""
                .formatted(renamed, before.get("version").asLong()));

        assertThat(changed).hasStatusOk();
        JsonNode after = read(get(employee));
        assertThat(after.get("name").asString()).isEqualTo(renamed);
        assertThat(after.get("timeZone").asString()).isEqualTo("Asia/Tokyo");
        assertThat(after.get("ars").asString()).isEqualTo("073140000000");
        assertThat(put(employee, """
                {"name":"Übernahme","timeZone":"Europe/Berlin"}""")).hasStatus(403);
        // The version read before is now stale: a lost update is refused.
        assertThat(put(admin, """
                {"name":"Zu spät","timeZone":"Europe/Berlin","version":%d}"""
                .formatted(before.get("version").asLong()))).hasStatus(409);
        assertThat(read(get(employee)).get("name").asString()).isEqualTo(renamed);
    }

    @Test
    void invalidZoneRegionalKeyOrTakenNameChangeNothing() {
        TestTenant other = organisation.newTenant("Andere Stadt " + UUID.randomUUID());

        assertInvalid(put(admin, """
                {"name":"x","timeZone":"Mars/Olympus_Mons"}"""), "timeZone");
        assertInvalid(put(admin, """
                {"name":"x","timeZone":"Europe/Berlin","ars":"12345"}"""), "ars");
        assertInvalid(put(admin, """
                {"name":"x","timeZone":"Europe/Berlin","ars":"07314000000a"}"""), "ars");
        assertInvalid(put(admin, """
                {"name":"x","timeZone":"Europe/Berlin","ars":"0731400000001"}"""), "ars");
        assertInvalid(put(admin, """
                {"name":"%s","timeZone":"Europe/Berlin"}""".formatted(other.name().toLowerCase())), "name");
        assertInvalid(put(admin, """
                {"name":"","timeZone":"Europe/Berlin"}"""), "name");

        JsonNode unchanged = read(get(admin));
        assertThat(unchanged.get("name").asString()).isEqualTo(tenant.name());
        assertThat(unchanged.get("timeZone").asString()).isEqualTo("Europe/Berlin");
        assertThat(unchanged.get("ars").isNull()).isTrue();
    }

    @Test
    void aMunicipalityInNewYorkSeesAndEntersSessionsInItsLocalTime() throws Exception {
        assertThat(put(admin, """
                {"name":"%s","timeZone":"America/New_York"}""".formatted(tenant.name()))).hasStatusOk();
        CurrentUser lead = tenant.user("Lee Lead", Role.STAFF_LEAD);
        String token = bearer(mvc, lead.username(), TestOrganisation.PASSWORD);
        String staffId = read(mvc.post().uri("/api/v1/staffs").header(HttpHeaders.AUTHORIZATION, token)
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Emergency Staff\"}").exchange())
                .get("id").asString();

        // No zone given: the series is in the municipality's zone; 8 March 2026 is the change to summer time.
        assertThat(mvc.post().uri("/api/v1/staffs/" + staffId + "/series").header(HttpHeaders.AUTHORIZATION, token)
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"weekday":"WEDNESDAY","time":"10:00","durationMinutes":60,"from":"2026-03-04","until":"2026-03-11"}""")
                .exchange()).hasStatus(201);
        JsonNode sessions = read(mvc.get().uri("/api/v1/staffs/" + staffId + "/sessions?from=2026-03-04&to=2026-03-11")
                .header(HttpHeaders.AUTHORIZATION, token).exchange());
        assertThat(sessions.get("items").valueStream().map(session -> session.get("start").asString()))
                .containsExactly("2026-03-04T15:00:00Z", "2026-03-11T14:00:00Z");

        // An extraordinary session entered on the page at 09:30 is 09:30 in New York, and shown so.
        LocalDate day = LocalDate.now(NEW_YORK).plusDays(3);
        Cookie session = WebTestSupport.login(mvc, lead.username(), TestOrganisation.PASSWORD);
        assertThat(mvc.post().uri("/staffs/" + staffId + "/sessions").cookie(session).with(csrf())
                .param("date", day.toString()).param("startTime", "09:30").param("endTime", "10:30")
                .param("title", "Storm warning")).hasStatus3xxRedirection();
        JsonNode called = read(mvc.get().uri("/api/v1/staffs/" + staffId + "/sessions?from=" + day + "&to=" + day)
                .header(HttpHeaders.AUTHORIZATION, token).exchange());
        assertThat(called.get("items").get(0).get("start").asString())
                .isEqualTo(day.atTime(9, 30).atZone(NEW_YORK).toInstant().toString());

        assertThat(mvc.post().uri("/api/v1/staffs/" + staffId + "/series").header(HttpHeaders.AUTHORIZATION, token)
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"weekday":"FRIDAY","time":"10:00","durationMinutes":60,"from":"%s"}"""
                        .formatted(LocalDate.now(NEW_YORK))).exchange()).hasStatus(201);
        Document page = Jsoup.parse(mvc.get().uri("/staffs/" + staffId).cookie(session).exchange().getResponse()
                .getContentAsString());
        String format = "dd.MM.yyyy";
        LocalDate friday = LocalDate.now(NEW_YORK).plusDays(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
        assertThat(page.select("time").eachText()).contains(
                DateTimeFormatter.ofPattern(format).format(day) + " 09:30",
                DateTimeFormatter.ofPattern(format).format(friday) + " 10:00");
    }

    @Test
    void theAdminPageShowsAndSavesTheSettingsWithAccessibleErrors() throws Exception {
        Cookie session = WebTestSupport.login(mvc, tenant.admin().username(), TestOrganisation.PASSWORD);
        Document form = Jsoup.parse(mvc.get().uri("/admin/municipality").cookie(session).exchange().getResponse()
                .getContentAsString());
        assertThat(form.getElementById("timeZone").val()).isEqualTo("Europe/Berlin");
        String version = form.getElementById("version").val();

        MvcTestResult invalid = mvc.post().uri("/admin/municipality").cookie(session).with(csrf())
                .param("name", tenant.name()).param("timeZone", "Europe/Nirgendwo").param("ars", "")
                .param("version", version).exchange();
        Document errors = Jsoup.parse(invalid.getResponse().getContentAsString());
        assertThat(errors.getElementById("timeZone").attr("aria-invalid")).isEqualTo("true");
        assertThat(errors.getElementById("timeZone").attr("aria-describedby")).contains("timeZone-error");
        assertThat(errors.select(".error-summary a[href=#timeZone]")).hasSize(1);

        assertThat(mvc.post().uri("/admin/municipality").cookie(session).with(csrf()).param("name", tenant.name())
                .param("timeZone", "Asia/Tokyo").param("ars", "").param("demo", "true").param("version", version))
                .hasStatus3xxRedirection();
        JsonNode saved = read(get(admin));
        assertThat(saved.get("timeZone").asString()).isEqualTo("Asia/Tokyo");
        assertThat(saved.get("demo").asBoolean()).isTrue();
        assertThat(mvc.get().uri("/admin/municipality")
                .cookie(WebTestSupport.login(mvc, tenant.user("Kein Admin", Role.EMPLOYEE).username(),
                        TestOrganisation.PASSWORD))).hasStatus(403);
    }

    private MvcTestResult get(String token) {
        return mvc.get().uri("/api/v1/municipality").header(HttpHeaders.AUTHORIZATION, token).exchange();
    }

    private MvcTestResult put(String token, String body) {
        return mvc.put().uri("/api/v1/municipality").header(HttpHeaders.AUTHORIZATION, token)
                .contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }

    private static void assertInvalid(MvcTestResult result, String field) {
        assertThat(result).hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(read(result).get("errors").valueStream().map(error -> error.get("field").asString()))
                .contains(field);
    }
}
