package de.lagezentrum.lessons;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.lagezentrum.lessons.knowledge.KnowledgeStore;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.InvalidInputException;
import de.lagezentrum.platform.web.NotFoundException;

/**
 * Recommendations (Handlungsempfehlungen): a facilitator writes one in Markdown, citing proposals and lessons of
 * the municipality; resilience factors group them. Public only through a published factor.
 */
@Service
public class Recommendations {

    private static final String ENTITY = "Recommendation";
    private static final int MAX_CITED = 100;

    private final KnowledgeStore store;
    private final Clock clock;

    Recommendations(KnowledgeStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Writes a recommendation.
     *
     * @throws AccessDeniedException without the role {@code FACILITATOR}
     * @throws InvalidInputException for a missing or too long text, an id of no proposal or lesson of the municipality
     */
    @Transactional
    public RecommendationView create(CurrentUser user, NewRecommendation recommendation) {
        KnowledgeTexts.requireFacilitator(user);
        String title = KnowledgeTexts.required(recommendation.title(), "title", 200);
        String body = KnowledgeTexts.required(recommendation.body(), "body", 20_000);
        List<UUID> proposals = KnowledgeTexts.ids(recommendation.proposalIds(), "proposalIds", MAX_CITED);
        List<UUID> lessons = KnowledgeTexts.ids(recommendation.lessonIds(), "lessonIds", MAX_CITED);
        if (store.existing(user.tenantId(), "proposal", proposals) != proposals.size()) {
            throw new InvalidInputException("proposalIds", "lessons.knowledge.unknown-ids");
        }
        if (store.existing(user.tenantId(), "lesson", lessons) != lessons.size()) {
            throw new InvalidInputException("lessonIds", "lessons.knowledge.unknown-ids");
        }
        UUID id = UUID.randomUUID();
        store.insertRecommendation(user.tenantId(), id, title, body, proposals, lessons, user.personId(), clock.instant());
        return store.recommendation(user.tenantId(), id).orElseThrow();
    }

    /** A recommendation of the municipality, for its facilitators. */
    @Transactional(readOnly = true)
    public RecommendationView recommendation(CurrentUser user, UUID id) {
        if (!user.hasRole(KnowledgeTexts.FACILITATOR)) {
            throw new NotFoundException(ENTITY);
        }
        return store.recommendation(user.tenantId(), id).orElseThrow(() -> new NotFoundException(ENTITY));
    }
}
