package de.lagezentrum.briefing.press;

import org.jspecify.annotations.Nullable;

import de.lagezentrum.platform.web.InvalidInputException;

/** The limits of what the press office writes for the public. */
public final class PressRules {

    /** A briefing's summary (Markdown). */
    public static final int SUMMARY = 20_000;
    /** A press release's title. */
    public static final int TITLE = 200;
    /** A press release's text (Markdown). */
    public static final int BODY = 50_000;
    /** Why something was withdrawn. */
    public static final int REASON = 1_000;

    private PressRules() {
    }

    /**
     * The text without surrounding blanks.
     *
     * @throws InvalidInputException when it is missing, blank or longer than {@code max}
     */
    public static String required(String field, @Nullable String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "press.text.required");
        }
        String clean = value.strip();
        if (clean.length() > max) {
            throw new InvalidInputException(field, "press.text.too-long");
        }
        return clean;
    }
}
