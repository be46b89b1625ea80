package de.lagezentrum.journal;

import org.jspecify.annotations.Nullable;

/**
 * Recomputes a journal's hash chain one entry at a time, in order of seq, holding nothing but the
 * previous hash: the memory it needs does not grow with the journal.
 */
final class ChainVerifier {

    private long expectedSeq = 1;
    private String previousHash = EntryHash.GENESIS;
    private long entries;
    private @Nullable Long firstBrokenSeq;

    /** Takes the next entry in order of seq. */
    void accept(StoredEntry entry) {
        entries++;
        if (firstBrokenSeq != null) {
            return;
        }
        if (entry.seq() != expectedSeq) {
            // An entry is missing (or its seq was changed): the chain breaks where the gap begins.
            firstBrokenSeq = Math.min(expectedSeq, entry.seq());
        }
        else if (!entry.previousHash().equals(previousHash) || !EntryHash.matches(entry)) {
            firstBrokenSeq = entry.seq();
        }
        else {
            previousHash = entry.hash();
            expectedSeq++;
        }
    }

    /**
     * The result, checked against the chain's head: entries removed from the end, or added behind the
     * application's back, show as a head that does not match the last entry.
     *
     * @param headSeq the seq the head records as last (0 for a journal never written)
     * @param headHash the hash the head records as last
     */
    JournalVerification result(long headSeq, String headHash) {
        long lastSeq = expectedSeq - 1;
        if (firstBrokenSeq == null && headSeq != lastSeq) {
            firstBrokenSeq = Math.min(headSeq, lastSeq) + 1;
        }
        else if (firstBrokenSeq == null && !headHash.equals(previousHash)) {
            firstBrokenSeq = Math.max(lastSeq, 1);
        }
        if (firstBrokenSeq != null) {
            return new JournalVerification(false, entries, firstBrokenSeq, null);
        }
        return new JournalVerification(true, entries, null, entries == 0 ? null : previousHash);
    }
}
