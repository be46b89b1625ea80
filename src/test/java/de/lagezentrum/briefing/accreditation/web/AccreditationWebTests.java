package de.lagezentrum.briefing.accreditation.web;

import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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
import de.lagezentrum.briefing.AccreditationStatus;
import de.lagezentrum.briefing.accreditation.TestAccreditations;
import de.lagezentrum.platform.LagezentrumProperties;

import static de.lagezentrum.ApiTestSupport.bearer;
import static de.lagezentrum.ApiTestSupport.read;
import static de.lagezentrum.briefing.accreditation.TestAccreditations.address;
import static de.lagezentrum.briefing.accreditation.TestAccreditations.subject;
import static de.lagezentrum.briefing.accreditation.TestAccreditations.text;
import static de.lagezentrum.briefing.accreditation.TestAccreditations.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * An accreditation from the public page to the journalist's account, over HTTP as a journalist and the
 * press office use it, with real mail (GreenMail). Anonymous registrations belong to the municipality that
 * answers anonymous visitors: Musterstadt in tests, whose demo press office ({@code presse}) reviews them.
 */
@IntegrationTest
class AccreditationWebTests {

    static final String PRESS_OFFICE = "presse";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestAccreditations accreditations;

    @Autowired
    LagezentrumProperties properties;

    @Autowired
    @Administrator
    JdbcClient administrator;

    @Test
    void theFormIsPublicCacheableAndMakesNoSession() throws Exception {
        MvcTestResult result = mvc.get().uri("/presse/akkreditierung").exchange();

        assertThat(result).hasStatusOk();
        assertThat(result.getResponse().getHeaders(HttpHeaders.SET_COOKIE)).isEmpty();
        assertThat(result.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("max-age=60, public");
        Document page = Jsoup.parse(result.getResponse().getContentAsString());
        assertThat(page.select("form[action=/presse/akkreditierung][enctype=multipart/form-data]")).hasSize(1);
        assertThat(page.select("input[name=_csrf]")).isEmpty();
        assertThat(page.select("#name[required][autocomplete=name], #outlet[required], #email[type=email]"))
                .hasSize(3);
        assertThat(page.select("input#proof[type=file][accept*=application/pdf]")).hasSize(1);
        var honeypot = page.selectFirst(".honeypot");
        assertThat(honeypot.attr("aria-hidden")).isEqualTo("true");
        assertThat(honeypot.selectFirst("label[for=website]").text()).isEqualTo("Bitte lassen Sie dieses Feld leer.");
        assertThat(honeypot.selectFirst("input#website").attr("tabindex")).isEqualTo("-1");
        assertThat(honeypot.selectFirst("input#website").attr("autocomplete")).isEqualTo("off");
        assertThat(page.text()).contains("Datenschutz");
    }

    @Test
    void aJournalistRegistersConfirmsAndIsApprovedWithAnAccount() throws Exception {
        String email = address("jana");
        MvcTestResult sent = mvc.post().uri("/presse/akkreditierung").param("name", "Jana Schreiber")
                .param("outlet", "Musterstädter Anzeiger").param("email", email).param("website", "").exchange();

        assertThat(sent).hasStatus3xxRedirection().redirectedUrl()
                .isEqualTo("/presse/akkreditierung?sent#registration-sent");
        assertThat(sent.getResponse().getHeaders(HttpHeaders.SET_COOKIE)).isEmpty();
        // "?sent=": MockMvc reads a bare "?sent" as a null value, which a servlet container never does.
        Document mailbox = Jsoup.parse(mvc.get().uri("/presse/akkreditierung?sent=").exchange().getResponse()
                .getContentAsString());
        assertThat(mailbox.selectFirst("#registration-sent[role=status]").text()).contains("Postfach");
        UUID id = accreditations.idOf(email).orElseThrow();
        assertThat(accreditations.status(id)).isEqualTo(AccreditationStatus.PENDING_CONFIRMATION);

        MimeMessage confirmation = accreditations.awaitMail(email, 1);
        assertThat(subject(confirmation)).isEqualTo("Bitte bestätigen Sie Ihre Akkreditierung");
        assertThat(text(confirmation)).contains("Guten Tag Jana Schreiber", "/akkreditierung/bestaetigen?token=");
        String token = token(confirmation);

        MvcTestResult page = mvc.get().uri("/akkreditierung/bestaetigen").param("token", token).exchange();
        assertThat(page).hasStatusOk();
        assertThat(accreditations.status(id)).as("opening the link only shows the button")
                .isEqualTo(AccreditationStatus.PENDING_CONFIRMATION);
        assertThat(Jsoup.parse(page.getResponse().getContentAsString())
                .select("form[action=/akkreditierung/bestaetigen] input[name=token]").attr("value")).isEqualTo(token);

        MvcTestResult confirmed = mvc.post().uri("/akkreditierung/bestaetigen").with(csrf()).param("token", token)
                .exchange();
        assertThat(confirmed).hasStatusOk();
        assertThat(Jsoup.parse(confirmed.getResponse().getContentAsString()).selectFirst("h1").text())
                .isEqualTo("Adresse bestätigt");
        assertThat(accreditations.status(id)).isEqualTo(AccreditationStatus.PENDING);
        accreditations.awaitEventsHandled();
        assertThat(administrator.sql("""
                SELECT count(*) FROM platform.notification n JOIN organisation.account a ON a.person_id = n.person_id
                 WHERE a.username = ? AND n.message_key = 'notification.accreditation.pending' AND n.link = ?""")
                .params(PRESS_OFFICE, "/pressestelle/akkreditierungen/" + id).query(Long.class).single())
                .isEqualTo(1);

        String press = bearer(mvc, PRESS_OFFICE, properties.demoPassword());
        JsonNode pending = read(mvc.get().uri("/api/v1/press/accreditations?status=PENDING&size=200")
                .header(HttpHeaders.AUTHORIZATION, press).exchange());
        assertThat(pending.get("items").valueStream().map(item -> item.get("email").asString())).contains(email);

        MvcTestResult approved = mvc.post().uri("/api/v1/press/accreditations/" + id + "/approve")
                .header(HttpHeaders.AUTHORIZATION, press).exchange();
        assertThat(approved).hasStatusOk();
        JsonNode view = read(approved);
        assertThat(view.get("status").asString()).isEqualTo("APPROVED");
        UUID personId = UUID.fromString(view.get("personId").asString());
        assertThat(administrator.sql("""
                SELECT a.username FROM organisation.account a
                  JOIN organisation.account_role r ON r.account_id = a.id AND r.role = 'JOURNALIST'
                 WHERE a.person_id = ? AND a.password_hash IS NULL""").param(personId).query(String.class).single())
                .isEqualTo(email.toLowerCase());
        assertThat(mvc.post().uri("/api/v1/press/accreditations/" + id + "/approve")
                .header(HttpHeaders.AUTHORIZATION, press)).as("approving twice").hasStatus(409);

        accreditations.awaitMail(email, 3);
        assertThat(accreditations.mailsTo(email)).extracting(TestAccreditations::subject)
                .contains("Ihre Akkreditierung ist bestätigt");
        MimeMessage setPassword = java.util.Arrays.stream(accreditations.mailsTo(email))
                .filter(message -> text(message).contains("/password/set?token=")).findFirst().orElseThrow();
        assertThat(text(setPassword)).contains(email.toLowerCase());
        JsonNode details = read(mvc.get().uri("/api/v1/press/accreditations/" + id)
                .header(HttpHeaders.AUTHORIZATION, press).exchange());
        assertThat(details.get("history").valueStream().map(step -> step.get("to").asString()))
                .containsExactly("PENDING_CONFIRMATION", "PENDING", "APPROVED");
        assertThat(details.get("history").get(2).get("actorName").asString()).isEqualTo("Miriam Roth");
        assertThat(administrator.sql("""
                SELECT array_agg(action ORDER BY occurred_at) FROM platform.audit_entry
                 WHERE entity_type = 'Accreditation' AND entity_id = ?""").param(id)
                .query((rs, row) -> java.util.List.of((String[]) rs.getArray(1).getArray())).single())
                .containsExactly("ACCREDITATION_REGISTERED", "ACCREDITATION_PENDING", "ACCREDITATION_APPROVED");
    }

    @Test
    void theSameAnswerWhateverIsKnownAboutTheAddress() throws Exception {
        String known = address("bekannt");
        MvcTestResult first = register(known);
        accreditations.awaitMail(known, 1);
        MvcTestResult again = register(known);
        MvcTestResult unknown = register(address("neu"));

        for (MvcTestResult result : java.util.List.of(again, unknown)) {
            assertThat(result.getResponse().getStatus()).isEqualTo(first.getResponse().getStatus());
            assertThat(result.getResponse().getRedirectedUrl()).isEqualTo(first.getResponse().getRedirectedUrl());
            assertThat(result.getResponse().getContentAsString()).isEqualTo(first.getResponse().getContentAsString());
        }
        assertThat(accreditations.count(known)).isEqualTo(1);
        assertThat(subject(accreditations.awaitMail(known, 2))).as("a new link for the unconfirmed address")
                .isEqualTo("Bitte bestätigen Sie Ihre Akkreditierung");
    }

    @Test
    void aFilledHoneypotAnswersLikeSuccessAndStoresNothing() throws Exception {
        String email = address("bot");
        MvcTestResult human = register(address("mensch"));
        MvcTestResult bot = mvc.post().uri("/presse/akkreditierung").param("name", "Bot").param("outlet", "Spam")
                .param("email", email).param("website", "https://spam.example").exchange();
        MvcTestResult invalidBot = mvc.post().uri("/presse/akkreditierung").param("name", "").param("email", "x")
                .param("website", "https://spam.example").exchange();

        assertThat(bot.getResponse().getStatus()).isEqualTo(human.getResponse().getStatus());
        assertThat(bot.getResponse().getRedirectedUrl()).isEqualTo(human.getResponse().getRedirectedUrl());
        assertThat(invalidBot.getResponse().getRedirectedUrl()).isEqualTo(human.getResponse().getRedirectedUrl());
        accreditations.awaitEventsHandled();
        assertThat(accreditations.count(email)).isZero();
        assertThat(accreditations.mailsTo(email)).isEmpty();
    }

    @Test
    void badInputIsShownAtTheFieldsAndStoresNothing() throws Exception {
        String email = address("lang");
        MvcTestResult result = mvc.post().uri("/presse/akkreditierung").param("name", "N".repeat(50_000))
                .param("outlet", "Zeile\nZwei").param("email", "keine-adresse").exchange();

        assertThat(result).hasStatus(400);
        Document page = Jsoup.parse(result.getResponse().getContentAsString());
        assertThat(page.select(".error-summary a[href=#name]").text()).contains("höchstens 200 Zeichen");
        assertThat(page.select(".error-summary a[href=#outlet]").text()).contains("Zeilenumbrüche");
        assertThat(page.select(".error-summary a[href=#email]").text()).contains("gültige E-Mail-Adresse");
        assertThat(page.getElementById("name").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.getElementById("email").attr("aria-describedby")).contains("email-error");
        assertThat(page.getElementById("email").attr("value")).isEqualTo("keine-adresse");

        MvcTestResult longEmail = mvc.post().uri("/presse/akkreditierung").param("name", "Jana")
                .param("outlet", "Anzeiger").param("email", "j".repeat(50_000) + "@presse.example").exchange();
        assertThat(longEmail).hasStatus(400);
        assertThat(accreditations.count(email)).isZero();
    }

    @Test
    void scriptInANameIsTextOnEveryPageAndInTheMail() throws Exception {
        String email = address("skript");
        String name = "<script>alert('x')</script> Jana";
        mvc.post().uri("/presse/akkreditierung").param("name", name).param("outlet", "<b>Anzeiger</b>")
                .param("email", email).exchange();
        UUID id = accreditations.idOf(email).orElseThrow();

        String mail = text(accreditations.awaitMail(email, 1));
        assertThat(mail).contains("Guten Tag " + name);
        mvc.post().uri("/akkreditierung/bestaetigen").with(csrf()).param("token", token(accreditations.mailsTo(email)[0]))
                .exchange();

        var session = de.lagezentrum.WebTestSupport.login(mvc, PRESS_OFFICE, properties.demoPassword());
        String list = mvc.get().uri("/pressestelle/akkreditierungen?status=PENDING").cookie(session).exchange()
                .getResponse().getContentAsString();
        String detail = mvc.get().uri("/pressestelle/akkreditierungen/" + id).cookie(session).exchange()
                .getResponse().getContentAsString();
        for (String html : java.util.List.of(list, detail)) {
            assertThat(html).doesNotContain("<script>alert").doesNotContain("<b>Anzeiger")
                    .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Jana");
        }
        assertThat(Jsoup.parse(detail).selectFirst("h1").text()).isEqualTo(name);
    }

    private MvcTestResult register(String email) {
        return mvc.post().uri("/presse/akkreditierung").param("name", "Jana Schreiber")
                .param("outlet", "Musterstädter Anzeiger").param("email", email).exchange();
    }

    static MediaType json() {
        return MediaType.APPLICATION_JSON;
    }
}
