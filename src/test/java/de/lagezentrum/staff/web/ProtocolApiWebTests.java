package de.lagezentrum.staff.web;

import java.util.UUID;

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
import de.lagezentrum.platform.security.CurrentUser;

import static de.lagezentrum.ApiTestSupport.bearer;
import static de.lagezentrum.ApiTestSupport.read;
import static org.assertj.core.api.Assertions.assertThat;

/** Protocols: finalised, approved by the lead, immutable afterwards, corrected only as new versions. */
@IntegrationTest
class ProtocolApiWebTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisation organisation;

    CurrentUser lead;
    CurrentUser member;
    String leadToken;
    String memberToken;
    String sessionId;
    String item;

    @BeforeEach
    void session() {
        var tenant = organisation.newTenant("Protokollstadt " + UUID.randomUUID());
        lead = tenant.user("Petra Protokoll", Role.STAFF_LEAD);
        member = tenant.user("Moritz Mitschrift", Role.STAFF_MEMBER);
        leadToken = bearer(mvc, lead.username(), TestOrganisation.PASSWORD);
        memberToken = bearer(mvc, member.username(), TestOrganisation.PASSWORD);
        String staffId = read(post(leadToken, "/api/v1/staffs", """
                {"name":"Stab Protokoll"}""")).get("id").asString();
        post(leadToken, "/api/v1/staffs/" + staffId + "/members", """
                {"personId":"%s"}""".formatted(member.personId()));
        sessionId = read(post(leadToken, "/api/v1/staffs/" + staffId + "/sessions", """
                {"start":"2026-03-04T09:00:00Z","end":"2026-03-04T10:30:00Z","kind":"REGULAR"}""")).get("id").asString();
        item = read(post(leadToken, "/api/v1/sessions/" + sessionId + "/agenda", """
                {"title":"Unterbringung"}""")).get("id").asString();
        post(memberToken, "/api/v1/sessions/" + sessionId + "/agenda/" + item + "/entries", """
                {"type":"DECISION","text":"Turnhalle Nord wird Notunterkunft","rationale":"Duschen vorhanden"}""");
        assertThat(mvc.put().uri("/api/v1/sessions/" + sessionId + "/attendance")
                .header(HttpHeaders.AUTHORIZATION, memberToken).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"present":["%s","%s"]}""".formatted(lead.personId(), member.personId()))).hasStatus(204);
    }

    @Test
    void finaliseApproveAndTheProtocolIsImmutable() {
        JsonNode finalised = read(post(memberToken, "/api/v1/sessions/" + sessionId + "/protocol/finalize", ""));
        assertThat(finalised.get("version").asInt()).isEqualTo(1);
        assertThat(finalised.get("status").asString()).isEqualTo("FINAL");
        assertThat(finalised.get("decisions")).hasSize(1);
        assertThat(finalised.get("attendance").valueStream().map(a -> a.get("name").asString()))
                .containsExactly("Moritz Mitschrift", "Petra Protokoll");

        assertThat(post(memberToken, "/api/v1/sessions/" + sessionId + "/protocol/approve", "")).hasStatus(403);
        assertThat(read(post(leadToken, "/api/v1/sessions/" + sessionId + "/protocol/approve", ""))
                .get("status").asString()).isEqualTo("APPROVED");

        MvcTestResult change = post(memberToken, "/api/v1/sessions/" + sessionId + "/agenda/" + item + "/entries", """
                {"type":"NOTE","text":"Nachtrag"}""");
        assertThat(change).hasStatus(409).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(post(memberToken, "/api/v1/sessions/" + sessionId + "/agenda", """
                {"title":"Neu"}""")).hasStatus(409);
        assertThat(post(leadToken, "/api/v1/sessions/" + sessionId + "/protocol/approve", "")).hasStatus(409);
        assertThat(post(memberToken, "/api/v1/sessions/" + sessionId + "/protocol/finalize", "")).hasStatus(409);
        assertThat(read(get(memberToken, "/api/v1/sessions/" + sessionId + "/protocol")).get("entries")).hasSize(1);
    }

    @Test
    void aCorrectionIsANewVersionAndTheOriginalStaysReadable() {
        post(memberToken, "/api/v1/sessions/" + sessionId + "/protocol/finalize", "");
        assertThat(post(memberToken, "/api/v1/sessions/" + sessionId + "/protocol/corrections", """
                {"text":"Zu früh"}""")).hasStatus(409);
        post(leadToken, "/api/v1/sessions/" + sessionId + "/protocol/approve", "");

        JsonNode corrected = read(post(memberToken, "/api/v1/sessions/" + sessionId + "/protocol/corrections", """
                {"text":"Beschluss gilt für die Turnhalle Süd, nicht Nord."}"""));

        assertThat(corrected.get("version").asInt()).isEqualTo(2);
        assertThat(corrected.get("status").asString()).isEqualTo("FINAL");
        assertThat(corrected.get("correctsVersion").asInt()).isEqualTo(1);
        assertThat(corrected.get("correction").asString()).contains("Turnhalle Süd");
        JsonNode original = read(get(memberToken, "/api/v1/sessions/" + sessionId + "/protocol/versions/1"));
        assertThat(original.get("status").asString()).isEqualTo("APPROVED");
        assertThat(original.get("correction").isNull()).isTrue();
        assertThat(read(post(leadToken, "/api/v1/sessions/" + sessionId + "/protocol/approve", ""))
                .get("version").asInt()).isEqualTo(2);
    }

    @Test
    void outsidersFindNoProtocolAndAttendanceIsMembersOnly() {
        assertThat(get(memberToken, "/api/v1/sessions/" + sessionId + "/protocol")).hasStatus(404);
        var outsider = organisation.newTenant("Fremd " + UUID.randomUUID()).admin();
        String outsiderToken = bearer(mvc, outsider.username(), TestOrganisation.PASSWORD);
        assertThat(post(outsiderToken, "/api/v1/sessions/" + sessionId + "/protocol/finalize", "")).hasStatus(404);
        assertThat(mvc.put().uri("/api/v1/sessions/" + sessionId + "/attendance")
                .header(HttpHeaders.AUTHORIZATION, memberToken).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"present":["%s"]}""".formatted(outsider.personId()))).hasStatus(400);
    }

    private MvcTestResult post(String token, String uri, String body) {
        var request = mvc.post().uri(uri).header(HttpHeaders.AUTHORIZATION, token);
        return body.isEmpty() ? request.exchange()
                : request.contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }

    private MvcTestResult get(String token, String uri) {
        return mvc.get().uri(uri).header(HttpHeaders.AUTHORIZATION, token).exchange();
    }
}
