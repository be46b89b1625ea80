package de.lagezentrum.briefing.web;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import de.lagezentrum.briefing.BriefingGuest;

/**
 * External guests as the forms take them: one per line, the name, then after the first comma the
 * organisation or function ("Dr. Hannah Kurz, Deutsches Rotes Kreuz"). No script needed to add a row.
 */
final class GuestLines {

    private GuestLines() {
    }

    static List<BriefingGuest> parse(@Nullable String text) {
        List<BriefingGuest> guests = new ArrayList<>();
        if (text == null) {
            return guests;
        }
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int comma = line.indexOf(',');
            String name = (comma < 0 ? line : line.substring(0, comma)).strip();
            String organisation = comma < 0 ? null : line.substring(comma + 1).strip();
            guests.add(new BriefingGuest(name, organisation == null || organisation.isEmpty() ? null : organisation));
        }
        return guests;
    }

    static String format(List<BriefingGuest> guests) {
        return guests.stream()
                .map(guest -> guest.organisation() == null ? guest.name() : guest.name() + ", " + guest.organisation())
                .collect(Collectors.joining("\n"));
    }
}
