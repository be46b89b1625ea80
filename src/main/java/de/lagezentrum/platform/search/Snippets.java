package de.lagezentrum.platform.search;

import org.springframework.web.util.HtmlUtils;

/**
 * Turns a {@code ts_headline} result into safe HTML: PostgreSQL marks matches with control
 * characters ({@link #OPTIONS}), the text is escaped, then the marks become {@code <mark>}.
 */
public final class Snippets {

    /** Options for {@code ts_headline(config, text, query, OPTIONS)}. */
    public static final String OPTIONS = "StartSel=\u0001, StopSel=\u0002, MaxWords=30, MinWords=12, MaxFragments=2, "
            + "FragmentDelimiter=\" … \"";

    private Snippets() {
    }

    /** Safe HTML with the matches in {@code <mark>}. */
    public static String html(String headline) {
        return HtmlUtils.htmlEscape(headline).replace("\u0001", "<mark>").replace("\u0002", "</mark>");
    }
}
