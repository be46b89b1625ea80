package de.lagezentrum.briefing;

import org.jspecify.annotations.Nullable;

/**
 * The press office moves a question on in its queue.
 *
 * @param status {@code ACCEPTED}, {@code ANSWERING} (being answered now), {@code ANSWERED} or {@code REJECTED}
 * @param answer for {@code ANSWERED}: the answer as plain text; may be null
 * @param reason for {@code REJECTED}: why, shown to the journalist; required there
 * @param version the version the change was made on; null skips the check
 */
public record QuestionChange(QuestionStatus status, @Nullable String answer, @Nullable String reason,
        @Nullable Long version) {
}
