package de.lagezentrum.briefing.press.web;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import de.lagezentrum.IntegrationTest;
import de.lagezentrum.briefing.BriefingMedia;
import de.lagezentrum.briefing.BriefingPublications;
import de.lagezentrum.briefing.BriefingSeriesManagement;
import de.lagezentrum.briefing.NewMedium;
import de.lagezentrum.briefing.NewSoundbite;
import de.lagezentrum.briefing.RecordingView;
import de.lagezentrum.briefing.SoundbiteView;
import de.lagezentrum.briefing.media.TestRecordings;
import de.lagezentrum.briefing.press.TestPublishedBriefings;
import de.lagezentrum.briefing.press.TestPublishedBriefings.Held;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.security.PublicPageChanged;

import static de.lagezentrum.briefing.press.TestPublishedBriefings.SCRIPT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A published briefing's public page with its recording, answers, O-Töne and press kit, and their files
 * under public addresses, read without a session: everything answers 404 unless the briefing is published and
 * the file belongs to it (guessed addresses included), files answer Range requests with 206 and carry ETag and
 * shared caching, and script in questions, answers, transcripts and titles stays text on the page and in the feed.
 */
@IntegrationTest
class PublicBriefingWebTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestPublishedBriefings fixtures;

    @Autowired
    BriefingPublications publications;

    @Autowired
    BriefingSeriesManagement series;

    @Autowired
    BriefingMedia media;

    @Autowired
    ApplicationEventPublisher events;

    CurrentUser press;

    @BeforeEach
    void demoDataInPlace() {
        press = fixtures.press();
        await().atMost(Duration.ofSeconds(30)).until(() -> series.allSeries(press).stream()
                .anyMatch(each -> each.title().equals("Pressebriefing zur Lage")));
    }

    @Test
    void thePageShowsRecordingAnswersOTonesAndPressKitWithScriptAsText() throws Exception {
        Held held = fixtures.published("Briefing mit Material");

        MvcTestResult page = mvc.get().uri(held.page()).exchange();

        assertThat(page).hasStatusOk();
        String html = page.getResponse().getContentAsString();
        assertThat(html).doesNotContain(SCRIPT, "<script>alert(1)")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", "&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("<div id=\"player-" + held.recording().id() + "\" class=\"player\">", "<audio controls",
                        "<track kind=\"captions\" srclang=\"de\" label=\"Deutsch\" src=\"" + held.recordingUrl()
                                + "/untertitel.vtt\" default",
                        "href=\"" + held.recordingUrl() + "?download=true\"")
                .contains("Guten Morgen aus dem Rathaus.", "<time>00:02</time>")
                .contains("Wie voll sind die Hallen?", "Zu 80 Prozent.", "Antwort von " + press.displayName())
                // the answer began 3 seconds after the recording started
                .contains("href=\"" + held.recordingUrl() + "#t=3\" data-seek=\"3\" data-player=\"player-"
                        + held.recording().id() + "\"", "Antwort im Mitschnitt ab 00:03 anhören")
                .contains("src=\"" + held.soundbiteUrl() + "\"", "href=\"" + held.soundbiteUrl() + "?download=true\"",
                        "Wörtlich &lt;script&gt;", "<dd>00:02</dd>")
                .contains("href=\"" + held.documentUrl() + "\"", "PDF, 1 KB")
                .contains("aria-labelledby=\"recording-heading\"", "aria-labelledby=\"answers-heading\"",
                        "aria-labelledby=\"soundbites-heading\"", "aria-labelledby=\"press-kit-heading\"");
        // the journalist's name stays with the press office
        assertThat(html).doesNotContain("Radio Musterstadt");
    }

    @Test
    void filesArePublicOnlyWhileTheBriefingIsPublished() throws Exception {
        Held held = fixtures.held("Unveröffentlicht");
        for (String url : urls(held)) {
            assertThat(mvc.get().uri(url)).as(url).hasStatus(404);
        }

        publications.publish(press, held.briefing().id(), "Zusammenfassung");

        for (String url : urls(held)) {
            assertThat(mvc.get().uri(url)).as(url).hasStatusOk();
        }

        publications.withdraw(press, held.briefing().id(), "Falsche Zahlen");

        for (String url : urls(held)) {
            assertThat(mvc.get().uri(url)).as(url).hasStatus(404);
        }
        assertThat(mvc.get().uri(held.page())).hasStatus(404);
    }

    @Test
    void guessedAddressesFindNothing() {
        Held published = fixtures.published("Veröffentlicht");
        Held other = fixtures.held("Anderes, unveröffentlicht");
        String page = published.page();

        // another briefing's ids under a published briefing
        assertThat(mvc.get().uri(page + "/mitschnitt/" + other.recording().id())).hasStatus(404);
        assertThat(mvc.get().uri(page + "/mitschnitt/" + other.recording().id() + "/untertitel.vtt")).hasStatus(404);
        assertThat(mvc.get().uri(page + "/o-toene/" + other.soundbite().id())).hasStatus(404);
        assertThat(mvc.get().uri(page + "/pressemappe/" + other.document().id())).hasStatus(404);
        // an O-Ton is no recording, a document no O-Ton
        assertThat(mvc.get().uri(page + "/mitschnitt/" + published.soundbite().id())).hasStatus(404);
        assertThat(mvc.get().uri(page + "/o-toene/" + published.recording().id())).hasStatus(404);
        assertThat(mvc.get().uri(page + "/o-toene/" + published.document().id())).hasStatus(404);
        // random and malformed ids
        for (String id : new String[] {UUID.randomUUID().toString(), "kein-uuid", "1", "' OR 1=1",
                published.recording().id().toString().toUpperCase().replace('-', 'x')}) {
            assertThat(mvc.get().uri(page + "/mitschnitt/" + id)).as(id).hasStatus(404);
            assertThat(mvc.get().uri(page + "/o-toene/" + id)).as(id).hasStatus(404);
            assertThat(mvc.get().uri(page + "/pressemappe/" + id)).as(id).hasStatus(404);
            assertThat(mvc.get().uri("/presse/briefings/" + id + "/mitschnitt/" + published.recording().id()))
                    .as(id).hasStatus(404);
        }
    }

    @Test
    void anOTonPlaysWithRangesAndDownloadsAsItsOwnFile() throws Exception {
        Held held = fixtures.published("Briefing mit O-Ton");

        MvcTestResult whole = mvc.get().uri(held.soundbiteUrl()).exchange();
        assertThat(whole).hasStatusOk().hasContentType("audio/wav");
        byte[] cut = whole.getResponse().getContentAsByteArray();
        assertThat(TestRecordings.header(cut).seconds()).isEqualTo(2.0);
        String etag = whole.getResponse().getHeader(HttpHeaders.ETAG);
        assertThat(etag).isNotBlank();
        assertThat(whole.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("max-age=60, public");
        assertThat(whole.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("inline");
        assertThat(whole.getResponse().getHeaders(HttpHeaders.SET_COOKIE)).isEmpty();

        MvcTestResult part = mvc.get().uri(held.soundbiteUrl()).header(HttpHeaders.RANGE, "bytes=0-99").exchange();
        assertThat(part).hasStatus(206);
        assertThat(part.getResponse().getHeader(HttpHeaders.CONTENT_RANGE)).isEqualTo("bytes 0-99/" + cut.length);
        assertThat(part.getResponse().getContentAsByteArray()).isEqualTo(Arrays.copyOf(cut, 100));
        assertThat(mvc.get().uri(held.soundbiteUrl()).header(HttpHeaders.IF_NONE_MATCH, etag)).hasStatus(304);

        MvcTestResult head = mvc.head().uri(held.soundbiteUrl()).exchange();
        assertThat(head).hasStatusOk();
        assertThat(head.getResponse().getHeader(HttpHeaders.CONTENT_LENGTH)).isEqualTo(Integer.toString(cut.length));

        MvcTestResult download = mvc.get().uri(held.soundbiteUrl() + "?download=true").exchange();
        assertThat(download.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment")
                .contains("o-ton-zur-belegung-script-alert-x-script.wav");
    }

    @Test
    void theRecordingAnswersRangesAndItsCaptionsAreWebVtt() throws Exception {
        Held held = fixtures.published("Briefing mit Mitschnitt");

        MvcTestResult part = mvc.get().uri(held.recordingUrl()).header(HttpHeaders.RANGE, "bytes=0-3").exchange();
        assertThat(part).hasStatus(206);
        assertThat(new String(part.getResponse().getContentAsByteArray(), StandardCharsets.US_ASCII)).isEqualTo("RIFF");
        assertThat(part.getResponse().getHeader(HttpHeaders.ETAG)).contains(held.recording().sha256());
        assertThat(mvc.head().uri(held.recordingUrl())).hasStatusOk();
        assertThat(mvc.get().uri(held.recordingUrl() + "?download=true").exchange().getResponse()
                .getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment").contains("mitschnitt-mitschnitt.wav");

        MvcTestResult captions = mvc.get().uri(held.recordingUrl() + "/untertitel.vtt").exchange();
        assertThat(captions).hasStatusOk();
        assertThat(captions.getResponse().getContentType()).startsWith("text/vtt");
        assertThat(captions.getResponse().getContentAsString(StandardCharsets.UTF_8)).startsWith("WEBVTT");

        MvcTestResult document = mvc.get().uri(held.documentUrl()).exchange();
        assertThat(document).hasStatusOk().hasContentType("application/pdf");
        assertThat(document.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment");
    }

    @Test
    void theFeedEntryLinksTheOTonesWithTheirTitlesEscaped() throws Exception {
        Held held = fixtures.published("Feed mit O-Ton");

        String xml = mvc.get().uri("/presse/feed.atom").exchange().getResponse().getContentAsString();

        assertThat(xml).doesNotContain("<script")
                .contains("rel=\"enclosure\" href=\"http://localhost" + held.soundbiteUrl() + "\" type=\"audio/wav\"")
                .contains("title=\"Zur Belegung &lt;script&gt;")
                // the entry's content is HTML in XML: the title is escaped twice
                .contains("&lt;a href=\"http://localhost" + held.soundbiteUrl() + "\"&gt;Zur Belegung &amp;lt;script&amp;gt;");
    }

    @Test
    void anOTonWithoutAFileOfItsOwnLeadsToItsRangeOfTheRecording() throws Exception {
        Held held = fixtures.published("Briefing mit MP3");
        RecordingView mp3 = media.uploadRecording(press, held.briefing().id(), new NewMedium("MP3-Mitschnitt", null, null),
                new ByteArrayInputStream(TestRecordings.mp3()), "mitschnitt.mp3");
        SoundbiteView range = media.defineSoundbite(press, mp3.id(), new NewSoundbite("Ausschnitt", null, 1, 2.5, null));
        assumeTrue(range.delivery() == SoundbiteView.Delivery.FRAGMENT, "ffmpeg is installed: the O-Ton is cut");
        events.publishEvent(new PublicPageChanged("/presse/**"));
        String recording = held.page() + "/mitschnitt/" + mp3.id();

        MvcTestResult address = mvc.get().uri(held.page() + "/o-toene/" + range.id()).exchange();

        assertThat(address).hasStatus(303);
        assertThat(address.getResponse().getHeader(HttpHeaders.LOCATION)).isEqualTo("http://localhost" + recording
                + "#t=1.000,2.500");
        assertThat(mvc.get().uri(held.page()).exchange().getResponse().getContentAsString())
                .contains("src=\"" + recording + "#t=1.000,2.500\"", "href=\"" + recording + "?download=true\"");
    }

    private static String[] urls(Held held) {
        return new String[] {held.recordingUrl(), held.recordingUrl() + "/untertitel.vtt", held.soundbiteUrl(),
                held.soundbiteUrl() + "?download=true", held.documentUrl()};
    }
}
