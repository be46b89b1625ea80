package de.lagezentrum.journal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import de.lagezentrum.platform.documents.PdfDocuments;

/** The journal as a tagged PDF (PDF/UA) from the template {@code journal/pdf}, with a signature block. */
@Component
class JournalPdf {

    static final String TEMPLATE = "journal/pdf";

    private final PdfDocuments documents;

    JournalPdf(PdfDocuments documents) {
        this.documents = documents;
    }

    byte[] render(JournalSummary summary, List<JournalEntry> entries, JournalVerification verification,
            Instant exportedAt, String exportedBy, Locale locale) {
        return documents.render(TEMPLATE, Map.of("summary", summary, "entries", entries, "verification", verification,
                "exportedAt", exportedAt, "exportedBy", exportedBy), locale);
    }
}
