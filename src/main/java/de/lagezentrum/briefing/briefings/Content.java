package de.lagezentrum.briefing.briefings;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import de.lagezentrum.briefing.BriefingGuest;

/**
 * What a briefing or a series announces, checked and tidied ({@link ContentRules}): title and topic
 * stripped, blanks as null, the chair not repeated on the panel, nobody twice.
 */
public record Content(String title, @Nullable String topic, @Nullable UUID chairId, List<UUID> panel,
        List<BriefingGuest> guests, @Nullable String videoUrl) {

    public Content {
        panel = List.copyOf(panel);
        guests = List.copyOf(guests);
    }
}
