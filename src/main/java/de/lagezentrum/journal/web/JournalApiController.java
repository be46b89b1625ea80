package de.lagezentrum.journal.web;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import de.lagezentrum.journal.JournalEntry;
import de.lagezentrum.journal.JournalManagement;
import de.lagezentrum.journal.JournalVerification;
import de.lagezentrum.journal.NewJournalEntry;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.PageRequest;
import de.lagezentrum.platform.web.PageResult;

/**
 * API v1 of a staff's journal: append, read in order of seq, verify, export. There is deliberately no
 * PUT, PATCH or DELETE: entries are never changed, so those methods answer 405 with {@code Allow: GET}.
 * For anybody but the staff's members the journal is not found.
 */
@RestController
@RequestMapping(path = "/api/v1/staffs/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
class JournalApiController {

    private final JournalManagement journal;
    private final JournalDownloads downloads;

    JournalApiController(JournalManagement journal, JournalDownloads downloads) {
        this.journal = journal;
        this.downloads = downloads;
    }

    @PostMapping(path = "/journal", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<JournalEntry> append(@PathVariable UUID id, @Valid @RequestBody NewJournalEntry command) {
        JournalEntry entry = journal.append(CurrentUser.require(), id, command);
        return ResponseEntity.created(URI.create("/api/v1/staffs/" + id + "/journal/" + entry.id())).body(entry);
    }

    @GetMapping("/journal")
    PageResult<JournalEntry> entries(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return journal.entries(CurrentUser.require(), id, new PageRequest(page, size));
    }

    @GetMapping("/journal/verify")
    JournalVerification verify(@PathVariable UUID id) {
        return journal.verify(CurrentUser.require(), id);
    }

    @GetMapping("/journal/{entryId}")
    JournalEntry entry(@PathVariable UUID id, @PathVariable UUID entryId) {
        return journal.entry(CurrentUser.require(), id, entryId);
    }

    @GetMapping(path = "/journal.json")
    void exportJson(@PathVariable UUID id, Locale locale, HttpServletResponse response) throws IOException {
        downloads.json(CurrentUser.require(), id, locale, response);
    }

    @GetMapping(path = "/journal.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> exportPdf(@PathVariable UUID id, Locale locale) {
        return downloads.pdf(CurrentUser.require(), id, locale);
    }
}
