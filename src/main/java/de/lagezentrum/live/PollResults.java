package de.lagezentrum.live;

import java.util.List;
import java.util.UUID;

/**
 * A poll's results: how many voted, and a count per option (choice), per value (scale; the id is the
 * value) or per normalised word (word cloud; the id and label are the word). Open-text polls list the
 * texts instead, the latest first.
 */
public record PollResults(UUID pollId, String question, PollType type, PollStatus status, long total,
        List<Count> options, List<String> texts) {

    /** One option's, value's or word's count. */
    public record Count(String id, String label, long count) {

        /** The share of all votes in per cent, rounded (0 without votes). */
        public long percentOf(long total) {
            return total == 0 ? 0 : Math.round(count * 100.0 / total);
        }
    }
}
