package de.lagezentrum.lessons;

import org.jspecify.annotations.Nullable;

/** What one municipality did for a resilience factor, credited by name. */
public record FactorExample(@Nullable String municipality, @Nullable String text) {
}
