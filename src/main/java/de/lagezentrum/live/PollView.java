package de.lagezentrum.live;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;

/** A poll of an event, as the team and (once it is not a draft any more) the participants see it. */
public record PollView(UUID id, UUID eventId, String question, PollType type, PollStatus status,
        PollVisibility visibility, boolean revealed, List<PollOption> options, @Nullable Integer scaleMin,
        @Nullable Integer scaleMax, @Nullable String minLabel, @Nullable String maxLabel, Instant createdAt,
        @Nullable Instant openedAt, @Nullable Instant closedAt) {

    /** Whether participants see the results: shown live, or revealed by the team. */
    public boolean resultsPublic() {
        return visibility == PollVisibility.LIVE || revealed;
    }

    /** The values of a scale poll, ascending; empty for other types. */
    public List<Integer> scaleValues() {
        return scaleMin == null || scaleMax == null ? List.of() : IntStream.rangeClosed(scaleMin, scaleMax).boxed().toList();
    }
}
