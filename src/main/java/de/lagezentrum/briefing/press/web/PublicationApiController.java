package de.lagezentrum.briefing.press.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import de.lagezentrum.briefing.BriefingPublication;
import de.lagezentrum.briefing.BriefingPublications;
import de.lagezentrum.platform.security.CurrentUser;

/**
 * API v1 of publishing: <code>POST /api/v1/briefings/&#123;id&#125;/publish</code> with a <code>summary</code> publishes a held briefing
 * (or revises its summary), <code>POST /api/v1/briefings/&#123;id&#125;/withdraw</code> with a <code>reason</code> takes it back. Both
 * answer the publication; a briefing that has not ended, a cancelled one, or withdrawing one that is not
 * public answer 409.
 */
@RestController
@RequestMapping(path = "/api/v1/briefings/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
class PublicationApiController {

    private final BriefingPublications publications;

    PublicationApiController(BriefingPublications publications) {
        this.publications = publications;
    }

    @PostMapping(path = "/publish", consumes = MediaType.APPLICATION_JSON_VALUE)
    BriefingPublication publish(@PathVariable UUID id, @RequestBody PublishRequest request) {
        return publications.publish(CurrentUser.require(), id, request.summary());
    }

    @PostMapping(path = "/withdraw", consumes = MediaType.APPLICATION_JSON_VALUE)
    BriefingPublication withdraw(@PathVariable UUID id, @RequestBody WithdrawRequest request) {
        return publications.withdraw(CurrentUser.require(), id, request.reason());
    }

    /** @param summary Markdown, at most 20,000 characters */
    record PublishRequest(@Nullable String summary) {
    }

    /** @param reason at most 1,000 characters */
    record WithdrawRequest(@Nullable String reason) {
    }
}
