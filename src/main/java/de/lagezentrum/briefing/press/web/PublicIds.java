package de.lagezentrum.briefing.press.web;

import java.util.UUID;

import de.lagezentrum.platform.web.NotFoundException;

/** Ids in public addresses: a guessed address with anything but a UUID finds nothing, as one with an unknown UUID (404, not 400). */
final class PublicIds {

    private PublicIds() {
    }

    static UUID parse(String value) {
        try {
            UUID parsed = UUID.fromString(value);
            if (parsed.toString().equalsIgnoreCase(value)) {
                return parsed;
            }
        }
        catch (IllegalArgumentException e) {
            // falls through to 404
        }
        throw new NotFoundException("Public press item");
    }
}
