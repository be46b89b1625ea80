package de.lagezentrum.briefing.briefings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /** What the audit log keeps of the contents, before and after a change. */
    Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("title", title);
        state.put("topic", topic);
        state.put("chairId", chairId);
        state.put("panel", panel);
        state.put("guests", guests);
        state.put("videoUrl", videoUrl);
        return state;
    }
}
