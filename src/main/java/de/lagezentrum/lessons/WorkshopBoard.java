package de.lagezentrum.lessons;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.lagezentrum.lessons.board.BoardStore;
import de.lagezentrum.lessons.workshops.WorkshopStore;
import de.lagezentrum.platform.realtime.LiveHub;
import de.lagezentrum.platform.web.ConflictException;
import de.lagezentrum.platform.web.InvalidInputException;
import de.lagezentrum.platform.web.NotFoundException;

/**
 * The lessons module's facade for a workshop's board: its members ({@link WorkshopMember}, resolved by
 * {@link Workshops#member} for city accounts or from a guest's invitation) post observations in the current
 * phase and read the board; its facilitators cluster observations and merge duplicates. Every change goes
 * to the workshop's stream ({@link Workshops#topic}) as {@code observation}; a {@link ProposalChanged} goes
 * there as {@code proposal}.
 */
@Service
public class WorkshopBoard {

    static final int MAX_TEXT = 2000;
    static final int MAX_THEME = 100;
    static final int MAX_CLUSTER_TITLE = 200;

    private static final String OBSERVATION = "Observation";

    private final BoardStore board;
    private final WorkshopStore workshops;
    private final LiveHub hub;
    private final Clock clock;

    WorkshopBoard(BoardStore board, WorkshopStore workshops, LiveHub hub, Clock clock) {
        this.board = board;
        this.workshops = workshops;
        this.hub = hub;
        this.clock = clock;
    }

    /**
     * Posts an observation in the workshop's current phase.
     *
     * @throws InvalidInputException for a missing kind, an empty or too long text or theme
     * @throws ConflictException when the workshop is closed
     */
    @Transactional
    public ObservationView post(WorkshopMember member, NewObservation observation) {
        if (observation.kind() == null) {
            throw new InvalidInputException("kind", "lessons.text.required");
        }
        String text = clean(observation.text(), "text", MAX_TEXT, true);
        String theme = clean(observation.theme(), "theme", MAX_THEME, false);
        WorkshopView workshop = workshop(member);
        if (workshop.phase() == WorkshopPhase.CLOSED) {
            throw new ConflictException("lessons.board.closed");
        }
        UUID id = UUID.randomUUID();
        board.insert(member.tenantId(), workshop.id(), id, workshop.phase(), observation.kind(), theme,
                text == null ? "" : text, member.guest() ? null : member.id(), member.guest() ? member.id() : null,
                member.displayName(), clock.instant());
        changed(workshop.id(), id);
        return board.observation(member.tenantId(), id).orElseThrow();
    }

    /** The board: the workshop, its clusters and the observations still on it, in three statements. */
    @Transactional(readOnly = true)
    public BoardView board(WorkshopMember member) {
        WorkshopView workshop = workshop(member);
        return new BoardView(workshop, board.clusters(member.tenantId(), workshop.id()),
                board.observations(member.tenantId(), workshop.id()));
    }

    /**
     * The workshop an observation on a board belongs to (for resolving the member of a request about the
     * observation).
     *
     * @throws NotFoundException for an unknown, merged or other municipality's observation
     */
    @Transactional(readOnly = true)
    public UUID workshopOf(UUID tenantId, UUID observationId) {
        return board.workshopOf(tenantId, observationId).orElseThrow(() -> new NotFoundException(OBSERVATION));
    }

    /** Adds a cluster (facilitators). */
    @Transactional
    public ClusterView createCluster(WorkshopMember member, @Nullable String title) {
        facilitator(member);
        String clean = clean(title, "title", MAX_CLUSTER_TITLE, true);
        WorkshopView workshop = workshop(member);
        ClusterView cluster = board.insertCluster(member.tenantId(), workshop.id(), UUID.randomUUID(),
                clean == null ? "" : clean, clock.instant());
        hub.publish(Workshops.topic(workshop.id()), "observation",
                Map.of("workshopId", workshop.id().toString(), "clusterId", cluster.id().toString()));
        return cluster;
    }

    /**
     * Puts an observation of the member's workshop into one of its clusters, or takes it out
     * ({@code null}); facilitators.
     *
     * @throws InvalidInputException for a cluster of another workshop
     */
    @Transactional
    public ObservationView cluster(WorkshopMember member, UUID observationId, @Nullable UUID clusterId) {
        facilitator(member);
        onBoard(member, observationId);
        if (clusterId != null && !board.clusterOf(member.tenantId(), member.workshopId(), clusterId)) {
            throw new InvalidInputException("clusterId", "lessons.board.cluster.unknown");
        }
        board.cluster(member.tenantId(), observationId, clusterId);
        changed(member.workshopId(), observationId);
        return board.observation(member.tenantId(), observationId).orElseThrow();
    }

    /**
     * Merges a duplicate into another observation of the same board (facilitators): the duplicate leaves
     * the board, the kept one counts it.
     *
     * @throws InvalidInputException for the observation itself or one that is not on the same board
     */
    @Transactional
    public ObservationView merge(WorkshopMember member, UUID duplicateId, @Nullable UUID keptId) {
        facilitator(member);
        onBoard(member, duplicateId);
        if (keptId == null || keptId.equals(duplicateId)
                || !board.workshopOf(member.tenantId(), keptId).map(member.workshopId()::equals).orElse(false)) {
            throw new InvalidInputException("into", "lessons.board.merge.invalid");
        }
        board.merge(member.tenantId(), duplicateId, keptId);
        changed(member.workshopId(), keptId);
        return board.observation(member.tenantId(), keptId).orElseThrow();
    }

    /** Relays a proposal's change to the workshop's stream as {@code proposal} (in the changing transaction). */
    @EventListener
    void on(ProposalChanged changed) {
        hub.publish(Workshops.topic(changed.workshopId()), "proposal", changed);
    }

    private void changed(UUID workshopId, UUID observationId) {
        hub.publish(Workshops.topic(workshopId), "observation",
                Map.of("workshopId", workshopId.toString(), "observationId", observationId.toString()));
    }

    private WorkshopView workshop(WorkshopMember member) {
        return workshops.find(member.tenantId(), member.workshopId())
                .orElseThrow(() -> new NotFoundException("Workshop"));
    }

    private void onBoard(WorkshopMember member, UUID observationId) {
        if (!board.workshopOf(member.tenantId(), observationId).map(member.workshopId()::equals).orElse(false)) {
            throw new NotFoundException(OBSERVATION);
        }
    }

    private static void facilitator(WorkshopMember member) {
        if (!member.facilitator()) {
            throw new AccessDeniedException("Only facilitators arrange the board");
        }
    }

    private static @Nullable String clean(@Nullable String value, String field, int max, boolean required) {
        String clean = value == null ? "" : value.strip();
        if (clean.isEmpty()) {
            if (required) {
                throw new InvalidInputException(field, "lessons.text.required");
            }
            return null;
        }
        if (clean.length() > max) {
            throw new InvalidInputException(field, "lessons.text.too-long");
        }
        return clean;
    }
}
