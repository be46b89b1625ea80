package de.lagezentrum.live.polls.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import de.lagezentrum.IntegrationTest;
import de.lagezentrum.PdfUa;
import de.lagezentrum.WebTestSupport;
import de.lagezentrum.live.EventView;
import de.lagezentrum.live.JoinPolicy;
import de.lagezentrum.live.Joined;
import de.lagezentrum.live.LivePolls;
import de.lagezentrum.live.PollBallot;
import de.lagezentrum.live.PollDetails;
import de.lagezentrum.live.PollType;
import de.lagezentrum.live.PollView;
import de.lagezentrum.live.PollVisibility;
import de.lagezentrum.live.TestLive;
import de.lagezentrum.live.TestLive.Hosts;
import de.lagezentrum.organisation.TestOrganisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The polls' pages without JavaScript: a participant votes by a plain form and comes back to the event's
 * page with the vote shown, a bad or late vote says why; the team prepares and opens a poll by form and
 * exports its results as CSV (UTF-8 with BOM, semicolons, formulas neutralised) and as PDF/UA.
 */
@IntegrationTest
class PollPageWebTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestLive fixtures;

    @Autowired
    LivePolls polls;

    Hosts hosts;
    EventView event;
    Joined joined;
    Cookie participant;

    @BeforeEach
    void event() {
        hosts = fixtures.hosts("Formularstadt");
        event = fixtures.running(hosts, "Formulartag", JoinPolicy.ANONYMOUS);
        joined = fixtures.join(event, null);
        participant = new Cookie("LZ_PARTICIPANT", joined.participantToken());
    }

    @Test
    void aParticipantVotesByFormAndSeesTheVoteAndTheResults() {
        PollView poll = open(PollType.SINGLE, PollVisibility.LIVE, List.of("Ja", "Nein"));
        String uri = "/live/" + event.id() + "/polls/" + poll.id() + "/vote";
        MvcTestResult voted = mvc.post().uri(uri).cookie(participant).with(csrf())
                .param("optionIds", poll.options().get(0).id().toString()).exchange();
        assertThat(voted).hasStatus3xxRedirection();
        String back = voted.getResponse().getRedirectedUrl();
        assertThat(back).startsWith("/live/" + event.id() + "?voted=" + poll.id()).endsWith("#poll-" + poll.id());

        Document page = Jsoup.parse(body(mvc.get().uri(back.substring(0, back.indexOf('#'))).cookie(participant).exchange()));
        assertThat(page.select("#poll-" + poll.id() + " .notice").text()).isEqualTo("Ihre Stimme ist gezählt.");
        assertThat(page.select("#option-" + poll.options().get(0).id()).hasAttr("checked")).isTrue();
        assertThat(page.select("#poll-" + poll.id() + " table tbody tr").get(0).select("td").get(0).text()).isEqualTo("1");

        String failed = mvc.post().uri(uri).cookie(participant).with(csrf()).exchange().getResponse().getRedirectedUrl();
        Document again = Jsoup.parse(body(mvc.get().uri(failed.substring(0, failed.indexOf('#'))).cookie(participant)
                .exchange()));
        assertThat(again.select("#poll-" + poll.id() + " .notice--error").text()).isEqualTo("Wählen Sie genau eine Antwort.");

        polls.close(hosts.host(), poll.id());
        String late = mvc.post().uri(uri).cookie(participant).with(csrf())
                .param("optionIds", poll.options().get(1).id().toString()).exchange().getResponse().getRedirectedUrl();
        assertThat(late).contains("reason=live.poll.not-open");
        assertThat(polls.results(hosts.host(), poll.id()).options().get(1).count()).isZero();
        // A made-up reason in the query shows the general message, not an arbitrary text.
        Document forged = Jsoup.parse(body(mvc.get().uri("/live/" + event.id() + "?failed=" + poll.id()
                + "&reason=nav.events").cookie(participant).exchange()));
        assertThat(forged.select("#poll-" + poll.id() + " .notice--error").text()).contains("nicht gespeichert");
    }

    @Test
    void theHostPreparesAndOpensByFormAndExportsCsvAndPdf() throws Exception {
        Cookie session = WebTestSupport.login(mvc, hosts.host().username(), TestOrganisation.PASSWORD);
        assertThat(mvc.post().uri("/events/" + event.id() + "/polls").cookie(session).with(csrf())
                .param("question", "Was zuerst?").param("type", "SINGLE").param("options", "=Akte\r\nTeams; Chat\r\n")
                .param("visibility", "HIDDEN").exchange()).hasStatus3xxRedirection();
        PollView poll = polls.polls(hosts.host(), event.id()).get(0);
        assertThat(poll.options()).extracting(option -> option.label()).containsExactly("=Akte", "Teams; Chat");
        assertThat(mvc.post().uri("/events/" + event.id() + "/polls").cookie(session).with(csrf())
                .param("question", "Leer?").param("type", "SINGLE").exchange()).hasStatus3xxRedirection();
        assertThat(polls.polls(hosts.host(), event.id())).hasSize(1);

        assertThat(mvc.post().uri("/events/" + event.id() + "/polls/" + poll.id() + "/open").cookie(session).with(csrf())
                .exchange()).hasStatus3xxRedirection();
        polls.vote(joined.participant(), poll.id(), new PollBallot(List.of(poll.options().get(1).id()), null, null)).join();
        Document console = Jsoup.parse(body(mvc.get().uri("/events/" + event.id() + "/polls").cookie(session).exchange()));
        assertThat(console.select("#poll-" + poll.id() + " table tbody tr").get(1).text()).contains("Teams; Chat", "1", "100");
        // Hidden: the participant's page has no count of it.
        Document audience = Jsoup.parse(body(mvc.get().uri("/live/" + event.id()).cookie(participant).exchange()));
        assertThat(audience.select("#poll-" + poll.id() + " table")).isEmpty();
        assertThat(audience.select("#poll-" + poll.id()).text()).contains("sobald das Team sie freigibt");

        MvcTestResult csv = mvc.get().uri("/events/" + event.id() + "/polls/" + poll.id() + "/results.csv").cookie(session)
                .exchange();
        assertThat(csv).hasStatusOk();
        assertThat(csv.getResponse().getContentType()).startsWith("text/csv");
        String text = new String(csv.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFFrage;Was zuerst?\r\n").contains("Abgegebene Stimmen;1\r\n")
                .contains("'=Akte;0;0\r\n").contains("\"Teams; Chat\";1;100\r\n");

        MvcTestResult pdf = mvc.get().uri("/events/" + event.id() + "/polls/" + poll.id() + "/results.pdf").cookie(session)
                .exchange();
        assertThat(pdf).hasStatusOk();
        PdfUa.assertConforms(pdf.getResponse().getContentAsByteArray());

        // Exports are the team's: a participant's cookie or another event's path finds nothing.
        assertThat(mvc.get().uri("/events/" + event.id() + "/polls/" + poll.id() + "/results.csv").cookie(participant)
                .exchange().getResponse().getStatus()).isNotEqualTo(200);
        EventView other = fixtures.running(hosts, "Anderer Tag", JoinPolicy.ANONYMOUS);
        assertThat(mvc.get().uri("/events/" + other.id() + "/polls/" + poll.id() + "/results.csv").cookie(session)
                .exchange()).hasStatus(404);
    }

    private PollView open(PollType type, PollVisibility visibility, List<String> options) {
        PollView poll = polls.create(hosts.host(), event.id(), new PollDetails("Weiter so?", type, options, null, null,
                null, null, visibility));
        return polls.open(hosts.host(), poll.id());
    }

    private static String body(MvcTestResult result) {
        assertThat(result).hasStatusOk();
        try {
            return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        }
        catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
