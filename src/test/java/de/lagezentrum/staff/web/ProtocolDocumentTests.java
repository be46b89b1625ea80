package de.lagezentrum.staff.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.Cookie;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
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
import de.lagezentrum.PdfUa;
import de.lagezentrum.WebTestSupport;
import de.lagezentrum.organisation.TestOrganisation;
import de.lagezentrum.platform.web.ConflictException;
import de.lagezentrum.staff.EntryType;
import de.lagezentrum.staff.EntryView;
import de.lagezentrum.staff.MinutesManagement;
import de.lagezentrum.staff.NewEntry;
import de.lagezentrum.staff.ProtocolCorrection;
import de.lagezentrum.staff.ProtocolManagement;
import de.lagezentrum.staff.ProtocolView;
import de.lagezentrum.staff.TestProtocols;

import static de.lagezentrum.ApiTestSupport.bearer;
import static de.lagezentrum.ApiTestSupport.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A protocol as a document: tagged PDF with bookmarks and "Seite x von y", print view, JSON; corrections
 * that change entries and attendance as new versions with the difference shown; the pages around them.
 */
@IntegrationTest
class ProtocolDocumentTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestProtocols fixtures;

    @Autowired
    ProtocolManagement protocols;

    @Autowired
    MinutesManagement minutes;

    @Autowired
    @Administrator
    JdbcClient jdbc;

    @Test
    void aThirtyItemProtocolIsATaggedPdfWithBookmarksAndPageXOfY() throws Exception {
        TestProtocols.Session session = fixtures.approved(30);
        String token = bearer(mvc, session.member().username(), TestOrganisation.PASSWORD);

        MvcTestResult result = mvc.get().uri("/api/v1/sessions/" + session.sessionId() + "/protocol.pdf")
                .header(HttpHeaders.AUTHORIZATION, token).header(HttpHeaders.ACCEPT_LANGUAGE, "de").exchange();

        assertThat(result).hasStatusOk();
        assertThat(result.getResponse().getContentType()).isEqualTo(MediaType.APPLICATION_PDF_VALUE);
        byte[] bytes = result.getResponse().getContentAsByteArray();
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            int pages = pdf.getNumberOfPages();
            assertThat(pages).isGreaterThan(2);
            // Lines wrap where the page ends; what matters is the words, in order.
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Protokoll Koordinierungsstab Ukraine – Sitzung am 04.03.2026 10:00",
                    "Seite 1 von " + pages, "Seite " + pages + " von " + pages, "Moritz Mitschrift", "Petra Protokoll",
                    "TOP 30:", "Beschluss 30: Die Turnhalle Nord", "Duschen und Küche", "Aufgabe 30:", "11.03.2026",
                    "Genehmigt am", "Version 1: genehmigt");
            assertThat(text).doesNotContain("Anna Abwesend");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("de");
            assertThat(pdf.getDocumentInformation().getTitle())
                    .isEqualTo("Protokoll Koordinierungsstab Ukraine – Sitzung am 04.03.2026 10:00");
            assertThat(pdf.getDocumentCatalog().getStructureTreeRoot().getK()).isNotNull();
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            List<String> bookmarks = titles(pdf.getDocumentCatalog().getDocumentOutline().children());
            assertThat(bookmarks).containsExactly("Anwesend", "Tagesordnung und Verlauf", "Beschlüsse", "Aufgaben",
                    "Abschluss und Genehmigung");
            PDOutlineItem agenda = pdf.getDocumentCatalog().getDocumentOutline().getFirstChild().getNextSibling();
            assertThat(titles(agenda.children())).hasSize(30).first().asString().startsWith("TOP 1:");
        }
        PdfUa.assertConforms(bytes);
    }

    @Test
    void theEnglishPdfAndAnOpenProtocolsDraft() throws IOException {
        TestProtocols.Session session = fixtures.session(2);
        String token = bearer(mvc, session.member().username(), TestOrganisation.PASSWORD);

        byte[] bytes = mvc.get().uri("/api/v1/sessions/" + session.sessionId() + "/protocol.pdf")
                .header(HttpHeaders.AUTHORIZATION, token).header(HttpHeaders.ACCEPT_LANGUAGE, "en").exchange()
                .getResponse().getContentAsByteArray();

        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en");
            assertThat(new PDFTextStripper().getText(pdf)).contains("Draft: the protocol is still open", "Page 1 of",
                    "Item 2:", "The protocol is not final yet.");
        }
    }

    @Test
    void textWithCharactersThatXmlCannotHoldStillRendersAPdf() throws IOException {
        TestProtocols.Session session = fixtures.session(1);
        UUID item = minutes.agenda(session.lead(), session.sessionId()).get(0).id();
        // What the fuzzing once stored: a noncharacter and a control character, both valid in PostgreSQL text.
        minutes.record(session.member(), session.sessionId(), item, new NewEntry(EntryType.NOTE,
                "Zählerstand \uFFFF und \u0001 Ende", null, null, null, null));
        String token = bearer(mvc, session.member().username(), TestOrganisation.PASSWORD);

        MvcTestResult result = mvc.get().uri("/api/v1/sessions/" + session.sessionId() + "/protocol.pdf")
                .header(HttpHeaders.AUTHORIZATION, token).exchange();

        assertThat(result).hasStatusOk();
        try (PDDocument pdf = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Zählerstand \uFFFD und \uFFFD Ende");
        }
    }

    @Test
    void aCorrectionChangesEntriesAndAttendanceAsANewVersionWithTheDifference() {
        TestProtocols.Session session = fixtures.approved(2);
        String token = bearer(mvc, session.member().username(), TestOrganisation.PASSWORD);
        ProtocolView original = protocols.protocol(session.member(), session.sessionId());
        EntryView decision = original.decisions().get(0);

        JsonNode corrected = read(mvc.post().uri("/api/v1/sessions/" + session.sessionId() + "/protocol/corrections")
                .header(HttpHeaders.AUTHORIZATION, token).contentType(MediaType.APPLICATION_JSON).content("""
                        {"text":"Turnhalle Süd statt Nord; Frau Abwesend war doch da.",
                         "entries":[{"id":"%s","text":"Beschluss 1: Die Turnhalle Süd wird bis Ende April als Notunterkunft weitergeführt.","rationale":"Nord wird saniert."}],
                         "present":["%s","%s","%s"]}""".formatted(decision.id(), session.lead().personId(),
                        session.member().personId(), session.absent().personId())).exchange());

        assertThat(corrected.get("version").asInt()).isEqualTo(2);
        assertThat(corrected.get("correctsVersion").asInt()).isEqualTo(1);
        assertThat(corrected.get("decisions").get(0).get("text").asString()).contains("Turnhalle Süd");
        assertThat(corrected.get("decisions").get(0).get("decisionNumber").asString())
                .isEqualTo(decision.decisionNumber());
        assertThat(corrected.get("attendance")).hasSize(3);
        ProtocolView first = protocols.protocol(session.member(), session.sessionId(), 1);
        assertThat(first.decisions().get(0).text()).contains("Turnhalle Nord");
        assertThat(first.attendance()).hasSize(2);

        JsonNode diff = read(mvc.get().uri("/api/v1/sessions/" + session.sessionId() + "/protocol/versions/2/diff")
                .header(HttpHeaders.AUTHORIZATION, token).exchange());
        assertThat(diff.get("from").asInt()).isEqualTo(1);
        assertThat(diff.get("addedAttendees").get(0).get("name").asString()).isEqualTo("Anna Abwesend");
        assertThat(diff.get("entries")).hasSize(1);
        JsonNode text = diff.get("entries").get(0).get("text");
        assertThat(text.get("before").valueStream().filter(s -> s.get("changed").asBoolean())
                .map(s -> s.get("text").asString())).containsExactly("Nord");
        assertThat(text.get("after").valueStream().filter(s -> s.get("changed").asBoolean())
                .map(s -> s.get("text").asString())).containsExactly("Süd");
        assertThat(diff.get("entries").get(0).get("rationale").get("changed").asBoolean()).isTrue();
        assertThat(mvc.get().uri("/api/v1/sessions/" + session.sessionId() + "/protocol/versions/1/diff")
                .header(HttpHeaders.AUTHORIZATION, token)).hasStatus(404);
        assertThat(read(mvc.get().uri("/api/v1/sessions/" + session.sessionId() + "/protocol/versions")
                .header(HttpHeaders.AUTHORIZATION, token).exchange()).get("items")).hasSize(2);

        // A later correction that leaves out the rationale keeps it.
        protocols.approve(session.lead(), session.sessionId());
        ProtocolView third = protocols.correct(session.member(), session.sessionId(), new ProtocolCorrection(
                "Tippfehler", List.of(new ProtocolCorrection.EntryChange(decision.id(),
                        "Beschluss 1: Die Turnhalle Süd wird bis Ende Mai als Notunterkunft weitergeführt.", null)),
                null, 2));
        assertThat(third.decisions().get(0).rationale()).isEqualTo("Nord wird saniert.");
        assertThat(third.decisions().get(0).text()).contains("Ende Mai");

        // Approval and correction reach the journal by themselves.
        await().untilAsserted(() -> assertThat(jdbc.sql("""
                SELECT text FROM journal.entry WHERE staff_id = ? AND text LIKE 'Protokoll der Sitzung vom 04.03.2026%'""")
                .param(session.staffId()).query(String.class).list())
                .anySatisfy(line -> assertThat(line).contains("genehmigt (Version 1)"))
                .anySatisfy(line -> assertThat(line).contains("korrigiert (Version 2", "Turnhalle Süd statt Nord")));
    }

    @Test
    void theWiedervorlageIsFrozenIntoTheNextProtocolAndItsDocuments() throws IOException {
        TestProtocols.Session first = fixtures.approved(1);
        UUID next = fixtures.nextSession(first);
        protocols.finalise(first.member(), next);
        String token = bearer(mvc, first.member().username(), TestOrganisation.PASSWORD);

        byte[] bytes = mvc.get().uri("/api/v1/sessions/" + next + "/protocol.pdf").header(HttpHeaders.AUTHORIZATION, token)
                .exchange().getResponse().getContentAsByteArray();

        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ")).contains("TOP 1: Wiedervorlage",
                    "Aufgabe 1: Belegungsplan mit dem Sozialamt abstimmen. (Verantwortlich: Moritz Mitschrift; "
                            + "fällig am 11.03.2026; Stand: offen)");
            assertThat(titles(pdf.getDocumentCatalog().getDocumentOutline().getFirstChild().getNextSibling()
                    .children())).containsExactly("TOP 1: Wiedervorlage");
        }
    }

    @Test
    void concurrentApprovalsAndCorrectionsRunOneAfterTheOther() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                TestProtocols.Session session = fixtures.session(1);
                protocols.finalise(session.member(), session.sessionId());

                List<Boolean> approvals = twice(pool, () -> protocols.approve(session.lead(), session.sessionId()));
                assertThat(approvals).as("round %d", round).containsExactlyInAnyOrder(true, false);

                List<Boolean> corrections = twice(pool, () -> protocols.correct(session.member(), session.sessionId(),
                        "Gleichzeitige Korrektur"));
                assertThat(corrections).as("round %d", round).containsExactlyInAnyOrder(true, false);
                assertThat(protocols.versions(session.member(), session.sessionId())).extracting(ProtocolView::version)
                        .containsExactly(1, 2);
            }
        }
        finally {
            pool.shutdownNow();
        }
    }

    /** Runs the action on two threads at once: true where it succeeded, false where it was refused with 409. */
    private static List<Boolean> twice(ExecutorService pool, Runnable action) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        Callable<Boolean> attempt = () -> {
            start.await();
            try {
                action.run();
                return true;
            }
            catch (ConflictException e) {
                return false;
            }
        };
        Future<Boolean> first = pool.submit(attempt);
        Future<Boolean> second = pool.submit(attempt);
        start.countDown();
        return List.of(first.get(30, TimeUnit.SECONDS), second.get(30, TimeUnit.SECONDS));
    }

    @Test
    void aBadCorrectionChangesNothing() {
        TestProtocols.Session session = fixtures.approved(1);
        String token = bearer(mvc, session.member().username(), TestOrganisation.PASSWORD);
        EntryView note = protocols.protocol(session.member(), session.sessionId()).entries().get(0);

        MvcTestResult unknownEntry = correction(token, session, """
                {"text":"Korrektur","entries":[{"id":"%s","text":"Neu"}]}""".formatted(UUID.randomUUID()));
        MvcTestResult blankEntry = correction(token, session, """
                {"text":"Korrektur","entries":[{"id":"%s","text":" "}]}""".formatted(note.id()));
        MvcTestResult stranger = correction(token, session, """
                {"text":"Korrektur","present":["%s"]}""".formatted(UUID.randomUUID()));
        MvcTestResult noReason = correction(token, session, """
                {"text":"","entries":[{"id":"%s","text":"Neu"}]}""".formatted(note.id()));

        assertThat(unknownEntry).hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("entries");
        assertThat(blankEntry).hasStatus(400);
        assertThat(stranger).hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("present");
        assertThat(noReason).hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("text");
        assertThat(protocols.versions(session.member(), session.sessionId())).hasSize(1);
    }

    @Test
    void thePagesShowAttendanceVersionsDifferencesPrintViewAndDownloads() {
        TestProtocols.Session session = fixtures.session(2);
        Cookie cookie = WebTestSupport.login(mvc, session.member().username(), TestOrganisation.PASSWORD);
        String base = "/sessions/" + session.sessionId();

        assertThat(mvc.get().uri(base + "/protocol").cookie(cookie)).hasStatusOk().bodyText()
                .contains("Anwesenheit erfassen", "Entwurf: Das Protokoll ist noch offen", "TOP 2:");
        assertThat(mvc.post().uri(base + "/protocol/attendance").cookie(cookie).with(csrf())
                .param("present", session.absent().personId().toString())).hasStatus3xxRedirection();
        assertThat(protocols.present(session.member(), session.sessionId())).containsExactly(session.absent().personId());
        protocols.finalise(session.member(), session.sessionId());
        protocols.approve(session.lead(), session.sessionId());

        ProtocolView approved = protocols.protocol(session.member(), session.sessionId());
        EntryView note = approved.entries().stream().filter(e -> e.type() == EntryType.NOTE).findFirst().orElseThrow();
        MvcTestResult empty = mvc.post().uri(base + "/protocol/correction").cookie(cookie).with(csrf())
                .param("text", "").exchange();
        assertThat(empty).hasStatusOk().bodyText().contains("error-summary");
        assertThat(protocols.versions(session.member(), session.sessionId())).hasSize(1);

        MvcTestResult emptied = mvc.post().uri(base + "/protocol/correction").cookie(cookie).with(csrf())
                .param("text", "Notiz gestrichen").param("basedOn", "1").param("texts[" + note.id() + "]", " ").exchange();
        assertThat(emptied).hasStatusOk().bodyText().contains("id=\"texts[" + note.id() + "]-error\"",
                "aria-invalid=\"true\"");
        MvcTestResult stale = mvc.post().uri(base + "/protocol/correction").cookie(cookie).with(csrf())
                .param("text", "Alter Stand").param("basedOn", "0").exchange();
        assertThat(stale).hasStatusOk().bodyText().contains("Inzwischen hat jemand anderes das Protokoll korrigiert")
                .contains("name=\"basedOn\" value=\"1\"");
        assertThat(protocols.versions(session.member(), session.sessionId())).hasSize(1);

        MvcTestResult saved = mvc.post().uri(base + "/protocol/correction").cookie(cookie).with(csrf())
                .param("text", "Zahl der freien Plätze war falsch.").param("basedOn", "1")
                .param("texts[" + note.id() + "]", note.text().replace("35 frei", "53 frei"))
                .param("present", session.absent().personId().toString())
                .param("present", session.member().personId().toString()).exchange();
        assertThat(saved).hasStatus3xxRedirection().redirectedUrl().isEqualTo(base + "/protocol/versions/2");
        ProtocolView second = protocols.protocol(session.member(), session.sessionId());
        assertThat(second.entries()).filteredOn(e -> e.id().equals(note.id())).singleElement()
                .extracting(EntryView::text).asString().contains("53 frei");
        assertThat(second.decisions()).isEqualTo(approved.decisions());

        assertThat(mvc.get().uri(base + "/protocol/versions/2").cookie(cookie)).hasStatusOk().bodyText()
                .contains("Änderungen gegenüber Version 1", "gestrichen:</span><span>35</span></del>", "neu:</span><span>53</span></ins>",
                        "ergänzt: Moritz Mitschrift", "Zahl der freien Plätze war falsch.");
        assertThat(mvc.get().uri(base + "/protocol/print").cookie(cookie)).hasStatusOk().bodyText()
                .contains("Version 2: abgeschlossen", "53 frei").doesNotContain("site-header");
        assertThat(mvc.get().uri(base + "/protocol/print?version=1").cookie(cookie)).hasStatusOk().bodyText()
                .contains("35 frei");
        MvcTestResult pdf = mvc.get().uri(base + "/protocol.pdf").cookie(cookie).exchange();
        assertThat(pdf).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
        assertThat(pdf.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION)).contains("attachment", ".pdf");
        assertThat(mvc.get().uri(base + "/protocol.json").cookie(cookie)).hasStatusOk().bodyJson()
                .extractingPath("$.version").isEqualTo(2);
    }

    @Test
    void outsidersGetNotFoundForEveryProtocolPageAndDocument() {
        TestProtocols.Session session = fixtures.approved(1);
        TestProtocols.Session other = fixtures.session(1);
        Cookie stranger = WebTestSupport.login(mvc, other.lead().username(), TestOrganisation.PASSWORD);
        String base = "/sessions/" + session.sessionId();
        for (String uri : List.of(base + "/protocol", base + "/protocol/versions/1", base + "/protocol/print",
                base + "/protocol.pdf", base + "/protocol.json", base + "/protocol/correction")) {
            assertThat(mvc.get().uri(uri).cookie(stranger)).as(uri).hasStatus(404);
        }
        assertThat(mvc.post().uri(base + "/protocol/attendance").cookie(stranger).with(csrf())).hasStatus(404);
        String token = bearer(mvc, other.lead().username(), TestOrganisation.PASSWORD);
        assertThat(mvc.get().uri("/api/v1/sessions/" + session.sessionId() + "/protocol.pdf")
                .header(HttpHeaders.AUTHORIZATION, token)).hasStatus(404);
        assertThat(Map.of("versions", protocols.versions(session.member(), session.sessionId()).size()))
                .containsEntry("versions", 1);
    }

    private MvcTestResult correction(String token, TestProtocols.Session session, String body) {
        return mvc.post().uri("/api/v1/sessions/" + session.sessionId() + "/protocol/corrections")
                .header(HttpHeaders.AUTHORIZATION, token).contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }

    private static List<String> titles(Iterable<PDOutlineItem> items) {
        var titles = new java.util.ArrayList<String>();
        items.forEach(item -> titles.add(item.getTitle()));
        return titles;
    }
}
