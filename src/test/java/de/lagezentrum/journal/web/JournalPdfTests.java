package de.lagezentrum.journal.web;

import java.io.IOException;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import de.lagezentrum.IntegrationTest;
import de.lagezentrum.PdfUa;
import de.lagezentrum.journal.JournalCategory;
import de.lagezentrum.journal.JournalEntry;
import de.lagezentrum.journal.JournalManagement;
import de.lagezentrum.journal.NewJournalEntry;
import de.lagezentrum.organisation.Role;
import de.lagezentrum.organisation.TestOrganisation;
import de.lagezentrum.organisation.TestOrganisation.TestTenant;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.staff.NewStaff;
import de.lagezentrum.staff.StaffManagement;

import static de.lagezentrum.ApiTestSupport.bearer;
import static org.assertj.core.api.Assertions.assertThat;

/** The journal as a PDF: complete, numbered, tagged, in the reader's language, and PDF/UA-1 by veraPDF. */
@IntegrationTest
class JournalPdfTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisation organisation;

    @Autowired
    StaffManagement staffs;

    @Autowired
    JournalManagement journal;

    CurrentUser lead;
    String token;
    UUID staffId;

    @BeforeEach
    void journalWithEntries() {
        TestTenant tenant = organisation.newTenant("PDF-Stadt " + UUID.randomUUID());
        lead = tenant.user("Beate Sommer", Role.STAFF_LEAD, Role.EMPLOYEE);
        token = bearer(mvc, lead.username(), TestOrganisation.PASSWORD);
        staffId = staffs.create(lead, new NewStaff("Hochwasserstab Süd", null, null, null)).id();
        JournalEntry order = journal.append(lead, staffId, new NewJournalEntry("Bauhof gibt 500 Sandsäcke aus",
                JournalCategory.ORDER, null, null));
        journal.append(lead, staffId, new NewJournalEntry("Bauhof gibt 5000 Sandsäcke aus", JournalCategory.ORDER,
                null, order.id()));
        journal.append(lead, staffId, NewJournalEntry.note("Lange Meldung " + "Wort ".repeat(1995) + "ENDE"));
        journal.append(lead, staffId, NewJournalEntry.note("Pumpen & Schläuche <dringend> anfordern"));
        for (int i = 1; i <= 60; i++) {
            journal.append(lead, staffId, new NewJournalEntry("Lagemeldung " + i + ": Pegel steigt, Ölspur auf der "
                    + "Rheinuferstraße beseitigt, Straßensperrung bleibt bis auf Weiteres.", JournalCategory.REPORT,
                    null, null));
        }
    }

    @Test
    void thePdfHoldsEveryEntryOnNumberedPagesWithASignatureBlock() throws IOException {
        MvcTestResult result = pdf("de");

        assertThat(result).hasStatusOk();
        assertThat(result.getResponse().getContentType()).isEqualTo(MediaType.APPLICATION_PDF_VALUE);
        assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment")
                .contains(".pdf");
        try (PDDocument pdf = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
            assertThat(text).contains("Einsatztagebuch – Hochwasserstab Süd", "Exportiert am", "Beate Sommer",
                    "Bauhof gibt 500 Sandsäcke aus", "Bauhof gibt 5000 Sandsäcke aus", "Berichtigt Eintrag Nr. 1",
                    "Berichtigt durch Eintrag Nr. 2", "Lagemeldung 60", "Auftrag", "Meldung",
                    "Seite 1 von " + pdf.getNumberOfPages(), "Seite 2 von",
                    "Hash-Kette geprüft: unversehrt, 64 Einträge", "Wort ENDE",
                    "Pumpen & Schläuche <dringend> anfordern", "Name", "Datum", "Unterschrift");
        }
    }

    @Test
    void thePdfIsTaggedTitledInTheReadersLanguageWithEmbeddedFonts() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(pdf("de").getResponse().getContentAsByteArray())) {
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("de");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Einsatztagebuch – Hochwasserstab Süd");
            assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(pdf.getDocumentCatalog().getStructureTreeRoot().getK()).isNotNull();
            assertThat(pdf.getDocumentCatalog().getMarkInfo()).isNotNull();
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as("font %s embedded", font.getName()).isTrue();
                }
            }
        }
        try (PDDocument pdf = Loader.loadPDF(pdf("en").getResponse().getContentAsByteArray())) {
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Operations journal – Hochwasserstab Süd");
            assertThat(new PDFTextStripper().getText(pdf)).contains("Page 1 of", "Signature", "Corrects entry no. 1");
        }
    }

    @Test
    void thePdfPassesPdfUaOneInVeraPdf() throws Exception {
        PdfUa.assertConforms(pdf("de").getResponse().getContentAsByteArray());
    }

    private MvcTestResult pdf(String language) {
        return mvc.get().uri("/api/v1/staffs/" + staffId + "/journal.pdf").header(HttpHeaders.AUTHORIZATION, token)
                .header(HttpHeaders.ACCEPT_LANGUAGE, language).exchange();
    }
}
