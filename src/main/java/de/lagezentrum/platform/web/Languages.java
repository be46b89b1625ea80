package de.lagezentrum.platform.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;

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

    /**
     * The language a request asks for without a language cookie: the best supported one from
     * {@code Accept-Language}, German when there is none.
     */
    public static Locale fromHeader(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        if (header == null || header.isBlank()) {
            return Locale.GERMAN;
        }
        try {
            Locale best = Locale.lookup(Locale.LanguageRange.parse(header), List.of(Locale.GERMAN, Locale.ENGLISH));
            return best == null ? Locale.GERMAN : best;
        }
        catch (IllegalArgumentException e) {
            return Locale.GERMAN;
        }
    }
}
