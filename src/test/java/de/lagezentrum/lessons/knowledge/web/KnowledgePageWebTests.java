package de.lagezentrum.lessons.knowledge.web;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

import de.lagezentrum.IntegrationTest;
import de.lagezentrum.lessons.FactorExample;
import de.lagezentrum.lessons.NewRecommendation;
import de.lagezentrum.lessons.NewResilienceFactor;
import de.lagezentrum.lessons.Recommendations;
import de.lagezentrum.lessons.ResilienceFactorView;
import de.lagezentrum.lessons.ResilienceFactors;
import de.lagezentrum.organisation.PeopleManagement;
import de.lagezentrum.platform.TenantDirectory;
import de.lagezentrum.platform.security.CurrentUser;

import static de.lagezentrum.ApiTestSupport.read;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public knowledge platform of the installation's first municipality: only published factors, without a
 * session, with ETag and 304; German search with {@code <mark>} snippets; script escaped, Markdown sanitised.
 */
@IntegrationTest
class KnowledgePageWebTests {

    static final String SCRIPT = "<script>alert('x')</script>";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ResilienceFactors factors;

    @Autowired
    Recommendations recommendations;

    @Autowired
    PeopleManagement people;

    @Autowired
    TenantDirectory tenants;

    CurrentUser author;
    CurrentUser publisher;

    @BeforeEach
    void facilitatorsOfTheFirstMunicipality() {
        UUID first = tenants.defaultTenantId();
        author = people.actingAs(first, "moderation").orElseThrow();
        publisher = people.actingAs(first, "moderation2").orElseThrow();
    }

    @Test
    void aFactorIsPublicOnlyOncePublishedWithoutSessionAndWithETag() throws Exception {
        ResilienceFactorView draft = draft("Reservepool " + UUID.randomUUID(), "Interner Reservepool.", "Personal",
                "Ein **Pool** von Beschäftigten.");
        String path = "/wissen/" + draft.slug();
        assertThat(mvc.get().uri(path)).hasStatus(404);
        factors.submit(author, draft.id());
        assertThat(mvc.get().uri(path)).hasStatus(404);
        assertThat(mvc.get().uri("/wissen").exchange().getResponse().getContentAsString()).doesNotContain(draft.slug());
        factors.publish(publisher, draft.id());

        MvcTestResult page = mvc.get().uri(path).exchange();
        assertThat(page).hasStatusOk();
        assertThat(page.getResponse().getHeaders(HttpHeaders.SET_COOKIE)).isEmpty();
        assertThat(page.getRequest().getSession(false)).isNull();
        assertThat(page.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).contains("public");
        String etag = page.getResponse().getHeader(HttpHeaders.ETAG);
        assertThat(etag).isNotBlank();
        assertThat(mvc.get().uri(path).header(HttpHeaders.IF_NONE_MATCH, etag)).hasStatus(304);
        String html = page.getResponse().getContentAsString();
        assertThat(html).contains("<strong>Pool</strong>", "Musterstadt", "Übung im Rathaus", "Krisenbeauftragte je Amt",
                "/wissen/leichte-sprache");

        MvcTestResult list = mvc.get().uri("/wissen").param("theme", "Personal").exchange();
        assertThat(list).hasStatusOk();
        assertThat(list.getResponse().getContentAsString()).contains(path, "/wissen/leichte-sprache");
        assertThat(mvc.get().uri("/wissen").param("theme", "Nichtda").exchange().getResponse().getContentAsString())
                .doesNotContain(path);
        assertThat(mvc.get().uri("/wissen").param("invasiveness", "MINIMAL").exchange().getResponse()
                .getContentAsString()).contains(path);
        assertThat(mvc.get().uri("/wissen").param("transferability", "CRISIS_SPECIFIC").exchange().getResponse()
                .getContentAsString()).doesNotContain(path);

        MvcTestResult feed = mvc.get().uri("/wissen/feed.atom").exchange();
        assertThat(feed).hasStatusOk();
        assertThat(feed.getResponse().getContentType()).startsWith("application/atom+xml");
        assertThat(feed.getResponse().getContentAsString()).contains(draft.title(), path);

        assertThat(mvc.get().uri("/wissen/gibt-es-nicht-" + UUID.randomUUID())).hasStatus(404);
        assertThat(mvc.get().uri("/wissen/Gross")).hasStatus(404);
    }

    @Test
    void theGermanSearchFindsInflectedWordsWithMarkedSnippetsAndEscapesTheRest() throws Exception {
        String unique = "Zettel" + UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9-]", "x");
        ResilienceFactorView factor = draft("Krisenstäbe üben " + unique, "Die Krisenstäbe üben <b>oft</b>.",
                "Krisenmanagement", "Text");
        factors.submit(author, factor.id());
        factors.publish(publisher, factor.id());

        MvcTestResult result = mvc.get().uri("/api/v1/public/resilience-factors").param("q", "Krisenstab " + unique)
                .exchange();
        assertThat(result).hasStatusOk();
        JsonNode items = read(result).get("items");
        assertThat(items.size()).isEqualTo(1);
        assertThat(items.get(0).get("slug").asString()).isEqualTo(factor.slug());
        String snippet = items.get(0).get("snippet").asString();
        assertThat(snippet).contains("<mark>Krisenstäbe</mark>", "&lt;b&gt;").doesNotContain("<b>");
        assertThat(read(mvc.get().uri("/api/v1/public/resilience-factors").param("q", "Hochwasserdeich" + unique)
                .exchange()).get("items").size()).isZero();

        String page = mvc.get().uri("/wissen").param("q", "Krisenstab " + unique).exchange().getResponse()
                .getContentAsString();
        assertThat(page).contains("<mark>Krisenstäbe</mark>", "/wissen/" + factor.slug());
    }

    @Test
    void scriptInTextsIsEscapedAndMarkdownSanitised() throws Exception {
        ResilienceFactorView factor = draft("Titel " + SCRIPT + " " + UUID.randomUUID(), "Kurz " + SCRIPT, "Personal",
                "Text " + SCRIPT + " [Klick](javascript:alert(2)) <img src=x onerror=alert(1)>");
        factors.submit(author, factor.id());
        factors.publish(publisher, factor.id());
        String html = mvc.get().uri("/wissen/" + factor.slug()).exchange().getResponse().getContentAsString();
        assertThat(html).contains("Titel &lt;script&gt;").doesNotContain(SCRIPT, "javascript:alert", "<img src=x");
        String list = mvc.get().uri("/wissen").exchange().getResponse().getContentAsString();
        assertThat(list).doesNotContain(SCRIPT);
    }

    @Test
    void theEasyLanguagePageHasAPlaceForTheSignLanguageVideo() throws Exception {
        MvcTestResult page = mvc.get().uri("/wissen/leichte-sprache").exchange();
        assertThat(page).hasStatusOk();
        assertThat(page.getResponse().getContentAsString()).contains("<figure", "Gebärden-Sprache");
    }

    private ResilienceFactorView draft(String title, String summary, String theme, String body) {
        UUID recommendation = recommendations.create(author, new NewRecommendation("Krisenbeauftragte je Amt",
                "Wie *Brandschutzbeauftragte*.", List.of(), List.of())).id();
        return factors.create(author, new NewResilienceFactor(title, summary, body, theme, "MINIMAL", "TRANSFERABLE",
                List.of(recommendation), List.of(new FactorExample("Musterstadt", "Übung im Rathaus"))));
    }
}
