package de.lagezentrum.lessons;

import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.lagezentrum.lessons.proposals.ProposalStore;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.InvalidInputException;
import de.lagezentrum.platform.web.NotFoundException;

/**
 * The lessons module's facade for proposals (Vorschläge) of a workshop: its facilitators make them, from the
 * workshop's observations; its members rate impact and effort, once each (a new rating replaces the old).
 * Every change is published as {@link ProposalChanged}, which the workshop's stream relays. For anybody
 * who is not a member of the workshop, and for another municipality, a proposal does not exist (404).
 */
@Service
public class Proposals {

    private static final String ENTITY = "Proposal";
    private static final int MAX_TITLE = 200;
    private static final int MAX_DESCRIPTION = 5000;
    private static final int MAX_OBSERVATIONS = 200;

    /**
     * The ranking of the list: the best ratio first, i.e. high mean impact for low mean effort
     * (impact − effort), then the higher impact, then the more ratings; unrated proposals last.
     */
    public static final Comparator<ProposalView> RANKING = Comparator
            .comparing((ProposalView p) -> p.impact() == null)
            .thenComparing(p -> p.impact() == null ? 0 : p.effort() - p.impact())
            .thenComparing(p -> p.impact() == null ? 0 : -p.impact())
            .thenComparing(p -> -p.ratings())
            .thenComparing(ProposalView::title);

    private final ProposalStore store;
    private final Workshops workshops;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Proposals(ProposalStore store, Workshops workshops, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.workshops = workshops;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Makes a proposal of the workshop (its facilitators).
     *
     * @throws NotFoundException for a workshop the user is no member of
     * @throws AccessDeniedException for a member who is not a facilitator
     * @throws InvalidInputException for missing or too long texts, missing kinds, observations of another workshop
     */
    @Transactional
    public ProposalView create(CurrentUser user, UUID workshopId, NewProposal proposal) {
        WorkshopMember member = workshops.member(user, workshopId);
        if (!member.facilitator()) {
            throw new AccessDeniedException("Only facilitators make proposals");
        }
        String title = LessonTexts.required(proposal.title(), "title", MAX_TITLE);
        String description = LessonTexts.required(proposal.description(), "description", MAX_DESCRIPTION);
        if (proposal.invasiveness() == null) {
            throw new InvalidInputException("invasiveness", "lessons.text.required");
        }
        if (proposal.transferability() == null) {
            throw new InvalidInputException("transferability", "lessons.text.required");
        }
        Set<UUID> observations = new LinkedHashSet<>(proposal.observationIds());
        if (observations.size() > MAX_OBSERVATIONS || observations.contains(null)
                || store.observationsOfWorkshop(user.tenantId(), workshopId, observations) != observations.size()) {
            throw new InvalidInputException("observationIds", "lessons.proposal.observations.unknown");
        }
        UUID id = UUID.randomUUID();
        store.insert(user.tenantId(), id, workshopId, title, description, proposal.invasiveness(),
                proposal.transferability(), List.copyOf(observations), member.id(), clock.instant());
        return changed(user.tenantId(), id);
    }

    /** A proposal, for the members of its workshop. */
    @Transactional(readOnly = true)
    public ProposalView proposal(CurrentUser user, UUID id) {
        ProposalView proposal = store.find(user.tenantId(), id).orElseThrow(() -> new NotFoundException(ENTITY));
        workshops.member(user, proposal.workshopId());
        return proposal;
    }

    /** The workshop's proposals, ranked by {@link #RANKING}, for a member of the workshop. */
    @Transactional(readOnly = true)
    public List<ProposalView> ranked(WorkshopMember member) {
        return store.ofWorkshop(member.tenantId(), member.workshopId()).stream().sorted(RANKING).toList();
    }

    /** The member's own ratings of the workshop's proposals, by proposal. */
    @Transactional(readOnly = true)
    public Map<UUID, ProposalRating> ownRatings(WorkshopMember member) {
        return store.ratingsBy(member.tenantId(), member.workshopId(), member.id());
    }

    /** The signed-in user rates a proposal of a workshop they are a member of. */
    @Transactional
    public ProposalView rate(CurrentUser user, UUID id, @Nullable Integer impact, @Nullable Integer effort) {
        ProposalView proposal = store.find(user.tenantId(), id).orElseThrow(() -> new NotFoundException(ENTITY));
        return rate(workshops.member(user, proposal.workshopId()), id, impact, effort);
    }

    /**
     * A member (city account or guest) rates a proposal of their workshop: impact and effort 1–5; the
     * member's earlier rating is replaced.
     *
     * @throws NotFoundException for a proposal of another workshop
     * @throws InvalidInputException for a value missing or outside 1–5
     */
    @Transactional
    public ProposalView rate(WorkshopMember member, UUID id, @Nullable Integer impact, @Nullable Integer effort) {
        ProposalView proposal = store.find(member.tenantId(), id)
                .filter(found -> found.workshopId().equals(member.workshopId()))
                .orElseThrow(() -> new NotFoundException(ENTITY));
        store.rate(member.tenantId(), proposal.id(), member.id(),
                new ProposalRating(scale(impact, "impact"), scale(effort, "effort")), clock.instant());
        return changed(member.tenantId(), proposal.id());
    }

    private ProposalView changed(UUID tenantId, UUID id) {
        ProposalView proposal = store.find(tenantId, id).orElseThrow();
        events.publishEvent(new ProposalChanged(tenantId, proposal.workshopId(), proposal.id(), proposal.title(),
                proposal.ratings(), proposal.impact(), proposal.effort()));
        return proposal;
    }

    private static int scale(@Nullable Integer value, String field) {
        if (value == null) {
            throw new InvalidInputException(field, "lessons.text.required");
        }
        if (value < 1 || value > 5) {
            throw new InvalidInputException(field, "lessons.proposal.rating.range");
        }
        return value;
    }
}
