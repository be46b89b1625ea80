package de.lagezentrum.briefing;

import org.jspecify.annotations.Nullable;

/**
 * What a journalist's answer link leads to.
 *
 * @param state {@link LinkState#OPEN} when the link can be answered; otherwise why not
 * @param name the journalist's name; null unless open
 * @param question the press office's question; null unless open
 */
public record OpenQuestion(LinkState state, @Nullable String name, @Nullable String question) {

    /** A link that cannot be answered. */
    public static OpenQuestion closed(LinkState state) {
        return new OpenQuestion(state, null, null);
    }
}
