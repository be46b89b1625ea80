package de.lagezentrum.lessons;

import java.util.UUID;

/** A facilitator's cluster on a workshop's board: observations grouped under a title. */
public record ClusterView(UUID id, String title, int position) {
}
