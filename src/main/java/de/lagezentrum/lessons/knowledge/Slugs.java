package de.lagezentrum.lessons.knowledge;

import java.text.Normalizer;
import java.util.Locale;

/** Address names of resilience factors: German umlauts spelt out (ä → ae, ß → ss), lower case, hyphens. */
public final class Slugs {

    private static final int MAX = 100;

    private Slugs() {
    }

    /** The slug of a title, e.g. "Krisenstäbe früh üben" → "krisenstaebe-frueh-ueben"; "faktor" if nothing is left. */
    public static String of(String title) {
        String spelt = title.toLowerCase(Locale.GERMAN).replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
                .replace("ß", "ss");
        String ascii = Normalizer.normalize(spelt, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX) {
            slug = slug.substring(0, MAX).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "faktor" : slug;
    }
}
