package de.lagezentrum.briefing.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
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

import de.lagezentrum.briefing.BriefingSeriesChange;
import de.lagezentrum.briefing.BriefingSeriesManagement;
import de.lagezentrum.briefing.BriefingSeriesView;
import de.lagezentrum.briefing.NewBriefingSeries;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.PageRequest;
import de.lagezentrum.platform.web.PageResult;

/** API v1 of briefing series: set up, list, read, change ({@code PUT}) and cancel or move one date. */
@RestController
@RequestMapping(path = "/api/v1/briefings/series", produces = MediaType.APPLICATION_JSON_VALUE)
class BriefingSeriesApiController {

    private final BriefingSeriesManagement series;

    BriefingSeriesApiController(BriefingSeriesManagement series) {
        this.series = series;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<BriefingSeriesView> create(@Valid @RequestBody NewBriefingSeries command) {
        BriefingSeriesView created = series.create(CurrentUser.require(), command);
        return ResponseEntity.created(URI.create("/api/v1/briefings/series/" + created.id())).body(created);
    }

    @GetMapping
    PageResult<BriefingSeriesView> allSeries(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        PageRequest requested = new PageRequest(page, size);
        return PageResult.of(series.allSeries(CurrentUser.require()), requested);
    }

    @GetMapping("/{id}")
    BriefingSeriesView series(@PathVariable UUID id) {
        return series.series(CurrentUser.require(), id);
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    BriefingSeriesView revise(@PathVariable UUID id, @Valid @RequestBody BriefingSeriesChange change) {
        return series.revise(CurrentUser.require(), id, change);
    }

    @PostMapping(path = "/{id}/exceptions", consumes = MediaType.APPLICATION_JSON_VALUE)
    BriefingSeriesView except(@PathVariable UUID id, @Valid @RequestBody SeriesExceptionRequest body) {
        return series.except(CurrentUser.require(), id, body.date(), body.movedStart(), body.movedEnd());
    }

    /**
     * Body of an exception: without new times the date is cancelled, with both it is moved.
     *
     * @param movedStart new start; null to cancel
     * @param movedEnd new end; null to cancel
     */
    record SeriesExceptionRequest(@NotNull LocalDate date, @Nullable Instant movedStart, @Nullable Instant movedEnd) {
    }
}
