package de.lagezentrum.briefing.briefings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import de.lagezentrum.briefing.BriefingGuest;
import de.lagezentrum.organisation.PersonView;

/**
 * The words of the public calendar, in German (the press area's language): what a briefing is about, who
 * leads it, who is on the panel, why it was cancelled. The video room's address is not among them.
 */
@Component
class CalendarTexts {

    private final MessageSource messages;

    CalendarTexts(MessageSource messages) {
        this.messages = messages;
    }

    Location location() {
        return new Location(message("briefing.calendar.location"));
    }

    Description description(Content content, Map<UUID, PersonView> people, @Nullable String cancelReason) {
        List<String> lines = new ArrayList<>();
        if (cancelReason != null) {
            lines.add(message("briefing.calendar.cancelled", cancelReason));
        }
        if (content.topic() != null) {
            lines.add(message("briefing.calendar.topic", content.topic()));
        }
        if (content.chairId() != null && people.containsKey(content.chairId())) {
            lines.add(message("briefing.calendar.chair", person(people.get(content.chairId()))));
        }
        String panel = content.panel().stream().map(people::get).filter(Objects::nonNull).map(CalendarTexts::person)
                .collect(Collectors.joining(", "));
        if (!panel.isEmpty()) {
            lines.add(message("briefing.calendar.panel", panel));
        }
        if (!content.guests().isEmpty()) {
            lines.add(message("briefing.calendar.guests", content.guests().stream().map(CalendarTexts::guest)
                    .collect(Collectors.joining(", "))));
        }
        lines.add(message("briefing.calendar.access"));
        return new Description(String.join("\n", lines));
    }

    private static String person(PersonView person) {
        return person.jobTitle() == null ? person.displayName() : person.displayName() + " (" + person.jobTitle() + ")";
    }

    private static String guest(BriefingGuest guest) {
        return guest.organisation() == null ? guest.name() : guest.name() + " (" + guest.organisation() + ")";
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.GERMAN);
    }
}
