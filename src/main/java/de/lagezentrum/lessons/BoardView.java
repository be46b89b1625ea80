package de.lagezentrum.lessons;

import java.util.List;

/**
 * A workshop's board: the workshop, its clusters (in their order) and the observations still on it (merged
 * duplicates have left it), oldest first.
 */
public record BoardView(WorkshopView workshop, List<ClusterView> clusters, List<ObservationView> observations) {
}
