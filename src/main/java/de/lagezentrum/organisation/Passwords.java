package de.lagezentrum.organisation;

import org.jspecify.annotations.Nullable;

import de.lagezentrum.platform.web.InvalidInputException;

/** The password rule (length over complexity, as the BSI recommends): 12 to 128 characters, not the username. */
final class Passwords {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;

    private Passwords() {
    }

    static void check(String field, @Nullable String password, @Nullable String username) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            throw new InvalidInputException(field, "validation.password.length");
        }
        if (username != null && password.strip().equalsIgnoreCase(username.strip())) {
            throw new InvalidInputException(field, "validation.password.username");
        }
    }
}
