package de.lagezentrum.live;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A blog post as its reader may see it. {@code html} is the sanitised rendering of the Markdown
 * {@code body}. A hidden post reaches only its author and the team, with {@code hiddenReason}.
 *
 * @param author the author's name; null for an anonymous participant
 * @param byTeam whether a member of the team wrote it
 * @param mine whether the reader wrote it
 */
public record PostView(UUID id, UUID eventId, String title, String body, String html, @Nullable String author,
        boolean byTeam, Instant createdAt, long comments, boolean hidden, @Nullable String hiddenReason,
        boolean mine) {
}
