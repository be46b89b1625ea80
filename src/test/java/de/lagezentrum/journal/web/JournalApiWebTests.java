package de.lagezentrum.journal.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

import de.lagezentrum.Administrator;
import de.lagezentrum.IntegrationTest;
import de.lagezentrum.organisation.Role;
import de.lagezentrum.organisation.TestOrganisation;
import de.lagezentrum.organisation.TestOrganisation.TestTenant;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.staff.NewMember;
import de.lagezentrum.staff.NewStaff;
import de.lagezentrum.staff.StaffManagement;

import static de.lagezentrum.ApiTestSupport.bearer;
import static de.lagezentrum.ApiTestSupport.read;
import static org.assertj.core.api.Assertions.assertThat;

/** A staff's journal through API v1: append-only, in order, hash-chained, for members only. */
@IntegrationTest
class JournalApiWebTests {

    static final String GENESIS = "0".repeat(64);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisation organisation;

    @Autowired
    StaffManagement staffs;

    @Autowired
    @Administrator
    JdbcClient jdbc;

    TestTenant tenant;
    CurrentUser lead;
    CurrentUser member;
    String leadToken;
    String memberToken;
    UUID staffId;
    String journal;

    @BeforeEach
    void staff() {
        tenant = organisation.newTenant("Tagebuchstadt " + UUID.randomUUID());
        lead = tenant.user("Beate Leitung", Role.STAFF_LEAD, Role.EMPLOYEE);
        member = tenant.user("Jonas Weber", Role.STAFF_MEMBER);
        staffId = staffs.create(lead, new NewStaff("Hochwasserstab", null, null, null)).id();
        staffs.addMember(lead, staffId, new NewMember(member.personId(), "Einsatztagebuch"));
        leadToken = bearer(mvc, lead.username(), TestOrganisation.PASSWORD);
        memberToken = bearer(mvc, member.username(), TestOrganisation.PASSWORD);
        journal = "/api/v1/staffs/" + staffId + "/journal";
    }

    @Test
    void membersAppendEntriesThatAreChainedInOrder() {
        MvcTestResult created = post(memberToken, journal, """
                {"text":"Pegel Rhein 7,80 m, steigend","category":"REPORT","occurredAt":"2026-01-15T09:30:00Z"}""");

        assertThat(created).hasStatus(201);
        JsonNode first = read(created);
        assertThat(created.getResponse().getHeader(HttpHeaders.LOCATION))
                .isEqualTo(journal + "/" + first.get("id").asString());
        assertThat(first.get("seq").asLong()).isEqualTo(1);
        assertThat(first.get("category").asString()).isEqualTo("REPORT");
        assertThat(first.get("occurredAt").asString()).isEqualTo("2026-01-15T09:30:00Z");
        assertThat(first.get("author").get("id").asString()).isEqualTo(member.personId().toString());
        assertThat(first.get("author").get("name").asString()).isEqualTo("Jonas Weber");
        assertThat(Instant.parse(first.get("recordedAt").asString())).isCloseTo(Instant.now(),
                org.assertj.core.api.Assertions.within(Duration.ofMinutes(1)));
        assertThat(first.get("previousHash").asString()).isEqualTo(GENESIS);
        assertThat(first.get("hash").asString()).matches("[0-9a-f]{64}");

        JsonNode second = read(post(leadToken, journal, """
                {"text":"Deichläufer verständigt"}"""));
        assertThat(second.get("seq").asLong()).isEqualTo(2);
        assertThat(second.get("category").asString()).isEqualTo("NOTE");
        assertThat(second.get("occurredAt").asString()).isEqualTo(second.get("recordedAt").asString());
        assertThat(second.get("previousHash").asString()).isEqualTo(first.get("hash").asString());

        JsonNode list = read(get(memberToken, journal));
        assertThat(list.get("total").asLong()).isEqualTo(2);
        assertThat(list.get("items").valueStream().map(entry -> entry.get("seq").asLong())).containsExactly(1L, 2L);
        assertThat(read(get(leadToken, journal + "/" + first.get("id").asString())).get("text").asString())
                .isEqualTo("Pegel Rhein 7,80 m, steigend");
        JsonNode verification = read(get(memberToken, journal + "/verify"));
        assertThat(verification.get("valid").asBoolean()).isTrue();
        assertThat(verification.get("entries").asLong()).isEqualTo(2);
        assertThat(verification.get("lastHash").asString()).isEqualTo(second.get("hash").asString());
        assertThat(verification.has("firstBrokenSeq")).isFalse();
    }

    @Test
    void entriesArePagedInOrderOfSeq() {
        for (int i = 1; i <= 5; i++) {
            assertThat(post(leadToken, journal, "{\"text\":\"Meldung " + i + "\"}")).hasStatus(201);
        }

        JsonNode page = read(get(leadToken, journal + "?page=1&size=2"));
        assertThat(page.get("page").asInt()).isEqualTo(1);
        assertThat(page.get("size").asInt()).isEqualTo(2);
        assertThat(page.get("total").asLong()).isEqualTo(5);
        assertThat(page.get("items").valueStream().map(entry -> entry.get("text").asString()))
                .containsExactly("Meldung 3", "Meldung 4");
        assertThat(read(get(leadToken, journal + "?page=2&size=2")).get("items").valueStream()
                .map(entry -> entry.get("seq").asLong())).containsExactly(5L);
        assertThat(read(get(leadToken, journal + "?page=3&size=2")).get("items")).isEmpty();
        assertThat(fields(get(leadToken, journal + "?size=0"))).containsExactly("size");
        assertThat(fields(get(leadToken, journal + "?size=201"))).containsExactly("size");
        assertThat(fields(get(leadToken, journal + "?page=-1"))).containsExactly("page");
    }

    @Test
    void aCorrectionIsANewEntryAndTheOriginalShowsItWasCorrected() {
        JsonNode original = read(post(leadToken, journal, """
                {"text":"Bauhof gibt 500 Sandsäcke aus","category":"ORDER"}"""));
        String originalId = original.get("id").asString();

        MvcTestResult correction = post(memberToken, journal, """
                {"text":"Bauhof gibt 5000 Sandsäcke aus","category":"ORDER","corrects":"%s"}""".formatted(originalId));

        assertThat(correction).hasStatus(201);
        JsonNode corrected = read(correction);
        assertThat(corrected.get("seq").asLong()).isEqualTo(2);
        assertThat(corrected.get("corrects").asString()).isEqualTo(originalId);
        assertThat(corrected.get("correctsSeq").asLong()).isEqualTo(1);
        JsonNode reread = read(get(leadToken, journal + "/" + originalId));
        assertThat(reread.get("text").asString()).isEqualTo("Bauhof gibt 500 Sandsäcke aus");
        assertThat(reread.get("hash").asString()).isEqualTo(original.get("hash").asString());
        assertThat(reread.get("correctedBy")).hasSize(1);
        assertThat(reread.get("correctedBy").get(0).get("seq").asLong()).isEqualTo(2);
        assertThat(reread.get("correctedBy").get(0).get("id").asString()).isEqualTo(corrected.get("id").asString());
        assertThat(read(get(leadToken, journal + "/verify")).get("valid").asBoolean()).isTrue();
    }

    @Test
    void aCorrectionMustReferToAnEntryOfTheSameStaff() {
        UUID otherStaff = staffs.create(lead, new NewStaff("Stab Wärme", null, null, null)).id();
        String foreignEntry = read(post(leadToken, "/api/v1/staffs/" + otherStaff + "/journal", """
                {"text":"Anderer Stab"}""")).get("id").asString();

        assertThat(fields(post(leadToken, journal, """
                {"text":"Berichtigung","corrects":"%s"}""".formatted(foreignEntry)))).containsExactly("corrects");
        assertThat(fields(post(leadToken, journal, """
                {"text":"Berichtigung","corrects":"%s"}""".formatted(UUID.randomUUID())))).containsExactly("corrects");
        assertThat(get(leadToken, journal + "/" + foreignEntry)).hasStatus(404);
        assertThat(entries()).isZero();
    }

    @Test
    void nobodyButMembersSeesOrWritesTheJournal() {
        String entryId = read(post(leadToken, journal, "{\"text\":\"Vertraulich\"}")).get("id").asString();
        CurrentUser outsider = tenant.user("Otto Außen", Role.STAFF_MEMBER, Role.ADMIN);
        TestTenant other = organisation.newTenant("Nachbarstadt " + UUID.randomUUID());
        for (String token : List.of(bearer(mvc, outsider.username(), TestOrganisation.PASSWORD),
                bearer(mvc, other.admin().username(), TestOrganisation.PASSWORD))) {
            assertThat(get(token, journal)).hasStatus(404);
            assertThat(get(token, journal + "/" + entryId)).hasStatus(404);
            assertThat(get(token, journal + "/verify")).hasStatus(404);
            assertThat(get(token, journal + ".json")).hasStatus(404);
            assertThat(mvc.get().uri(journal + ".pdf").header(HttpHeaders.AUTHORIZATION, token)
                    .accept(MediaType.APPLICATION_PDF, MediaType.APPLICATION_PROBLEM_JSON)).hasStatus(404);
            MvcTestResult write = post(token, journal, "{\"text\":\"Eingeschleust\"}");
            assertThat(write).hasStatus(404);
            assertThat(read(write).get("type").asString()).isEqualTo("/problems/not-found");
        }
        assertThat(entries()).isEqualTo(1);
        assertThat(mvc.get().uri(journal)).hasStatus(401);
    }

    @Test
    void entriesAreNeverChanged() {
        String entry = journal + "/" + read(post(leadToken, journal, "{\"text\":\"Endgültig\"}")).get("id").asString();

        for (MvcTestResult attempt : List.of(
                mvc.put().uri(entry).header(HttpHeaders.AUTHORIZATION, leadToken)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"geändert\"}").exchange(),
                mvc.patch().uri(entry).header(HttpHeaders.AUTHORIZATION, leadToken)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"geändert\"}").exchange(),
                mvc.delete().uri(entry).header(HttpHeaders.AUTHORIZATION, leadToken).exchange())) {
            assertThat(attempt).hasStatus(405);
            assertThat(attempt.getResponse().getHeader(HttpHeaders.ALLOW)).isEqualTo("GET");
            assertThat(attempt.getResponse().getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            assertThat(read(attempt).get("type").asString()).isEqualTo("/problems/method-not-allowed");
        }
        assertThat(read(get(leadToken, entry)).get("text").asString()).isEqualTo("Endgültig");
        assertThat(entries()).isEqualTo(1);
    }

    @Test
    void badInputIsRefusedWithFieldErrorsAndNothingIsWritten() {
        assertThat(fields(post(leadToken, journal, "{\"text\":\"\"}"))).containsExactly("text");
        assertThat(fields(post(leadToken, journal, "{\"text\":\"  \\n \"}"))).containsExactly("text");
        assertThat(fields(post(leadToken, journal, "{\"category\":\"EVENT\"}"))).containsExactly("text");
        assertThat(fields(post(leadToken, journal, "{\"text\":\"%s\"}".formatted("x".repeat(10_001)))))
                .containsExactly("text");
        assertThat(fields(post(leadToken, journal, "{\"text\":\"Steuerzeichen \\u0000\"}"))).containsExactly("text");
        assertThat(fields(post(leadToken, journal, "{\"text\":\"Lage\",\"category\":\"RUMOUR\"}")))
                .containsExactly("category");
        assertThat(fields(post(leadToken, journal, "{\"text\":\"Lage\",\"author\":\"Jemand\"}")))
                .containsExactly("author");
        // The platform's handler names no field when a date-time does not parse (see ApiProblemHandler).
        assertThat(post(leadToken, journal, "{\"text\":\"Lage\",\"occurredAt\":\"gestern\"}")).hasStatus(400);
        assertThat(fields(post(leadToken, journal, "{\"text\":\"Lage\",\"occurredAt\":\"%s\"}"
                .formatted(Instant.now().plus(Duration.ofHours(1)))))).containsExactly("occurredAt");
        assertThat(fields(post(leadToken, journal, "{\"text\":\"Lage\",\"corrects\":\"keine-uuid\"}")))
                .containsExactly("corrects");
        MvcTestResult malformed = post(leadToken, journal, "{\"text\":");
        assertThat(malformed).hasStatus(400);
        assertThat(read(malformed).get("type").asString()).isEqualTo("/problems/malformed-json");
        assertThat(entries()).isZero();

        // The limits themselves are allowed: 10,000 characters, and a clock a few minutes ahead.
        assertThat(post(leadToken, journal, "{\"text\":\"%s\"}".formatted("x".repeat(10_000)))).hasStatus(201);
        assertThat(post(leadToken, journal, "{\"text\":\"Lage\",\"occurredAt\":\"%s\"}"
                .formatted(Instant.now().plus(Duration.ofMinutes(2))))).hasStatus(201);
        assertThat(entries()).isEqualTo(2);
    }

    @Test
    void theJsonExportHoldsEveryEntryAndTheVerification() {
        post(leadToken, journal, "{\"text\":\"Erste Meldung\"}");
        post(leadToken, journal, "{\"text\":\"Zweite Meldung\",\"category\":\"DECISION\"}");

        MvcTestResult export = get(memberToken, journal + ".json");

        assertThat(export).hasStatusOk();
        assertThat(export.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment");
        JsonNode document = read(export);
        assertThat(document.get("format").asString()).isEqualTo("lagezentrum-journal-export/1");
        assertThat(document.get("staff").get("name").asString()).isEqualTo("Hochwasserstab");
        assertThat(document.get("tenantId").asString()).isEqualTo(tenant.id().toString());
        assertThat(document.get("entryFormat").asString()).isEqualTo("lagezentrum-journal-entry/1");
        assertThat(document.get("entries").valueStream().map(entry -> entry.get("text").asString()))
                .containsExactly("Erste Meldung", "Zweite Meldung");
        assertThat(document.get("verification").get("valid").asBoolean()).isTrue();
        assertThat(document.get("verification").get("entries").asLong()).isEqualTo(2);
    }

    @Test
    void theJournalIsInTheApiDescription() {
        assertThat(mvc.get().uri("/v3/api-docs")).hasStatusOk().bodyText().contains(
                "/api/v1/staffs/{id}/journal", "/api/v1/staffs/{id}/journal/{entryId}",
                "/api/v1/staffs/{id}/journal/verify", "/api/v1/staffs/{id}/journal.pdf");
    }

    private long entries() {
        return jdbc.sql("SELECT count(*) FROM journal.entry WHERE staff_id = ?").param(staffId).query(Long.class)
                .single();
    }

    private List<String> fields(MvcTestResult result) {
        assertThat(result).hasStatus(400);
        JsonNode problem = read(result);
        assertThat(problem.get("type").asString()).isEqualTo("/problems/validation");
        return problem.get("errors").valueStream().map(error -> error.get("field").asString()).toList();
    }

    private MvcTestResult get(String token, String uri) {
        return mvc.get().uri(uri).header(HttpHeaders.AUTHORIZATION, token).exchange();
    }

    private MvcTestResult post(String token, String uri, String body) {
        return mvc.post().uri(uri).header(HttpHeaders.AUTHORIZATION, token).contentType(MediaType.APPLICATION_JSON)
                .content(body).exchange();
    }
}
