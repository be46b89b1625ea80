package de.lagezentrum.briefing.press.web;

import java.time.Duration;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.FlashMap;
import tools.jackson.databind.JsonNode;

import de.lagezentrum.ApiTestSupport;
import de.lagezentrum.IntegrationTest;
import de.lagezentrum.WebTestSupport;
import de.lagezentrum.briefing.BriefingManagement;
import de.lagezentrum.briefing.BriefingPublications;
import de.lagezentrum.briefing.BriefingView;
import de.lagezentrum.briefing.NewPressRelease;
import de.lagezentrum.briefing.PressArea;
import de.lagezentrum.briefing.PressReleaseStatus;
import de.lagezentrum.briefing.PressReleaseView;
import de.lagezentrum.briefing.PressReleases;
import de.lagezentrum.briefing.TestBriefings;
import de.lagezentrum.briefing.TestBriefings.PressOffice;
import de.lagezentrum.organisation.TestOrganisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The press office publishes and withdraws a briefing from its page and through the API, and writes,
 * previews, publishes and withdraws press releases: only held briefings, reasons required, refusals at
 * their fields, nothing written on a refusal, another municipality's briefing not found.
 */
@IntegrationTest
class PressOfficeWebTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestBriefings fixtures;

    @Autowired
    BriefingManagement briefings;

    @Autowired
    BriefingPublications publications;

    @Autowired
    PressReleases releases;

    @Autowired
    PressArea area;

    PressOffice office;
    Cookie press;

    @BeforeEach
    void pressOffice() {
        office = fixtures.pressOffice("Pressestadt");
        press = WebTestSupport.login(mvc, office.press().username(), TestOrganisation.PASSWORD);
    }

    @Test
    void theBriefingPagePublishesAHeldBriefingAndWithdrawsItWithAReason() throws Exception {
        BriefingView held = fixtures.plan(office, "Briefing Hochwasser", Duration.ofDays(-1));
        String page = "/briefings/" + held.id();

        FlashMap refused = mvc.post().uri(page + "/publish").cookie(press).with(csrf()).param("summary", "  ")
                .exchange().getMvcResult().getFlashMap();
        Document form = page(page, refused);
        assertThat(form.selectFirst("#summary").attr("aria-invalid")).isEqualTo("true");
        assertThat(form.selectFirst("#summary").attr("aria-describedby")).isEqualTo("summary-hint summary-error");
        assertThat(form.selectFirst("#summary-error").text()).contains("Bitte füllen Sie dieses Feld aus");
        assertThat(publications.publication(office.press(), held.id())).isEmpty();

        MvcTestResult published = mvc.post().uri(page + "/publish").cookie(press).with(csrf())
                .param("summary", "Pegel **sinkt**.").exchange();
        assertThat(published).hasStatus3xxRedirection();
        Document shown = page(page, published.getMvcResult().getFlashMap());
        assertThat(shown.select("#publication-heading ~ p .badge").text()).isEqualTo("öffentlich");
        assertThat(shown.select("a[href=/presse/briefings/" + held.id() + "]")).hasSize(1);
        assertThat(shown.selectFirst("#summary").text()).isEqualTo("Pegel **sinkt**.");
        assertThat(briefings.briefing(office.press(), held.id()).publishedAt()).isNotNull();

        FlashMap noReason = mvc.post().uri(page + "/withdraw").cookie(press).with(csrf()).param("reason", "")
                .exchange().getMvcResult().getFlashMap();
        assertThat(page(page, noReason).selectFirst("#withdraw-reason").attr("aria-invalid")).isEqualTo("true");
        assertThat(publications.publication(office.press(), held.id()).orElseThrow().isPublic()).isTrue();

        mvc.post().uri(page + "/withdraw").cookie(press).with(csrf()).param("reason", "Falscher Pegelstand").exchange();
        assertThat(publications.publication(office.press(), held.id()).orElseThrow().withdrawReason())
                .isEqualTo("Falscher Pegelstand");
        assertThat(briefings.briefing(office.press(), held.id()).publishedAt()).isNull();
        assertThat(page(page, new FlashMap()).select("main").text()).contains("zurückgezogen", "Falscher Pegelstand");
    }

    @Test
    void aBriefingThatHasNotEndedOrIsCancelledCannotBePublished() throws Exception {
        BriefingView upcoming = fixtures.plan(office, "Kommendes Briefing", Duration.ofDays(2));
        String page = "/briefings/" + upcoming.id();
        assertThat(page(page, new FlashMap()).select("form[action$=/publish]")).isEmpty();

        FlashMap refused = mvc.post().uri(page + "/publish").cookie(press).with(csrf()).param("summary", "Zu früh")
                .exchange().getMvcResult().getFlashMap();
        assertThat(refused.get("publishError")).isEqualTo("press.publish.not-held");
        assertThat(publications.publication(office.press(), upcoming.id())).isEmpty();

        BriefingView cancelled = fixtures.plan(office, "Abgesagtes Briefing", Duration.ofDays(-3));
        briefings.cancel(office.press(), cancelled.id(), "Sturm");
        FlashMap off = mvc.post().uri("/briefings/" + cancelled.id() + "/publish").cookie(press).with(csrf())
                .param("summary", "Gab es nicht").exchange().getMvcResult().getFlashMap();
        assertThat(off.get("publishError")).isEqualTo("press.publish.cancelled");
    }

    @Test
    void theApiPublishesHeldBriefingsAndAnswersProblemsForTheRest() throws Exception {
        String bearer = ApiTestSupport.bearer(mvc, office.press().username(), TestOrganisation.PASSWORD);
        BriefingView held = fixtures.plan(office, "API-Briefing", Duration.ofHours(-3));
        BriefingView upcoming = fixtures.plan(office, "API-Briefing später", Duration.ofDays(1));
        BriefingView elsewhere = fixtures.plan(fixtures.pressOffice("Fremdstadt"), "Fremd", Duration.ofDays(-1));

        MvcTestResult done = publish(bearer, held.id(), ApiTestSupport.json("summary", "*Lage* <script>x</script>"));
        assertThat(done).hasStatusOk();
        JsonNode body = ApiTestSupport.read(done);
        assertThat(body.get("briefingId").asString()).isEqualTo(held.id().toString());
        assertThat(body.get("summaryHtml").asString()).isEqualTo("<p><em>Lage</em> &lt;script&gt;x&lt;/script&gt;</p>\n");

        MvcTestResult early = publish(bearer, upcoming.id(), ApiTestSupport.json("summary", "Zu früh"));
        assertThat(early).hasStatus(409);
        assertThat(early.getResponse().getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        MvcTestResult blank = publish(bearer, held.id(), ApiTestSupport.json("summary", ""));
        assertThat(blank).hasStatus(400);
        assertThat(ApiTestSupport.read(blank).get("errors").get(0).get("field").asString()).isEqualTo("summary");
        assertThat(publish(bearer, elsewhere.id(), ApiTestSupport.json("summary", "Fremd"))).hasStatus(404);

        MvcTestResult withdrawn = mvc.post().uri("/api/v1/briefings/" + held.id() + "/withdraw")
                .header(HttpHeaders.AUTHORIZATION, bearer).contentType(MediaType.APPLICATION_JSON)
                .content(ApiTestSupport.json("reason", "Korrektur folgt")).exchange();
        assertThat(withdrawn).hasStatusOk();
        assertThat(ApiTestSupport.read(withdrawn).get("withdrawReason").asString()).isEqualTo("Korrektur folgt");
        assertThat(mvc.post().uri("/api/v1/briefings/" + held.id() + "/withdraw").header(HttpHeaders.AUTHORIZATION, bearer)
                .contentType(MediaType.APPLICATION_JSON).content(ApiTestSupport.json("reason", "Nochmal"))).hasStatus(409);
    }

    @Test
    void aPressReleaseIsWrittenPreviewedPublishedAndWithdrawn() throws Exception {
        MvcTestResult refused = mvc.post().uri("/pressestelle/mitteilungen").cookie(press).with(csrf())
                .param("title", "").param("body", "Text").param("briefingId", "").exchange();
        assertThat(refused).hasStatusOk();
        Document form = Jsoup.parse(refused.getResponse().getContentAsString());
        assertThat(form.selectFirst("#title").attr("aria-invalid")).isEqualTo("true");
        assertThat(form.select(".error-summary a[href=#title]")).hasSize(1);
        assertThat(releases.releases(office.press())).isEmpty();

        MvcTestResult saved = mvc.post().uri("/pressestelle/mitteilungen").cookie(press).with(csrf())
                .param("title", "Turnhalle <b>offen</b>").param("body", "Ab **heute**. <script>alert(1)</script>")
                .param("briefingId", "").exchange();
        assertThat(saved).hasStatus3xxRedirection();
        PressReleaseView draft = releases.releases(office.press()).get(0);
        assertThat(draft.status()).isEqualTo(PressReleaseStatus.DRAFT);
        Document preview = Jsoup.parse(mvc.get().uri("/pressestelle/mitteilungen/" + draft.id()).cookie(press).exchange()
                .getResponse().getContentAsString());
        assertThat(preview.select("#preview-heading ~ article strong").text()).isEqualTo("heute");
        assertThat(preview.select("#preview-heading ~ article script")).isEmpty();
        assertThat(preview.selectFirst("#preview-title").text()).isEqualTo("Turnhalle <b>offen</b>");

        mvc.post().uri("/pressestelle/mitteilungen/" + draft.id() + "/veroeffentlichen").cookie(press).with(csrf()).exchange();
        assertThat(releases.release(office.press(), draft.id()).status()).isEqualTo(PressReleaseStatus.PUBLISHED);

        FlashMap noReason = mvc.post().uri("/pressestelle/mitteilungen/" + draft.id() + "/zurueckziehen").cookie(press)
                .with(csrf()).param("reason", " ").exchange().getMvcResult().getFlashMap();
        assertThat(noReason.get("withdrawError")).isEqualTo("press.text.required");
        mvc.post().uri("/pressestelle/mitteilungen/" + draft.id() + "/zurueckziehen").cookie(press).with(csrf())
                .param("reason", "Termin verschoben").exchange();
        assertThat(releases.release(office.press(), draft.id()).status()).isEqualTo(PressReleaseStatus.WITHDRAWN);
    }

    @Test
    void aStaleEditOfAPressReleaseIsRefusedAndAnUnknownBriefingTooAndTheList() throws Exception {
        PressReleaseView draft = releases.draft(office.press(), new NewPressRelease("Erste Fassung", "Text", null, 0));
        releases.revise(office.press(), draft.id(), new NewPressRelease("Zweite Fassung", "Text", null, draft.version()));

        MvcTestResult stale = mvc.post().uri("/pressestelle/mitteilungen/" + draft.id()).cookie(press).with(csrf())
                .param("title", "Dritte Fassung").param("body", "Text").param("briefingId", "")
                .param("version", String.valueOf(draft.version())).exchange();
        assertThat(stale).hasStatusOk();
        assertThat(Jsoup.parse(stale.getResponse().getContentAsString()).select(".error-summary").text())
                .contains("geändert");
        MvcTestResult unknown = mvc.post().uri("/pressestelle/mitteilungen/" + draft.id()).cookie(press).with(csrf())
                .param("title", "Dritte Fassung").param("body", "Text").param("briefingId", UUID.randomUUID().toString())
                .param("version", String.valueOf(draft.version() + 1)).exchange();
        assertThat(Jsoup.parse(unknown.getResponse().getContentAsString()).selectFirst("#briefingId").attr("aria-invalid"))
                .isEqualTo("true");
        assertThat(releases.release(office.press(), draft.id()).title()).isEqualTo("Zweite Fassung");

        Document list = Jsoup.parse(mvc.get().uri("/pressestelle/mitteilungen").cookie(press).exchange().getResponse()
                .getContentAsString());
        assertThat(list.select("td a").eachText()).containsExactly("Zweite Fassung");
    }

    @Test
    void theSignLanguageUploadRefusesWhatIsNoVideoAndKeepsNothing() throws Exception {
        MvcTestResult none = mvc.post().uri("/pressestelle/gebaerdensprache").multipart()
                .file(new MockMultipartFile("video", "", "application/octet-stream", new byte[0])).cookie(press)
                .with(csrf()).with(length()).exchange();
        assertThat(none).hasStatus(400);
        assertThat(Jsoup.parse(none.getResponse().getContentAsString()).selectFirst("#video").attr("aria-invalid"))
                .isEqualTo("true");

        MvcTestResult script = mvc.post().uri("/pressestelle/gebaerdensprache").multipart()
                .file(new MockMultipartFile("video", "dgs.mp4", "video/mp4", "<script>alert(1)</script>".getBytes()))
                .cookie(press).with(csrf()).with(length()).exchange();
        assertThat(script).hasStatus(400);
        assertThat(Jsoup.parse(script.getResponse().getContentAsString()).selectFirst("#video-error").text()).isNotBlank();
        assertThat(area.signLanguageVideo(office.press())).isEmpty();

        MvcTestResult video = mvc.post().uri("/pressestelle/gebaerdensprache").multipart()
                .file(new MockMultipartFile("video", "dgs.mp4", "video/mp4", PressAreaWebTests.MP4))
                .cookie(press).with(csrf()).with(length()).exchange();
        assertThat(video).hasStatus3xxRedirection();
        assertThat(area.signLanguageVideo(office.press()).orElseThrow().contentType()).isEqualTo("video/mp4");
    }

    private Document page(String path, FlashMap flash) throws Exception {
        var request = mvc.get().uri(path).cookie(press);
        MvcTestResult result = (flash.isEmpty() ? request : request.flashAttrs(flash)).exchange();
        assertThat(result).hasStatusOk();
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    /** Declares a body length, as browsers do for multipart uploads (the upload filter requires one). */
    private static RequestPostProcessor length() {
        return request -> {
            request.setContent(new byte[4096]);
            return request;
        };
    }

    private MvcTestResult publish(String bearer, UUID id, String json) {
        return mvc.post().uri("/api/v1/briefings/" + id + "/publish").header(HttpHeaders.AUTHORIZATION, bearer)
                .contentType(MediaType.APPLICATION_JSON).content(json).exchange();
    }
}
