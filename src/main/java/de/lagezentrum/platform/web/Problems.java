package de.lagezentrum.platform.web;

import java.net.URI;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;

/**
 * Stable problem types and their localised texts ({@code problem.<type>.title} and
 * {@code problem.<type>.detail} in the message bundles).
 */
public final class Problems {

    private Problems() {
    }

    /** The {@code type} URI of a problem kind, e.g. {@code /problems/validation}. */
    public static URI type(String kind) {
        return URI.create("/problems/" + kind);
    }

    static String title(MessageSource messages, String kind, HttpStatus status, Locale locale) {
        return messages.getMessage("problem." + kind + ".title", null, status.getReasonPhrase(), locale);
    }

    static String detail(MessageSource messages, String kind, Locale locale) {
        return messages.getMessage("problem." + kind + ".detail", null, "", locale);
    }

    /** The problem kind of an HTTP status without a more specific one. */
    public static String kindOf(int status) {
        return switch (status) {
            case 400 -> "bad-request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 409 -> "conflict";
            case 411 -> "length-required";
            case 413 -> "too-large";
            case 415 -> "unsupported-media-type";
            case 429 -> "rate-limited";
            case 503 -> "unavailable";
            case 507 -> "storage-full";
            default -> "error";
        };
    }
}
