package de.lagezentrum.live.events.web;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.UUID;

import javax.imageio.ImageIO;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import de.lagezentrum.IntegrationTest;
import de.lagezentrum.WebTestSupport;
import de.lagezentrum.live.EventView;
import de.lagezentrum.live.JoinPolicy;
import de.lagezentrum.live.LiveEvents;
import de.lagezentrum.live.TeamRole;
import de.lagezentrum.live.TestLive;
import de.lagezentrum.live.TestLive.Hosts;
import de.lagezentrum.organisation.TestOrganisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The pages of live events as plain forms: joining by code (a wrong code sets no cookie; the cookie is
 * HttpOnly, SameSite=Lax and scoped to the event's pages), the participant page without a cookie, an
 * event for city accounts, the host's form with its refusals, more agenda rows and a stale version, the
 * QR downloads, cancelling, the team, the presenter view, and CSRF on the forms.
 */
@IntegrationTest
class EventPageWebTests {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestLive fixtures;

    @Autowired
    LiveEvents events;

    @Autowired
    Clock clock;

    Hosts hosts;
    Cookie host;

    @BeforeEach
    void host() {
        hosts = fixtures.hosts("Seitenstadt");
        host = WebTestSupport.login(mvc, hosts.host().username(), TestOrganisation.PASSWORD);
    }

    @Test
    void aWrongCodeShowsTheErrorAndSetsNoCookie() {
        MvcTestResult wrong = mvc.post().uri("/join").with(csrf()).param("code", "zzzz-zzzz").exchange();
        assertThat(wrong).hasStatusOk();
        assertThat(wrong.getResponse().getHeaders(HttpHeaders.SET_COOKIE))
                .noneMatch(header -> header.startsWith(ParticipantCookie.NAME));
        Document page = parse(wrong);
        assertThat(page.select(".error-summary").text()).contains("Zu diesem Code gibt es keine Veranstaltung");
        assertThat(page.select("#code").attr("aria-invalid")).isEqualTo("true");
    }

    @Test
    void joiningSetsAnHttpOnlyLaxCookieForTheEventsPagesAndLeadsThere() {
        EventView event = fixtures.running(hosts, "Kekstag", JoinPolicy.ANONYMOUS);
        String typed = event.joinCode().substring(0, 4).toLowerCase() + "-" + event.joinCode().substring(4).toLowerCase();
        MvcTestResult joined = mvc.post().uri("/join").with(csrf()).param("code", typed)
                .param("displayName", "Anna Amt").exchange();
        assertThat(joined).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/live/" + event.id());
        String header = joined.getResponse().getHeaders(HttpHeaders.SET_COOKIE).stream()
                .filter(value -> value.startsWith(ParticipantCookie.NAME + "=")).findFirst().orElseThrow();
        assertThat(header).contains("HttpOnly").contains("SameSite=Lax").contains("Path=/live/" + event.id());
        Cookie cookie = joined.getResponse().getCookie(ParticipantCookie.NAME);
        MvcTestResult page = mvc.get().uri("/live/" + event.id()).cookie(cookie).exchange();
        assertThat(page).hasStatusOk();
        assertThat(page).bodyText().contains("Sie nehmen als Anna Amt teil.").contains("Die Verwaltung von morgen");
    }

    @Test
    void theParticipantPageWithoutCookieLeadsToTheJoinPage() {
        EventView event = fixtures.running(hosts, "Ohne Keks", JoinPolicy.ANONYMOUS);
        assertThat(mvc.get().uri("/live/" + event.id()).exchange()).hasStatus3xxRedirection().redirectedUrl()
                .isEqualTo("/join");
        assertThat(mvc.get().uri("/live/" + event.id()).cookie(new Cookie(ParticipantCookie.NAME, "kein.token"))
                .exchange()).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/join");
    }

    @Test
    void anEventForCityAccountsAsksToSignIn() {
        EventView event = fixtures.running(hosts, "Nur intern", JoinPolicy.CITY_ACCOUNTS);
        MvcTestResult refused = mvc.post().uri("/join").with(csrf()).param("code", event.joinCode()).exchange();
        assertThat(refused).hasStatusOk();
        assertThat(refused.getResponse().getHeaders(HttpHeaders.SET_COOKIE))
                .noneMatch(header -> header.startsWith(ParticipantCookie.NAME));
        Document page = parse(refused);
        assertThat(page.select(".error-summary").text()).contains("nur für Beschäftigte der Stadt");
        assertThat(page.select("a[href=/login]").text()).isEqualTo("Mit dem Konto der Stadt anmelden");

        Cookie employee = WebTestSupport.login(mvc, hosts.employee().username(), TestOrganisation.PASSWORD);
        assertThat(mvc.post().uri("/join").cookie(employee).with(csrf()).param("code", event.joinCode()).exchange())
                .hasStatus3xxRedirection().redirectedUrl().isEqualTo("/live/" + event.id());
    }

    @Test
    void csrfIsEnforcedOnJoiningWithASessionAndOnLeaving() {
        EventView event = fixtures.running(hosts, "Tokenschutz", JoinPolicy.ANONYMOUS);
        Cookie employee = WebTestSupport.login(mvc, hosts.employee().username(), TestOrganisation.PASSWORD);
        assertThat(mvc.post().uri("/join").cookie(employee).param("code", event.joinCode()).exchange())
                .hasStatus(403);
        Cookie participant = new Cookie(ParticipantCookie.NAME, fixtures.join(event, null).participantToken());
        assertThat(mvc.post().uri("/live/" + event.id() + "/leave").cookie(participant).exchange()).hasStatus(403);
        MvcTestResult left = mvc.post().uri("/live/" + event.id() + "/leave").cookie(participant).with(csrf())
                .exchange();
        assertThat(left).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/join");
        assertThat(left.getResponse().getHeaders(HttpHeaders.SET_COOKIE))
                .anyMatch(header -> header.startsWith(ParticipantCookie.NAME + "=;") && header.contains("Max-Age=0"));
    }

    @Test
    void theHostCreatesAnEventThroughTheFormAfterFixingWhatItRefused() {
        LocalDate day = LocalDate.now(clock.withZone(BERLIN)).plusDays(10);
        MvcTestResult refused = mvc.post().uri("/events/new").cookie(host).with(csrf()).param("eventTitle", " ")
                .param("date", day.toString()).param("startTime", "10:00").param("endTime", "09:00")
                .param("agenda[0].kind", "KEYNOTE").param("agenda[0].speaker", "Dr. Eva Beispiel").exchange();
        assertThat(refused).hasStatusOk();
        Document form = parse(refused);
        assertThat(form.select(".error-summary a").eachAttr("href"))
                .contains("#eventTitle", "#endTime", "#agenda[0].title");
        assertThat(form.getElementById("agenda[0].speaker").val()).isEqualTo("Dr. Eva Beispiel");
        assertThat(form.select("fieldset.agenda-row")).hasSize(4);
        assertThat(events.myEvents(hosts.host())).isEmpty();

        MvcTestResult more = mvc.post().uri("/events/new").cookie(host).with(csrf()).param("eventTitle", "")
                .param("more", "true").param("agenda[0].title", "Begrüßung").exchange();
        Document longer = parse(more);
        assertThat(longer.select(".error-summary")).isEmpty();
        assertThat(longer.select("fieldset.agenda-row")).hasSize(4);
        assertThat(longer.getElementById("agenda[0].title").val()).isEqualTo("Begrüßung");

        MvcTestResult created = mvc.post().uri("/events/new").cookie(host).with(csrf())
                .param("eventTitle", "Amtsleitungstag").param("date", day.toString()).param("startTime", "09:00")
                .param("endTime", "16:00").param("joinPolicy", "NAMED").param("qaMode", "OPEN")
                .param("blogPosting", "HOSTS").param("blockedWords", "Mist, Quatsch\nUnsinn")
                .param("agenda[0].kind", "KEYNOTE").param("agenda[0].title", "Die Verwaltung von morgen")
                .param("agenda[0].speaker", "Dr. Eva Beispiel").param("agenda[0].startTime", "09:30")
                .param("agenda[0].endTime", "10:15").param("agenda[1].title", "").exchange();
        EventView event = events.myEvents(hosts.host()).get(0);
        assertThat(created).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/events/" + event.id());
        assertThat(event.start()).isEqualTo(day.atTime(9, 0).atZone(BERLIN).toInstant());
        assertThat(event.joinPolicy()).isEqualTo(JoinPolicy.NAMED);
        assertThat(event.blockedWords()).containsExactly("mist", "quatsch", "unsinn");
        assertThat(event.agenda()).hasSize(1);
        assertThat(event.agenda().get(0).start()).isEqualTo(day.atTime(9, 30).atZone(BERLIN).toInstant());
    }

    @Test
    void aStaleVersionIsShownAsAMessageAndChangesNothing() {
        EventView event = fixtures.running(hosts, "Versionsseite", JoinPolicy.ANONYMOUS);
        Document edit = parse(mvc.get().uri("/events/" + event.id() + "/edit").cookie(host).exchange());
        assertThat(edit.getElementById("eventTitle").val()).isEqualTo("Versionsseite");
        assertThat(edit.getElementById("agenda[0].title").val()).isEqualTo("Die Verwaltung von morgen");
        events.update(hosts.host(), event.id(), new de.lagezentrum.live.EventDetails("Inzwischen", null, event.start(),
                event.end(), event.joinPolicy(), event.qaMode(), event.blogPosting(), event.blockedWords(),
                event.agenda()), event.version());
        var local = event.start().atZone(BERLIN);
        MvcTestResult stale = mvc.post().uri("/events/" + event.id() + "/edit").cookie(host).with(csrf())
                .param("version", String.valueOf(event.version())).param("eventTitle", "Meine Fassung")
                .param("date", local.toLocalDate().toString()).param("startTime", local.toLocalTime().toString())
                .param("endTime", "23:59").exchange();
        assertThat(stale).hasStatusOk();
        assertThat(parse(stale).select(".error-summary").text()).contains("inzwischen geändert");
        assertThat(events.event(hosts.host(), event.id()).title()).isEqualTo("Inzwischen");
    }

    @Test
    void theQrCodesAreAPngAndAnSvgWithTheJoinLink() throws Exception {
        EventView event = fixtures.running(hosts, "QR-Tag", JoinPolicy.ANONYMOUS);
        MvcTestResult png = mvc.get().uri("/events/" + event.id() + "/qr.png").cookie(host).exchange();
        assertThat(png).hasStatusOk().hasContentType("image/png");
        byte[] bytes = png.getResponse().getContentAsByteArray();
        assertThat(Arrays.copyOf(bytes, 8)).containsExactly(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
        assertThat(image.getWidth()).isEqualTo(image.getHeight()).isGreaterThan(200);

        MvcTestResult svg = mvc.get().uri("/events/" + event.id() + "/qr.svg").cookie(host).exchange();
        assertThat(svg).hasStatusOk();
        assertThat(svg.getResponse().getContentType()).startsWith("image/svg+xml");
        assertThat(svg.getResponse().getContentAsString())
                .contains("aria-label=\"http://localhost/join/" + event.joinCode() + "\"").contains("role=\"img\"");
        Cookie employee = WebTestSupport.login(mvc, hosts.employee().username(), TestOrganisation.PASSWORD);
        assertThat(mvc.get().uri("/events/" + event.id() + "/qr.png").cookie(employee).exchange()).hasStatus(404);
    }

    @Test
    void cancellingWantsTheConfirmation() {
        EventView event = fixtures.running(hosts, "Absageseite", JoinPolicy.ANONYMOUS);
        assertThat(mvc.post().uri("/events/" + event.id() + "/cancel").cookie(host).with(csrf()).exchange())
                .hasStatus3xxRedirection();
        assertThat(events.event(hosts.host(), event.id()).cancelled()).isFalse();
        assertThat(mvc.post().uri("/events/" + event.id() + "/cancel").cookie(host).with(csrf())
                .param("confirmed", "true").param("version", String.valueOf(event.version())).exchange())
                .hasStatus3xxRedirection().redirectedUrl().isEqualTo("/events/" + event.id());
        assertThat(events.event(hosts.host(), event.id()).cancelled()).isTrue();
    }

    @Test
    void onlyTheHostSeesAndUsesTheTeamControls() {
        EventView event = fixtures.running(hosts, "Teamseite", JoinPolicy.ANONYMOUS);
        Document console = parse(mvc.get().uri("/events/" + event.id()).cookie(host).exchange());
        assertThat(console.select("#personId option").eachText()).contains("Erik Beschäftigt")
                .doesNotContain("Cem Cohost", "Hanna Host");
        assertThat(mvc.post().uri("/events/" + event.id() + "/team").cookie(host).with(csrf())
                .param("personId", hosts.employee().personId().toString()).param("role", "MODERATOR").exchange())
                .hasStatus3xxRedirection();
        assertThat(events.event(hosts.host(), event.id()).team()).anyMatch(member -> member.personId()
                .equals(hosts.employee().personId()) && member.role() == TeamRole.MODERATOR);

        Cookie coHost = WebTestSupport.login(mvc, hosts.coHost().username(), TestOrganisation.PASSWORD);
        Document theirs = parse(mvc.get().uri("/events/" + event.id()).cookie(coHost).exchange());
        assertThat(theirs.select("#personId")).isEmpty();
        assertThat(theirs.select("form[action$=/remove]")).isEmpty();
        assertThat(mvc.post().uri("/events/" + event.id() + "/team/" + hosts.employee().personId() + "/remove")
                .cookie(coHost).with(csrf()).exchange()).hasStatus(403);
        assertThat(mvc.post().uri("/events/" + event.id() + "/team/" + hosts.employee().personId() + "/remove")
                .cookie(host).with(csrf()).exchange()).hasStatus3xxRedirection();
        assertThat(events.event(hosts.host(), event.id()).team()).noneMatch(member -> member.personId()
                .equals(hosts.employee().personId()));
    }

    @Test
    void thePresenterViewShowsTheJoinInformationToTheTeamOnly() {
        EventView event = fixtures.running(hosts, "Beamertag", JoinPolicy.ANONYMOUS);
        Cookie moderator = WebTestSupport.login(mvc, hosts.moderator().username(), TestOrganisation.PASSWORD);
        Document presenter = parse(mvc.get().uri("/events/" + event.id() + "/presenter?show=questions")
                .cookie(moderator).exchange());
        assertThat(presenter.select("h1").text()).isEqualTo("Beamertag");
        assertThat(presenter.select("body").hasClass("presenter-view")).isTrue();
        assertThat(presenter.select(".presenter__code").first().text()).isEqualTo(event.joinCodeGrouped());
        assertThat(presenter.select(".presenter__qr svg").attr("aria-label")).contains(event.joinCodeGrouped());
        assertThat(presenter.select("#presenter-status").attr("aria-live")).isEqualTo("polite");
        assertThat(presenter.select("#presenter-live").attr("hx-get")).endsWith("?show=questions");
        assertThat(presenter.select("a[aria-current=page]").text()).isEqualTo("Top-Fragen zeigen");
        assertThat(presenter.select(".main-nav")).isEmpty();
        // What the team chose goes on the projector, nothing else; without a choice, both.
        assertThat(presenter.select("#questions-top")).hasSize(1);
        assertThat(presenter.select("#presenter-poll")).isEmpty();
        Document poll = parse(mvc.get().uri("/events/" + event.id() + "/presenter?show=poll").cookie(moderator)
                .exchange());
        assertThat(poll.select("#presenter-poll")).hasSize(1);
        assertThat(poll.select("#questions-top")).isEmpty();
        Document both = parse(mvc.get().uri("/events/" + event.id() + "/presenter").cookie(moderator).exchange());
        assertThat(both.select("#presenter-poll, #questions-top")).hasSize(2);

        Cookie employee = WebTestSupport.login(mvc, hosts.employee().username(), TestOrganisation.PASSWORD);
        assertThat(mvc.get().uri("/events/" + event.id() + "/presenter").cookie(employee).exchange()).hasStatus(404);
        assertThat(mvc.get().uri("/events/" + UUID.randomUUID() + "/presenter").cookie(host).exchange())
                .hasStatus(404);
    }

    private static Document parse(MvcTestResult result) {
        try {
            return Jsoup.parse(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        }
        catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
