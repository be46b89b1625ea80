package de.lagezentrum.journal.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

import de.lagezentrum.journal.JournalManagement;
import de.lagezentrum.journal.JournalSummary;
import de.lagezentrum.journal.JournalVerification;
import de.lagezentrum.platform.security.CurrentUser;

/**
 * The journal's exports, the same for the API (bearer token) and the pages (session): a PDF, and a JSON
 * document with every entry and the verification result. The JSON is streamed entry by entry, so a
 * journal of any length is exported in constant memory.
 */
@Component
class JournalDownloads {

    /** Identifies the JSON export's structure for programs that read it. */
    static final String JSON_FORMAT = "lagezentrum-journal-export/1";

    /** The canonical serialisation the entries' hashes are computed from (docs/journal.md). */
    static final String ENTRY_FORMAT = "lagezentrum-journal-entry/1";

    private final JournalManagement journal;
    private final JsonMapper json;
    private final MessageSource messages;
    private final Clock clock;

    JournalDownloads(JournalManagement journal, JsonMapper json, MessageSource messages, Clock clock) {
        this.journal = journal;
        this.json = json;
        this.messages = messages;
        this.clock = clock;
    }

    ResponseEntity<byte[]> pdf(CurrentUser user, UUID staffId, Locale locale) {
        JournalSummary summary = journal.summary(user, staffId);
        byte[] pdf = journal.pdf(user, staffId, locale);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(summary, locale, "pdf"))
                .body(pdf);
    }

    /** Writes the JSON export; a non-member gets "not found" before anything is written. */
    void json(CurrentUser user, UUID staffId, Locale locale, HttpServletResponse response) throws IOException {
        JournalSummary summary = journal.summary(user, staffId);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, disposition(summary, locale, "json"));
        try (JsonGenerator out = json.createGenerator(response.getOutputStream())) {
            out.writeStartObject();
            out.writeStringProperty("format", JSON_FORMAT);
            out.writeName("staff");
            out.writeStartObject();
            out.writeStringProperty("id", summary.staffId().toString());
            out.writeStringProperty("name", summary.staffName());
            out.writeEndObject();
            out.writePOJOProperty("exportedAt", clock.instant());
            out.writeStringProperty("exportedBy", user.displayName());
            // With the tenant, the export holds everything needed to recompute the chain elsewhere.
            out.writeStringProperty("tenantId", user.tenantId().toString());
            out.writeStringProperty("hashAlgorithm", "SHA-256");
            out.writeStringProperty("entryFormat", ENTRY_FORMAT);
            out.writeArrayPropertyStart("entries");
            JournalVerification verification = journal.export(user, staffId, out::writePOJO);
            out.writeEndArray();
            out.writePOJOProperty("verification", verification);
            out.writeEndObject();
        }
    }

    private String disposition(JournalSummary summary, Locale locale, String extension) {
        String name = messages.getMessage("journal.file-name", new Object[] {summary.staffName()}, locale);
        return ContentDisposition.attachment().filename(name + "." + extension, StandardCharsets.UTF_8).build()
                .toString();
    }
}
