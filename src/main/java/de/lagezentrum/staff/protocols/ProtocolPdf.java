package de.lagezentrum.staff.protocols;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import de.lagezentrum.platform.documents.PdfDocuments;
import de.lagezentrum.platform.web.DateFormats;
import de.lagezentrum.staff.ProtocolView;
import de.lagezentrum.staff.SessionView;

/** A session's protocol as a tagged PDF (PDF/UA) with bookmarks and "Seite x von y", from {@code staff/protocol-pdf}. */
@Component
public class ProtocolPdf {

    static final String TEMPLATE = "staff/protocol-pdf";

    private final PdfDocuments documents;
    private final DateFormats dates;

    ProtocolPdf(PdfDocuments documents, DateFormats dates) {
        this.documents = documents;
        this.dates = dates;
    }

    public byte[] render(String staffName, SessionView session, ProtocolView protocol, Instant exportedAt,
            String exportedBy, Locale locale) {
        return documents.render(TEMPLATE, Map.of("staffName", staffName, "meeting", session, "protocol", protocol,
                "when", dates.dateTime(session.start()), "exportedAt", exportedAt, "exportedBy", exportedBy), locale);
    }
}
