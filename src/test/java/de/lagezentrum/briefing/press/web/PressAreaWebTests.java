package de.lagezentrum.briefing.press.web;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import de.lagezentrum.IntegrationTest;
import de.lagezentrum.briefing.BriefingManagement;
import de.lagezentrum.briefing.BriefingPublications;
import de.lagezentrum.briefing.BriefingSeriesManagement;
import de.lagezentrum.briefing.BriefingView;
import de.lagezentrum.briefing.NewBriefing;
import de.lagezentrum.briefing.NewPressRelease;
import de.lagezentrum.briefing.PressArea;
import de.lagezentrum.briefing.PressReleaseView;
import de.lagezentrum.briefing.PressReleases;
import de.lagezentrum.organisation.PeopleManagement;
import de.lagezentrum.platform.TenantDirectory;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.security.PublicPageChanged;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The public press area of the installation's first municipality, read without a session: a briefing's
 * page exists only while it is published, press releases only while public, script in titles, texts and
 * summaries is escaped on the pages and in the feed, and every page carries ETag and shared caching, with
 * the server's copy dropped as soon as something is published.
 */
@IntegrationTest
class PressAreaWebTests {

    static final String SCRIPT = "<script>alert('x')</script>";
    /** The smallest MP4 the file store recognises: an {@code ftyp} box with the ISO brand. */
    static final byte[] MP4 = {0, 0, 0, 24, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0, 'i', 's', 'o', 'm',
            'i', 's', 'o', '2', 0, 0, 0, 8, 'f', 'r', 'e', 'e'};

    @Autowired
    MockMvcTester mvc;

    @Autowired
    BriefingManagement briefings;

    @Autowired
    BriefingSeriesManagement series;

    @Autowired
    BriefingPublications publications;

    @Autowired
    PressReleases releases;

    @Autowired
    PressArea area;

    @Autowired
    PeopleManagement people;

    @Autowired
    TenantDirectory tenants;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    @Qualifier("administratorJdbc")
    JdbcClient administrator;

    @Autowired
    Clock clock;

    CurrentUser press;
    CurrentUser lead;

    /** The press office of the installation's first municipality, once its demo data is in place. */
    @BeforeEach
    void pressOfficeOfTheFirstMunicipality() {
        UUID first = tenants.defaultTenantId();
        press = people.actingAs(first, "presse").orElseThrow();
        lead = people.actingAs(first, "stabsleitung").orElseThrow();
        await().atMost(Duration.ofSeconds(30)).until(() -> series.allSeries(press).stream()
                .anyMatch(each -> each.title().equals("Pressebriefing zur Lage")));
    }

    @Test
    void aBriefingsPageIsThereOnlyWhilePublishedAndEscapesScript() throws Exception {
        BriefingView held = plan("Lagebriefing " + SCRIPT + " " + UUID.randomUUID(), Duration.ofDays(-2));
        String path = "/presse/briefings/" + held.id();
        assertThat(mvc.get().uri(path)).hasStatus(404);

        publications.publish(press, held.id(), "Die **Turnhalle** ist offen. " + SCRIPT);

        MvcTestResult page = mvc.get().uri(path).exchange();
        assertThat(page).hasStatusOk();
        assertThat(page.getResponse().getHeaders(HttpHeaders.SET_COOKIE)).isEmpty();
        assertThat(page.getRequest().getSession(false)).isNull();
        assertThat(page.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("max-age=60, public");
        String html = page.getResponse().getContentAsString();
        assertThat(html).contains("<strong>Turnhalle</strong>", "&lt;script&gt;alert(")
                .doesNotContain(SCRIPT, "meet.example")
                .contains("id=\"summary\"", "aria-labelledby=\"summary-heading\"");
        assertThat(publications.isPublished(tenants.defaultTenantId(), held.id())).isTrue();

        publications.withdraw(press, held.id(), "Falsche Zahlen");

        assertThat(mvc.get().uri(path)).hasStatus(404);
        assertThat(publications.isPublished(tenants.defaultTenantId(), held.id())).isFalse();
        assertThat(mvc.get().uri("/presse/briefings/" + UUID.randomUUID())).hasStatus(404);
        // a guessed address that is no id finds nothing as well, for briefings and releases alike
        assertThat(mvc.get().uri("/presse/briefings/1")).hasStatus(404);
        assertThat(mvc.get().uri("/presse/briefings/" + held.id().toString().toUpperCase())).hasStatus(404);
        assertThat(mvc.get().uri("/presse/mitteilungen/neu")).hasStatus(404);
    }

    @Test
    void theFrontPageAnswers304UntilSomethingIsPublishedAndThenShowsItAtOnce() throws Exception {
        BriefingView upcoming = plan("Nächstes Briefing " + UUID.randomUUID(), Duration.ofDays(3));
        MvcTestResult first = mvc.get().uri("/presse").exchange();
        assertThat(first).hasStatusOk();
        String etag = first.getResponse().getHeader(HttpHeaders.ETAG);
        assertThat(etag).isNotBlank();
        assertThat(first.getResponse().getHeader(HttpHeaders.VARY)).contains("Cookie");
        assertThat(first.getResponse().getContentAsString()).contains(upcoming.title(), "/presse/briefings.ics",
                "/presse/akkreditierung", "/presse/leichte-sprache", "/presse/gebaerdensprache", "/presse/feed.atom");
        assertThat(mvc.get().uri("/presse").header(HttpHeaders.IF_NONE_MATCH, etag)).hasStatus(304);

        PressReleaseView release = releases.draft(press, new NewPressRelease("Mitteilung " + SCRIPT + UUID.randomUUID(),
                "Text", null, 0));
        assertThat(mvc.get().uri("/presse").header(HttpHeaders.IF_NONE_MATCH, etag)).hasStatus(304);
        releases.publish(press, release.id());

        MvcTestResult changed = mvc.get().uri("/presse").header(HttpHeaders.IF_NONE_MATCH, etag).exchange();
        assertThat(changed).hasStatusOk();
        assertThat(changed.getResponse().getHeader(HttpHeaders.ETAG)).isNotEqualTo(etag);
        String html = changed.getResponse().getContentAsString();
        assertThat(html).contains("/presse/mitteilungen/" + release.id(), "Mitteilung &lt;script&gt;")
                .doesNotContain(SCRIPT);
    }

    @Test
    void aPressReleaseIsPublicOnlyWhilePublishedWithScriptEscaped() throws Exception {
        PressReleaseView draft = releases.draft(press, new NewPressRelease("Turnhalle " + SCRIPT,
                "Ab **heute** offen. <img src=x onerror=alert(1)> [Klick](javascript:alert(2))", null, 0));
        String path = "/presse/mitteilungen/" + draft.id();
        assertThat(mvc.get().uri(path)).hasStatus(404);

        releases.publish(press, draft.id());

        MvcTestResult page = mvc.get().uri(path).exchange();
        assertThat(page).hasStatusOk();
        assertThat(page.getResponse().getHeader(HttpHeaders.ETAG)).isNotBlank();
        assertThat(page.getResponse().getContentAsString()).contains("<strong>heute</strong>", "Turnhalle &lt;script&gt;")
                .doesNotContain(SCRIPT, "<img src=x", "javascript:alert");

        releases.withdraw(press, draft.id(), "Termin verschoben");

        assertThat(mvc.get().uri(path)).hasStatus(404);
    }

    @Test
    void theFeedCarriesPublishedBriefingsAndReleasesEscapedAndAnswers304() throws Exception {
        BriefingView held = plan("Feedbriefing " + SCRIPT + " " + UUID.randomUUID(), Duration.ofDays(-1));
        publications.publish(press, held.id(), "Zusammenfassung " + SCRIPT);
        PressReleaseView release = releases.publish(press, releases.draft(press,
                new NewPressRelease("Feedmitteilung " + SCRIPT + " & Co " + UUID.randomUUID(), "**Text**", null, 0)).id());
        PressReleaseView draft = releases.draft(press, new NewPressRelease("Entwurf " + UUID.randomUUID(), "Text", null, 0));

        MvcTestResult result = mvc.get().uri("/presse/feed.atom").exchange();

        assertThat(result).hasStatusOk();
        assertThat(result.getResponse().getContentType()).startsWith("application/atom+xml");
        String xml = result.getResponse().getContentAsString();
        assertThat(xml).doesNotContain("<script").doesNotContain(draft.title());
        Document atom = parse(xml);
        Element briefingEntry = entry(atom, "urn:uuid:" + held.id());
        assertThat(text(briefingEntry, "title")).isEqualTo(held.title());
        assertThat(((Element) briefingEntry.getElementsByTagNameNS(ATOM, "link").item(0)).getAttribute("href"))
                .endsWith("/presse/briefings/" + held.id()).startsWith("http");
        assertThat(text(briefingEntry, "content")).contains("&lt;script&gt;").doesNotContain("<script");
        Element releaseEntry = entry(atom, "urn:uuid:" + release.id());
        assertThat(text(releaseEntry, "title")).isEqualTo(release.title());
        assertThat(text(releaseEntry, "content")).contains("<strong>Text</strong>");
        assertThat(text(releaseEntry, "updated")).isNotBlank();

        String etag = result.getResponse().getHeader(HttpHeaders.ETAG);
        assertThat(mvc.get().uri("/presse/feed.atom").header(HttpHeaders.IF_NONE_MATCH, etag)).hasStatus(304);
        releases.withdraw(press, release.id(), "Zurückgezogen");
        assertThat(mvc.get().uri("/presse/feed.atom").exchange().getResponse().getContentAsString())
                .doesNotContain(release.id().toString());
    }

    @Test
    void theSignLanguagePageSaysAVideoIsBeingPreparedUntilOneIsUploadedThenPlaysIt() throws Exception {
        administrator.sql("DELETE FROM briefing.sign_language_video WHERE tenant_id = ?")
                .param(tenants.defaultTenantId()).update();
        events.publishEvent(new PublicPageChanged("/presse/**"));
        String preparing = mvc.get().uri("/presse/gebaerdensprache").exchange().getResponse().getContentAsString();
        assertThat(preparing).contains("wird gerade vorbereitet").doesNotContain("<video");
        assertThat(mvc.get().uri("/presse/gebaerdensprache/video/" + UUID.randomUUID())).hasStatus(404);

        UUID file = area.uploadSignLanguageVideo(press, new MockMultipartFile("video", "dgs.mp4", "video/mp4", MP4))
                .fileId();

        MvcTestResult page = mvc.get().uri("/presse/gebaerdensprache").exchange();
        String video = "/presse/gebaerdensprache/video/" + file;
        assertThat(page.getResponse().getContentAsString()).contains("<video controls", video, "video/mp4");
        MvcTestResult played = mvc.get().uri(video).exchange();
        assertThat(played).hasStatusOk();
        assertThat(played.getResponse().getContentAsByteArray()).isEqualTo(MP4);
        MvcTestResult range = mvc.get().uri(video).header(HttpHeaders.RANGE, "bytes=4-7").exchange();
        assertThat(range).hasStatus(206);
        assertThat(new String(range.getResponse().getContentAsByteArray(), StandardCharsets.US_ASCII)).isEqualTo("ftyp");
        // A replaced video's address answers 404: only the current one is public.
        area.uploadSignLanguageVideo(press, new MockMultipartFile("video", "dgs-neu.mp4", "video/mp4", MP4));
        assertThat(mvc.get().uri(video)).hasStatus(404);
    }

    @Test
    void theEasyLanguagePageExplainsTheAreaAndLinksSignLanguage() throws Exception {
        MvcTestResult page = mvc.get().uri("/presse/leichte-sprache").exchange();

        assertThat(page).hasStatusOk();
        assertThat(page.getResponse().getHeader(HttpHeaders.ETAG)).isNotBlank();
        assertThat(page.getResponse().getContentAsString()).contains("Was ist ein Medien-Briefing?", "Schwere Wörter",
                "/presse/gebaerdensprache");
    }

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private BriefingView plan(String title, Duration fromNow) {
        Instant start = clock.instant().plus(fromNow).truncatedTo(ChronoUnit.MINUTES);
        return briefings.plan(press, new NewBriefing(title, "Lage", start, start.plus(Duration.ofHours(1)),
                press.personId(), List.of(lead.personId()), null, "https://meet.example/geheim", null));
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static Element entry(Document atom, String id) {
        NodeList entries = atom.getElementsByTagNameNS(ATOM, "entry");
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            if (text(entry, "id").equals(id)) {
                return entry;
            }
        }
        throw new AssertionError("No entry " + id);
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagNameNS(ATOM, name).item(0).getTextContent();
    }
}
