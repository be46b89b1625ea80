package de.lagezentrum.lessons;

/**
 * A published factor found by a search: {@code snippet} is HTML in which only {@code <mark>} is markup (the
 * words found); the rest of the text is escaped.
 */
public record FactorSearchHit(String slug, String title, String snippet) {
}
