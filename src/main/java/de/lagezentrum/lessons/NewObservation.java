package de.lagezentrum.lessons;

import org.jspecify.annotations.Nullable;

/**
 * What a participant posts to a workshop's board: the text (1–2,000 characters), its kind, and optionally a
 * theme (a free German label such as "Krisenkommunikation", at most 100 characters).
 */
public record NewObservation(@Nullable String text, @Nullable ObservationKind kind, @Nullable String theme) {
}
