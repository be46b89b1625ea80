package de.lagezentrum.live;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a host says about an event, when creating or changing it. Blocked words hold a question or post
 * back for moderation even in the open mode; they are compared in lower case.
 */
public record EventDetails(@Nullable String title, @Nullable String description, @Nullable Instant start,
        @Nullable Instant end, @Nullable JoinPolicy joinPolicy, @Nullable QaMode qaMode,
        @Nullable BlogPosting blogPosting, List<String> blockedWords, List<AgendaItem> agenda) {

    public EventDetails {
        blockedWords = blockedWords == null ? List.of() : List.copyOf(blockedWords);
        agenda = agenda == null ? List.of() : List.copyOf(agenda);
    }

    /** A new event with the defaults: anonymous joining, moderated questions, everybody posts. */
    public static EventDetails of(@Nullable String title, @Nullable Instant start, @Nullable Instant end,
            List<AgendaItem> agenda) {
        return new EventDetails(title, null, start, end, JoinPolicy.ANONYMOUS, QaMode.MODERATED,
                BlogPosting.PARTICIPANTS, List.of(), agenda);
    }
}
