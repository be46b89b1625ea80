package de.lagezentrum.briefing.accreditation;

import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import de.lagezentrum.briefing.AccreditationDetails;
import de.lagezentrum.briefing.AccreditationStatus;
import de.lagezentrum.briefing.AccreditationView;
import de.lagezentrum.briefing.Accreditations;
import de.lagezentrum.briefing.NewAccreditation;
import de.lagezentrum.briefing.ReviewNote;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.security.PublicEndpoint;
import de.lagezentrum.platform.web.PageRequest;
import de.lagezentrum.platform.web.PageResult;

/**
 * API v1 of accreditations: the public registration (always 202 with the same body, whatever is known
 * about the address) and the press office's review.
 */
@RestController
@RequestMapping(path = "/api/v1/press/accreditations", produces = MediaType.APPLICATION_JSON_VALUE)
class AccreditationApiController {

    static final String PATH = "/api/v1/press/accreditations";

    private final Accreditations accreditations;

    AccreditationApiController(Accreditations accreditations) {
        this.accreditations = accreditations;
    }

    /** Public and rate-limited per client address. */
    @Bean
    static PublicEndpoint accreditationRegistration() {
        return new PublicEndpoint(HttpMethod.POST, PATH);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Accepted> register(@Valid @RequestBody NewAccreditation registration, Locale locale) {
        accreditations.register(CurrentUser.current().map(CurrentUser::tenantId).orElse(null), registration, locale);
        return ResponseEntity.accepted().body(Accepted.INSTANCE);
    }

    @GetMapping
    PageResult<AccreditationView> list(@RequestParam(defaultValue = "PENDING") AccreditationStatus status,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return accreditations.list(CurrentUser.require(), status, new PageRequest(page, size));
    }

    @GetMapping("/{id}")
    AccreditationDetails details(@PathVariable UUID id) {
        return accreditations.details(CurrentUser.require(), id);
    }

    @PostMapping("/{id}/approve")
    AccreditationView approve(@PathVariable UUID id) {
        return accreditations.approve(CurrentUser.require(), id);
    }

    @PostMapping(path = "/{id}/more-info", consumes = MediaType.APPLICATION_JSON_VALUE)
    AccreditationView askForMore(@PathVariable UUID id, @Valid @RequestBody ReviewNote question) {
        return accreditations.askForMore(CurrentUser.require(), id, question);
    }

    @PostMapping(path = "/{id}/reject", consumes = MediaType.APPLICATION_JSON_VALUE)
    AccreditationView reject(@PathVariable UUID id, @Valid @RequestBody ReviewNote reason) {
        return accreditations.reject(CurrentUser.require(), id, reason);
    }

    /** The one answer every registration gets. */
    record Accepted(String status) {
        static final Accepted INSTANCE = new Accepted("ACCEPTED");
    }
}
