package de.lagezentrum.briefing.web;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import de.lagezentrum.briefing.BriefingManagement;
import de.lagezentrum.briefing.BriefingStatus;
import de.lagezentrum.briefing.BriefingView;
import de.lagezentrum.briefing.NewBriefing;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.DateFormats;
import de.lagezentrum.platform.web.PageRequest;
import de.lagezentrum.platform.web.PageResult;

/**
 * API v1 of briefings: plan, list by period, read, change ({@code PUT}) and cancel or reinstate
 * ({@code PATCH} of the status). There is no {@code DELETE}: a briefing that was announced is cancelled,
 * not removed, so {@code DELETE} answers 405.
 */
@RestController
@RequestMapping(path = "/api/v1/briefings", produces = MediaType.APPLICATION_JSON_VALUE)
class BriefingApiController {

    private final BriefingManagement briefings;
    private final DateFormats dates;
    private final Clock clock;

    BriefingApiController(BriefingManagement briefings, DateFormats dates, Clock clock) {
        this.briefings = briefings;
        this.dates = dates;
        this.clock = clock;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<BriefingView> plan(@Valid @RequestBody NewBriefing command) {
        BriefingView created = briefings.plan(CurrentUser.require(), command);
        return ResponseEntity.created(URI.create("/api/v1/briefings/" + created.id())).body(created);
    }

    /** Without {@code from}, from today (in the municipality's time zone); without {@code to}, 90 days on. */
    @GetMapping
    PageResult<BriefingView> briefings(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
        PageRequest requested = new PageRequest(page, size);
        CurrentUser user = CurrentUser.require();
        LocalDate start = from != null ? from : dates.today(user.tenantId(), clock);
        return briefings.briefings(user, start, to, requested);
    }

    @GetMapping("/{id}")
    BriefingView briefing(@PathVariable UUID id) {
        return briefings.briefing(CurrentUser.require(), id);
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    BriefingView revise(@PathVariable UUID id, @Valid @RequestBody NewBriefing command) {
        return briefings.revise(CurrentUser.require(), id, command);
    }

    @PatchMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    BriefingView changeStatus(@PathVariable UUID id, @Valid @RequestBody StatusChange change) {
        CurrentUser user = CurrentUser.require();
        return change.status() == BriefingStatus.CANCELLED ? briefings.cancel(user, id, change.cancelReason())
                : briefings.reinstate(user, id);
    }

    /**
     * Body of a status change.
     *
     * @param cancelReason why it is cancelled, shown to journalists; may be null
     */
    record StatusChange(@NotNull BriefingStatus status, @Nullable @Size(max = 1000) String cancelReason) {
    }
}
