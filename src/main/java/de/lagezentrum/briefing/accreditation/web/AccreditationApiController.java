package de.lagezentrum.briefing.accreditation.web;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import de.lagezentrum.briefing.AccreditationDetails;
import de.lagezentrum.briefing.AccreditationStatus;
import de.lagezentrum.briefing.AccreditationView;
import de.lagezentrum.briefing.Accreditations;
import de.lagezentrum.briefing.NewAccreditation;
import de.lagezentrum.briefing.ProofDocument;
import de.lagezentrum.briefing.Rejection;
import de.lagezentrum.briefing.RequestForInformation;
import de.lagezentrum.platform.files.FileResponses;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.PageRequest;
import de.lagezentrum.platform.web.PageResult;

/**
 * API v1 of accreditations: the public registration, which answers every accepted request with 202 and
 * the same body, whatever is known about the address, and the press office's review.
 */
@RestController
@RequestMapping(path = AccreditationPages.API, produces = MediaType.APPLICATION_JSON_VALUE)
class AccreditationApiController {

    private final Accreditations accreditations;

    AccreditationApiController(Accreditations accreditations) {
        this.accreditations = accreditations;
    }

    /** Public and rate-limited per client address: {@code {"name","outlet","email"}}. */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Accepted> register(@Valid @RequestBody NewAccreditation registration, Locale locale) {
        accreditations.register(CurrentUser.current().orElse(null), registration, null, locale);
        return ResponseEntity.accepted().body(Accepted.ANSWER);
    }

    /** The same as multipart form data, with the optional {@code proof} (PDF or image) as a file part. */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Accepted> registerWithProof(@Valid @ModelAttribute NewAccreditation registration,
            @RequestPart(name = "proof", required = false) @Nullable MultipartFile proof, Locale locale) {
        ProofDocument document = proof == null || proof.isEmpty() ? null
                : new ProofDocument(proof, proof.getOriginalFilename());
        accreditations.register(CurrentUser.current().orElse(null), registration, document, locale);
        return ResponseEntity.accepted().body(Accepted.ANSWER);
    }

    @GetMapping
    PageResult<AccreditationView> list(@RequestParam(defaultValue = "PENDING") AccreditationStatus status,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return accreditations.list(CurrentUser.require(), status, new PageRequest(page, size));
    }

    /** How many accreditations each status has: {@code {"counts":{"PENDING":3,…}}}, every status listed. */
    @GetMapping("/counts")
    StatusCounts counts() {
        return new StatusCounts(accreditations.counts(CurrentUser.require()));
    }

    @GetMapping("/{id}")
    AccreditationDetails details(@PathVariable UUID id) {
        return accreditations.details(CurrentUser.require(), id);
    }

    /** Approves; the answer's {@code personId} is the journalist's new person with its account. */
    @PostMapping("/{id}/approve")
    AccreditationView approve(@PathVariable UUID id) {
        return accreditations.approve(CurrentUser.require(), id);
    }

    @PostMapping(path = "/{id}/request-information", consumes = MediaType.APPLICATION_JSON_VALUE)
    AccreditationView requestInformation(@PathVariable UUID id, @Valid @RequestBody RequestForInformation request) {
        return accreditations.requestInformation(CurrentUser.require(), id, request);
    }

    @PostMapping(path = "/{id}/reject", consumes = MediaType.APPLICATION_JSON_VALUE)
    AccreditationView reject(@PathVariable UUID id, @Valid @RequestBody Rejection rejection) {
        return accreditations.reject(CurrentUser.require(), id, rejection);
    }

    @GetMapping(path = "/{id}/proof", produces = MediaType.ALL_VALUE)
    ResponseEntity<Resource> proof(@PathVariable UUID id) {
        return FileResponses.inline(accreditations.proof(CurrentUser.require(), id));
    }

    /** The number of accreditations per status. */
    record StatusCounts(Map<AccreditationStatus, Long> counts) {
    }

    /**
     * The one answer every registration gets.
     *
     * @param status always {@code ACCEPTED}: a mail follows to the address, whatever it is
     */
    record Accepted(String status) {
        static final Accepted ANSWER = new Accepted("ACCEPTED");
    }
}
