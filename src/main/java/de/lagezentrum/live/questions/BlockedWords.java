package de.lagezentrum.live.questions;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The host's word list against a text: case-insensitive, whole words only, so "Amt" holds back
 * "das AMT schweigt" but not "Amtsleitung". A listed phrase of several words matches as a whole.
 */
public final class BlockedWords {

    private BlockedWords() {
    }

    /** Whether the text contains one of the words (which the event stores in lower case). */
    public static boolean contain(List<String> words, String text) {
        String lower = text.toLowerCase(Locale.GERMAN);
        for (String word : words) {
            if (word.isBlank()) {
                continue;
            }
            Pattern whole = Pattern.compile("(?<![\\p{L}\\p{N}_])" + Pattern.quote(word.toLowerCase(Locale.GERMAN))
                    + "(?![\\p{L}\\p{N}_])");
            if (whole.matcher(lower).find()) {
                return true;
            }
        }
        return false;
    }
}
