package de.lagezentrum.lessons;

/** A member's own rating of a proposal: impact and effort, each 1–5. */
public record ProposalRating(int impact, int effort) {
}
