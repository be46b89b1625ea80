package de.lagezentrum.staff.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.PageRequest;
import de.lagezentrum.platform.web.PageResult;
import de.lagezentrum.staff.ProtocolCorrection;
import de.lagezentrum.staff.ProtocolDiff;
import de.lagezentrum.staff.ProtocolManagement;
import de.lagezentrum.staff.ProtocolView;

/** API v1 of protocols: attendance, finalise, approve (lead), corrections as new versions, differences, PDF. */
@RestController
@RequestMapping(path = "/api/v1/sessions/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
class ProtocolApiController {

    private final ProtocolManagement protocols;

    ProtocolApiController(ProtocolManagement protocols) {
        this.protocols = protocols;
    }

    @PutMapping(path = "/attendance", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> attendance(@PathVariable UUID id, @Valid @RequestBody Attendance body) {
        protocols.attendance(CurrentUser.require(), id, body.present());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/protocol/finalize")
    ProtocolView finalise(@PathVariable UUID id) {
        return protocols.finalise(CurrentUser.require(), id);
    }

    @PostMapping("/protocol/approve")
    ProtocolView approve(@PathVariable UUID id) {
        return protocols.approve(CurrentUser.require(), id);
    }

    @PostMapping(path = "/protocol/corrections", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ProtocolView> correct(@PathVariable UUID id, @Valid @RequestBody Correction body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(protocols.correct(CurrentUser.require(), id,
                new ProtocolCorrection(body.text(), body.entries() == null ? List.of()
                        : body.entries().stream().map(change -> new ProtocolCorrection.EntryChange(change.id(),
                                change.text(), change.rationale())).toList(), body.present(), body.basedOn())));
    }

    @GetMapping("/protocol")
    ProtocolView protocol(@PathVariable UUID id) {
        return protocols.protocol(CurrentUser.require(), id);
    }

    @GetMapping("/protocol/versions")
    PageResult<ProtocolView> versions(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return PageResult.of(protocols.versions(CurrentUser.require(), id), new PageRequest(page, size));
    }

    @GetMapping("/protocol/versions/{version}")
    ProtocolView version(@PathVariable UUID id, @PathVariable int version) {
        return protocols.protocol(CurrentUser.require(), id, version);
    }

    /** What a correcting version changed against the version it corrects, word by word. */
    @GetMapping("/protocol/versions/{version}/diff")
    ProtocolDiff diff(@PathVariable UUID id, @PathVariable int version) {
        return protocols.diff(CurrentUser.require(), id, version);
    }

    /** The latest version (or the one asked for) as tagged PDF; while the protocol is open, the draft. */
    @GetMapping(path = "/protocol.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@PathVariable UUID id, @RequestParam(required = false) @Nullable Integer version,
            Locale locale) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .body(protocols.pdf(CurrentUser.require(), id, version, locale));
    }

    /** Body of {@code PUT …/attendance}: the members who were present. */
    record Attendance(@NotNull @Size(max = 500) Set<UUID> present) {
    }

    /**
     * Body of {@code POST …/protocol/corrections}: why the protocol is corrected, and optionally the
     * corrected entries and attendance, and the version they were written against ({@code basedOn}).
     */
    record Correction(@NotBlank @Size(max = 10_000) String text, @Nullable @Size(max = 500) List<@Valid EntryChange> entries,
            @Nullable @Size(max = 500) Set<UUID> present, @Nullable Integer basedOn) {
    }

    /** One corrected entry. */
    record EntryChange(@NotNull UUID id, @NotBlank @Size(max = 10_000) String text,
            @Nullable @Size(max = 10_000) String rationale) {
    }
}
