package de.lagezentrum.briefing.video;

/** A recording-ready callback whose token is not signed with the shared secret or lacks a claim. */
public class ForgedCallbackException extends RuntimeException {

    ForgedCallbackException(String message) {
        super(message);
    }

    ForgedCallbackException(String message, Throwable cause) {
        super(message, cause);
    }
}
