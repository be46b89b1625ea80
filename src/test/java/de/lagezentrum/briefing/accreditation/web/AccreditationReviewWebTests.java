package de.lagezentrum.briefing.accreditation.web;

import java.time.Instant;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
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
import de.lagezentrum.briefing.AccreditationStatus;
import de.lagezentrum.briefing.accreditation.AccreditationLinks.Purpose;
import de.lagezentrum.briefing.accreditation.TestAccreditations;
import de.lagezentrum.organisation.Role;
import de.lagezentrum.organisation.TestOrganisation;
import de.lagezentrum.organisation.TestOrganisation.TestTenant;
import de.lagezentrum.platform.notification.Notifications;
import de.lagezentrum.platform.security.CurrentUser;

import static de.lagezentrum.ApiTestSupport.bearer;
import static de.lagezentrum.ApiTestSupport.json;
import static de.lagezentrum.ApiTestSupport.read;
import static de.lagezentrum.briefing.accreditation.TestAccreditations.address;
import static de.lagezentrum.briefing.accreditation.TestAccreditations.subject;
import static de.lagezentrum.briefing.accreditation.TestAccreditations.text;
import static de.lagezentrum.briefing.accreditation.TestAccreditations.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The press office's review on its pages and in the API (asking for more, rejecting, the history), the
 * mailed links that go wrong (expired, forged, used), and who may do what: only the press office, only in
 * its own municipality.
 */
@IntegrationTest
class AccreditationReviewWebTests {

    private static final String API = "/api/v1/press/accreditations";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisation organisation;

    @Autowired
    TestAccreditations accreditations;

    @Autowired
    Notifications notifications;

    TestTenant tenant;
    CurrentUser press;

    @BeforeEach
    void tenant() {
        tenant = organisation.newTenant("Pressestadt " + UUID.randomUUID());
        press = tenant.user("Petra Presse", Role.PRESS_OFFICE);
    }

    @Test
    void aConfirmedRegistrationNotifiesThePressOfficeOfItsMunicipalityOnly() {
        CurrentUser elsewhere = organisation.newTenant("Anderstadt " + UUID.randomUUID())
                .user("Otto Anderswo", Role.PRESS_OFFICE);
        CurrentUser employee = tenant.user("Erna Mitarbeiterin", Role.EMPLOYEE);

        UUID id = accreditations.pending(tenant.admin(), "Jana Schreiber", address("meldung"));
        accreditations.awaitEventsHandled();

        assertThat(notifications.recent(press, 10)).singleElement().satisfies(notification -> {
            assertThat(notification.link()).endsWith(id.toString());
            assertThat(notification.arguments()).contains("Jana Schreiber");
        });
        assertThat(notifications.unread(employee)).isZero();
        assertThat(notifications.unread(elsewhere)).isZero();
    }

    @Test
    void askingForMoreMailsAQuestionWhoseAnswerLinkMakesItPendingAgain() throws Exception {
        String email = address("frage");
        UUID id = accreditations.pending(tenant.admin(), "Jana Schreiber", email);
        Cookie session = login(press);

        MvcTestResult empty = mvc.post().uri("/pressestelle/akkreditierungen/" + id + "/rueckfrage").cookie(session)
                .with(csrf()).param("question", " ").exchange();
        assertThat(empty).hasStatus(400);
        assertThat(Jsoup.parse(empty.getResponse().getContentAsString()).getElementById("question")
                .attr("aria-invalid")).isEqualTo("true");
        assertThat(mvc.post().uri("/pressestelle/akkreditierungen/" + id + "/rueckfrage").cookie(session).with(csrf())
                .param("question", "Bitte senden Sie eine Auftragsbestätigung <Redaktion>."))
                .hasStatus3xxRedirection();
        assertThat(accreditations.status(id)).isEqualTo(AccreditationStatus.MORE_INFORMATION_REQUESTED);

        MimeMessage question = accreditations.awaitMail(email, 2);
        assertThat(subject(question)).isEqualTo("Rückfrage zu Ihrer Akkreditierung");
        assertThat(text(question)).contains("Bitte senden Sie eine Auftragsbestätigung <Redaktion>.", tenant.name(),
                "/akkreditierung/ergaenzen?token=");
        String token = token(question);
        Document page = Jsoup.parse(mvc.get().uri("/akkreditierung/ergaenzen").param("token", token).exchange()
                .getResponse().getContentAsString());
        assertThat(page.selectFirst("blockquote").text()).isEqualTo("Bitte senden Sie eine Auftragsbestätigung <Redaktion>.");
        assertThat(page.select("textarea#answer[required]")).hasSize(1);

        MvcTestResult tooLong = mvc.post().uri("/akkreditierung/ergaenzen").with(csrf()).param("token", token)
                .param("answer", "x".repeat(50_000)).exchange();
        assertThat(tooLong).hasStatus(400);
        assertThat(accreditations.status(id)).isEqualTo(AccreditationStatus.MORE_INFORMATION_REQUESTED);
        MvcTestResult answered = mvc.post().uri("/akkreditierung/ergaenzen").with(csrf()).param("token", token)
                .param("answer", "Anbei: Auftrag der Chefredaktion vom 3. März.").exchange();
        assertThat(answered).hasStatusOk();
        assertThat(accreditations.status(id)).isEqualTo(AccreditationStatus.PENDING);
        assertThat(mvc.post().uri("/akkreditierung/ergaenzen").with(csrf()).param("token", token)
                .param("answer", "Noch einmal")).as("the answer link works once").hasStatus(410);

        Document detail = Jsoup.parse(mvc.get().uri("/pressestelle/akkreditierungen/" + id).cookie(session)
                .exchange().getResponse().getContentAsString());
        assertThat(detail.select(".accreditation-history tbody tr")).hasSize(4);
        assertThat(detail.select(".accreditation-history tbody tr").get(2).text())
                .contains("Petra Presse", "Zu prüfen → Nachgefragt", "Auftragsbestätigung <Redaktion>.");
        assertThat(detail.select(".accreditation-history tbody tr").get(3).text())
                .contains("Jana Schreiber", "Nachgefragt → Zu prüfen", "Auftrag der Chefredaktion");
    }

    @Test
    void rejectingMailsTheReasonAndTheAddressMayRegisterAgain() throws Exception {
        String email = address("abgelehnt");
        UUID id = accreditations.pending(tenant.admin(), "Jana Schreiber", email);
        String token = bearer(mvc, press.username(), TestOrganisation.PASSWORD);

        assertThat(post(token, id, "reject", json("reason", "x".repeat(50_000)))).hasStatus(400);
        assertThat(post(token, id, "reject", json("reason", " "))).hasStatus(400);
        MvcTestResult rejected = post(token, id, "reject", json("reason", "Kein Nachweis einer Redaktion."));
        assertThat(rejected).hasStatusOk();
        assertThat(read(rejected).get("status").asString()).isEqualTo("REJECTED");
        assertThat(post(token, id, "reject", json("reason", "Noch einmal"))).hasStatus(409);
        assertThat(post(token, id, "approve", null)).hasStatus(409);

        MimeMessage mail = accreditations.awaitMail(email, 2);
        assertThat(subject(mail)).isEqualTo("Ihre Akkreditierung wurde abgelehnt");
        assertThat(text(mail)).contains("Kein Nachweis einer Redaktion.", tenant.name());

        accreditations.register(tenant.admin(), "Jana Schreiber", email);
        assertThat(accreditations.count(email)).isEqualTo(2);
    }

    @Test
    void theListShowsEachStatusWithItsCount() throws Exception {
        UUID pending = accreditations.pending(tenant.admin(), "Jana Schreiber", address("liste"));
        accreditations.register(tenant.admin(), "Uwe Unbestätigt", address("liste"));
        Cookie session = login(press);

        Document list = Jsoup.parse(mvc.get().uri("/pressestelle/akkreditierungen").cookie(session).exchange()
                .getResponse().getContentAsString());
        assertThat(list.select(".status-nav a[aria-current=page]").text()).isEqualTo("Zu prüfen (1)");
        assertThat(list.select(".status-nav a").eachText()).contains("Adresse unbestätigt (1)", "Akkreditiert (0)");
        assertThat(list.select("tbody tr.accreditation a").attr("href"))
                .isEqualTo("/pressestelle/akkreditierungen/" + pending);
        JsonNode counts = read(mvc.get().uri(API + "/counts").header(HttpHeaders.AUTHORIZATION,
                bearer(mvc, press.username(), TestOrganisation.PASSWORD)).exchange()).get("counts");
        assertThat(counts.get("PENDING").asLong()).isEqualTo(1);
        assertThat(counts.get("PENDING_CONFIRMATION").asLong()).isEqualTo(1);
    }

    @Test
    void approvingOnThePageSaysSoAndASecondApprovalChangesNothing() throws Exception {
        UUID id = accreditations.pending(tenant.admin(), "Jana Schreiber", address("seite"));
        Cookie session = login(press);

        assertThat(mvc.post().uri("/pressestelle/akkreditierungen/" + id + "/freigeben").cookie(session)
                .with(csrf())).hasStatus3xxRedirection();
        MvcTestResult again = mvc.post().uri("/pressestelle/akkreditierungen/" + id + "/freigeben").cookie(session)
                .with(csrf()).exchange();

        assertThat(again).hasStatus3xxRedirection().flash().containsEntry("decided", "conflict");
        assertThat(accreditations.status(id)).isEqualTo(AccreditationStatus.APPROVED);
    }

    @Test
    void anExpiredLinkShowsWhyAndChangesNothing() throws Exception {
        UUID id = accreditations.register(tenant.admin(), "Jana Schreiber", address("abgelaufen"));
        String expired = accreditations.links().issue(Purpose.CONFIRM, tenant.id(), id, 0, Instant.now().minusSeconds(1));

        MvcTestResult page = mvc.get().uri("/akkreditierung/bestaetigen").param("token", expired).exchange();
        assertThat(page).hasStatus(410);
        assertThat(Jsoup.parse(page.getResponse().getContentAsString()).selectFirst("h1").text())
                .isEqualTo("Link abgelaufen");
        assertThat(mvc.post().uri("/akkreditierung/bestaetigen").with(csrf()).param("token", expired)).hasStatus(410);
        assertThat(accreditations.status(id)).isEqualTo(AccreditationStatus.PENDING_CONFIRMATION);
    }

    @Test
    void aForgedLinkIsUnknownAndChangesNothing() throws Exception {
        String email = address("gefaelscht");
        UUID id = accreditations.register(tenant.admin(), "Jana Schreiber", email);
        String real = token(accreditations.awaitMail(email, 1));
        UUID other = accreditations.register(tenant.admin(), "Max Anders", address("anders"));
        String signature = real.substring(real.lastIndexOf('.') + 1);
        String flipped = real.substring(0, real.length() - 1) + (real.endsWith("A") ? "B" : "A");
        String otherId = real.replace(id.toString(), other.toString());
        String longer = real.replaceFirst("\\.(\\d+)\\.", ".9$1.");

        for (String forged : java.util.List.of(flipped, otherId, longer, "", "kein-token", signature,
                "c." + tenant.id() + "." + id + ".0.99999999999." + "A".repeat(43))) {
            MvcTestResult result = mvc.post().uri("/akkreditierung/bestaetigen").with(csrf()).param("token", forged)
                    .exchange();
            assertThat(result).as(forged).hasStatus(404);
            assertThat(Jsoup.parse(result.getResponse().getContentAsString()).selectFirst("h1").text())
                    .isEqualTo("Link ungültig");
        }
        assertThat(accreditations.status(id)).isEqualTo(AccreditationStatus.PENDING_CONFIRMATION);
        assertThat(accreditations.status(other)).isEqualTo(AccreditationStatus.PENDING_CONFIRMATION);
        assertThat(mvc.post().uri("/akkreditierung/ergaenzen").with(csrf()).param("token", real).param("answer", "x"))
                .as("a confirmation link does not answer").hasStatus(404);
    }

    @Test
    void aUsedLinkSaysSoAndChangesNothing() throws Exception {
        String email = address("verwendet");
        UUID id = accreditations.register(tenant.admin(), "Jana Schreiber", email);
        String token = token(accreditations.awaitMail(email, 1));
        assertThat(mvc.post().uri("/akkreditierung/bestaetigen").with(csrf()).param("token", token)).hasStatusOk();
        String pressToken = bearer(mvc, press.username(), TestOrganisation.PASSWORD);
        assertThat(post(pressToken, id, "approve", null)).hasStatusOk();

        for (MvcTestResult used : java.util.List.of(
                mvc.get().uri("/akkreditierung/bestaetigen").param("token", token).exchange(),
                mvc.post().uri("/akkreditierung/bestaetigen").with(csrf()).param("token", token).exchange())) {
            assertThat(used).hasStatus(410);
            assertThat(Jsoup.parse(used.getResponse().getContentAsString()).selectFirst("h1").text())
                    .isEqualTo("Link bereits verwendet");
        }
        assertThat(accreditations.status(id)).isEqualTo(AccreditationStatus.APPROVED);
    }

    @Test
    void onlyThePressOfficeReviews() throws Exception {
        UUID id = accreditations.pending(tenant.admin(), "Jana Schreiber", address("rollen"));
        for (CurrentUser other : java.util.List.of(tenant.admin(), tenant.user("Erika Mitarbeiterin", Role.EMPLOYEE),
                tenant.user("Tobias Journalist", Role.JOURNALIST), tenant.user("Sven Stab", Role.STAFF_LEAD))) {
            String token = bearer(mvc, other.username(), TestOrganisation.PASSWORD);
            assertThat(mvc.get().uri(API).header(HttpHeaders.AUTHORIZATION, token)).hasStatus(403);
            assertThat(post(token, id, "approve", null)).hasStatus(403);
            assertThat(post(token, id, "reject", json("reason", "Nein"))).hasStatus(403);
            assertThat(mvc.get().uri("/pressestelle/akkreditierungen/" + id).cookie(login(other))).hasStatus(403);
        }
        assertThat(accreditations.status(id)).isEqualTo(AccreditationStatus.PENDING);
    }

    @Test
    void anotherMunicipalitysAccreditationIsNotFound() throws Exception {
        UUID id = accreditations.pending(tenant.admin(), "Jana Schreiber", address("fremd"));
        TestTenant other = organisation.newTenant("Fremdstadt " + UUID.randomUUID());
        CurrentUser otherPress = other.user("Otto Presse", Role.PRESS_OFFICE);
        String token = bearer(mvc, otherPress.username(), TestOrganisation.PASSWORD);

        assertThat(mvc.get().uri(API + "/" + id).header(HttpHeaders.AUTHORIZATION, token)).hasStatus(404);
        assertThat(post(token, id, "approve", null)).hasStatus(404);
        assertThat(post(token, id, "request-information", json("message", "Wer sind Sie?"))).hasStatus(404);
        assertThat(mvc.get().uri("/pressestelle/akkreditierungen/" + id).cookie(login(otherPress))).hasStatus(404);
        assertThat(read(mvc.get().uri(API + "?status=PENDING").header(HttpHeaders.AUTHORIZATION, token).exchange())
                .get("total").asLong()).isZero();
        assertThat(accreditations.status(id)).isEqualTo(AccreditationStatus.PENDING);
    }

    private MvcTestResult post(String token, UUID id, String action, String body) {
        var request = mvc.post().uri(API + "/" + id + "/" + action).header(HttpHeaders.AUTHORIZATION, token);
        return body == null ? request.exchange() : request.contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }

    private Cookie login(CurrentUser user) {
        return WebTestSupport.login(mvc, user.username(), TestOrganisation.PASSWORD);
    }
}
