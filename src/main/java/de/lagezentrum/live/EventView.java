package de.lagezentrum.live;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An event as its team and its participants see it. The join code is shown grouped ({@code ABCD-EFGH})
 * and accepted with or without the dash, in any case.
 */
public record EventView(UUID id, UUID tenantId, String title, @Nullable String description, Instant start,
        Instant end, String joinCode, JoinPolicy joinPolicy, QaMode qaMode, BlogPosting blogPosting,
        List<String> blockedWords, boolean cancelled, List<AgendaItem> agenda, List<TeamMember> team,
        long version) {

    /** The code as people read and type it: two groups of four. */
    public String joinCodeGrouped() {
        return joinCode.substring(0, 4) + "-" + joinCode.substring(4);
    }

    /** Whether the event is over at {@code now} (joining, asking and voting end with it). */
    public boolean endedAt(Instant now) {
        return !end.isAfter(now);
    }
}
