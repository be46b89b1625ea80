package de.lagezentrum.briefing.video;

/**
 * A briefing held by plain link has no usable link (none, or not https). Pages show
 * {@link #MESSAGE_KEY}.
 */
public class NoVideoLinkException extends RuntimeException {

    /** The message a page shows. */
    public static final String MESSAGE_KEY = "briefing.video.no-link";

    NoVideoLinkException(String message) {
        super(message);
    }
}
