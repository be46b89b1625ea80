package de.lagezentrum.live;

/** What a poll asks for: one option, several options, a value on a scale, a few words, or a free text. */
public enum PollType {
    SINGLE,
    MULTIPLE,
    SCALE,
    WORDCLOUD,
    OPEN;

    /** Whether participants choose among prepared options. */
    public boolean choice() {
        return this == SINGLE || this == MULTIPLE;
    }

    /** Whether participants write a text. */
    public boolean text() {
        return this == WORDCLOUD || this == OPEN;
    }
}
