package de.lagezentrum.lessons;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.InvalidInputException;

/** Checks the knowledge platform's facades share: the facilitator role, required texts, lists of ids. */
final class KnowledgeTexts {

    static final String FACILITATOR = "FACILITATOR";

    private KnowledgeTexts() {
    }

    static void requireFacilitator(CurrentUser user) {
        if (!user.hasRole(FACILITATOR)) {
            throw new AccessDeniedException("Only facilitators write recommendations and resilience factors");
        }
    }

    /** The stripped text; a problem on {@code field} if it is missing or longer than {@code max}. */
    static String required(@Nullable String value, String field, int max) {
        String clean = value == null ? "" : value.strip();
        if (clean.isEmpty()) {
            throw new InvalidInputException(field, "lessons.text.required");
        }
        if (clean.length() > max) {
            throw new InvalidInputException(field, "lessons.text.too-long");
        }
        return clean;
    }

    /** The ids without repeats; a problem on {@code field} for a null entry or more than {@code max}. */
    static List<UUID> ids(List<@Nullable UUID> ids, String field, int max) {
        List<UUID> distinct = new ArrayList<>();
        for (UUID id : ids) {
            if (id == null) {
                throw new InvalidInputException(field, "lessons.knowledge.unknown-ids");
            }
            if (!distinct.contains(id)) {
                distinct.add(id);
            }
        }
        if (distinct.size() > max) {
            throw new InvalidInputException(field, "lessons.knowledge.too-many");
        }
        return distinct;
    }
}
