package de.lagezentrum.lessons;

import org.jspecify.annotations.Nullable;

import de.lagezentrum.platform.web.InvalidInputException;

/** The module's rule for texts: stripped; blank is missing; longer than the limit is bad input. */
final class LessonTexts {

    private LessonTexts() {
    }

    static String required(@Nullable String value, String field, int max) {
        String clean = optional(value, field, max);
        if (clean == null) {
            throw new InvalidInputException(field, "lessons.text.required");
        }
        return clean;
    }

    static @Nullable String optional(@Nullable String value, String field, int max) {
        String clean = value == null ? "" : value.strip();
        if (clean.isEmpty()) {
            return null;
        }
        if (clean.length() > max) {
            throw new InvalidInputException(field, "lessons.text.too-long");
        }
        return clean;
    }
}
