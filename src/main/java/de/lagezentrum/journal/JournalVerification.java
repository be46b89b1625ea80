package de.lagezentrum.journal;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * The result of recomputing a journal's hash chain.
 *
 * @param valid whether every entry is unchanged and in place
 * @param entries how many entries the journal holds
 * @param firstBrokenSeq the first position at which the chain does not hold (an entry changed, removed or
 *        added behind the application's back); null when valid
 * @param lastHash the hash of the last entry; null when the journal is empty or broken. Noting it down
 *        (e.g. in a protocol) lets anyone prove later that nothing before it changed.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JournalVerification(boolean valid, long entries, @Nullable Long firstBrokenSeq,
        @Nullable String lastHash) {
}
