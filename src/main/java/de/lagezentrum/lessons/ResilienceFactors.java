package de.lagezentrum.lessons;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.lagezentrum.lessons.knowledge.KnowledgeStore;
import de.lagezentrum.lessons.knowledge.Slugs;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.security.PublicPageChanged;
import de.lagezentrum.platform.web.ConflictException;
import de.lagezentrum.platform.web.InvalidInputException;
import de.lagezentrum.platform.web.NotFoundException;

/**
 * Resilience factors (Resilienzfaktoren): a facilitator groups recommendations under a theme, with summary,
 * Markdown body and examples from the municipalities; the factor goes draft → review → published, and only a
 * second facilitator publishes what one submitted (four eyes), recorded with who and when. Publishing drops the
 * cached copies of {@code /wissen}. For anybody but the municipality's facilitators a factor here does not exist.
 */
@Service
public class ResilienceFactors {

    private static final String ENTITY = "ResilienceFactor";
    private static final Set<String> INVASIVENESS = Set.of("MINIMAL", "MODERATE", "STRUCTURAL", "LONG_TERM");
    private static final Set<String> TRANSFERABILITY = Set.of("CRISIS_SPECIFIC", "TRANSFERABLE");
    private static final int MAX_EXAMPLES = 50;

    private final KnowledgeStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ResilienceFactors(KnowledgeStore store, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Writes a factor as a draft, with a slug from its title unique in the municipality.
     *
     * @throws AccessDeniedException without the role {@code FACILITATOR}
     * @throws InvalidInputException for missing or too long texts, an unknown label, an id of no recommendation of
     *         the municipality
     */
    @Transactional
    public ResilienceFactorView create(CurrentUser user, NewResilienceFactor factor) {
        KnowledgeTexts.requireFacilitator(user);
        String title = KnowledgeTexts.required(factor.title(), "title", 200);
        String summary = KnowledgeTexts.required(factor.summary(), "summary", 1000);
        String body = KnowledgeTexts.required(factor.body(), "body", 50_000);
        String theme = KnowledgeTexts.required(factor.theme(), "theme", 100);
        String invasiveness = label(factor.invasiveness(), "invasiveness", INVASIVENESS);
        String transferability = label(factor.transferability(), "transferability", TRANSFERABILITY);
        List<UUID> recommendations = KnowledgeTexts.ids(factor.recommendationIds(), "recommendationIds", 100);
        if (store.existing(user.tenantId(), "recommendation", recommendations) != recommendations.size()) {
            throw new InvalidInputException("recommendationIds", "lessons.knowledge.unknown-ids");
        }
        if (factor.examples().size() > MAX_EXAMPLES) {
            throw new InvalidInputException("examples", "lessons.knowledge.too-many");
        }
        List<FactorExample> examples = new ArrayList<>();
        for (FactorExample example : factor.examples()) {
            if (example == null) {
                throw new InvalidInputException("examples", "lessons.text.required");
            }
            examples.add(new FactorExample(KnowledgeTexts.required(example.municipality(), "examples", 200),
                    KnowledgeTexts.required(example.text(), "examples", 5000)));
        }
        String base = Slugs.of(title);
        String slug = base;
        for (int n = 2; store.slugTaken(user.tenantId(), slug); n++) {
            slug = base + "-" + n;
        }
        UUID id = UUID.randomUUID();
        store.insertFactor(user.tenantId(), id, slug, title, summary, body, theme, invasiveness, transferability,
                recommendations, examples, user.personId(), clock.instant());
        return store.factor(user.tenantId(), id).orElseThrow();
    }

    /** A factor of the municipality, for its facilitators. */
    @Transactional(readOnly = true)
    public ResilienceFactorView factor(CurrentUser user, UUID id) {
        if (!user.hasRole(KnowledgeTexts.FACILITATOR)) {
            throw new NotFoundException(ENTITY);
        }
        return store.factor(user.tenantId(), id).orElseThrow(() -> new NotFoundException(ENTITY));
    }

    /** The municipality's factors, newest change first, for its facilitators (the editorial page). */
    @Transactional(readOnly = true)
    public List<ResilienceFactorView> factors(CurrentUser user) {
        KnowledgeTexts.requireFacilitator(user);
        return store.factors(user.tenantId());
    }

    /**
     * Submits a draft for review, recording who and when; a factor already in review stays as it is.
     *
     * @throws ConflictException for a published factor
     */
    @Transactional
    public ResilienceFactorView submit(CurrentUser user, UUID id) {
        ResilienceFactorView factor = factor(user, id);
        if (factor.status() == FactorStatus.PUBLISHED) {
            throw new ConflictException("lessons.knowledge.already-published");
        }
        if (factor.status() == FactorStatus.DRAFT) {
            store.submit(user.tenantId(), id, user.personId(), clock.instant());
        }
        return store.factor(user.tenantId(), id).orElseThrow();
    }

    /**
     * Publishes a factor in review: only a facilitator other than the one who submitted it (four eyes). A published
     * factor stays as it is.
     *
     * @throws ConflictException for a draft, and for the submitter themself
     */
    @Transactional
    public ResilienceFactorView publish(CurrentUser user, UUID id) {
        ResilienceFactorView factor = factor(user, id);
        if (factor.status() == FactorStatus.PUBLISHED) {
            return factor;
        }
        if (factor.status() == FactorStatus.DRAFT) {
            throw new ConflictException("lessons.knowledge.not-in-review");
        }
        if (user.personId().equals(factor.submittedBy())) {
            throw new ConflictException("lessons.knowledge.four-eyes");
        }
        Instant now = clock.instant();
        if (!store.publish(user.tenantId(), id, user.personId(), now)) {
            throw new ConflictException("lessons.knowledge.not-in-review");
        }
        events.publishEvent(new PublicPageChanged("/wissen/**"));
        return store.factor(user.tenantId(), id).orElseThrow();
    }

    private static @Nullable String label(@Nullable String value, String field, Set<String> allowed) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!allowed.contains(value)) {
            throw new InvalidInputException(field, "lessons.knowledge.unknown-label");
        }
        return value;
    }
}
