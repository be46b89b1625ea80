package de.lagezentrum.lessons;

/** A resilience factor's way to the public: written, submitted for review, published by a second facilitator. */
public enum FactorStatus {
    DRAFT,
    REVIEW,
    PUBLISHED
}
