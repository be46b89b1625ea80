package de.lagezentrum.platform.web;

import java.util.List;
import java.util.Locale;

/** The languages Lagezentrum speaks: German first, then English. */
public final class Languages {

    /** Supported language tags in the order they are offered. */
    public static final List<String> SUPPORTED = List.of("de", "en");

    private Languages() {
    }

    /** The supported language for a locale, German when it is not supported. */
    public static String of(Locale locale) {
        return SUPPORTED.contains(locale.getLanguage()) ? locale.getLanguage() : "de";
    }
}
