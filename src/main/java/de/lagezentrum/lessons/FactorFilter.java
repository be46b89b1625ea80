package de.lagezentrum.lessons;

import org.jspecify.annotations.Nullable;

/** What the public list of factors is narrowed to; each part is optional (blank means all). */
public record FactorFilter(@Nullable String q, @Nullable String theme, @Nullable String invasiveness,
        @Nullable String transferability) {

    static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public FactorFilter {
        q = blankToNull(q);
        theme = blankToNull(theme);
        invasiveness = blankToNull(invasiveness);
        transferability = blankToNull(transferability);
    }
}
