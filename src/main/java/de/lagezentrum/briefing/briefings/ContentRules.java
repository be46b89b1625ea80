package de.lagezentrum.briefing.briefings;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import de.lagezentrum.briefing.BriefingGuest;
import de.lagezentrum.briefing.BriefingLimits;
import de.lagezentrum.briefing.BriefingPerson;
import de.lagezentrum.organisation.PeopleManagement;
import de.lagezentrum.organisation.PersonView;
import de.lagezentrum.organisation.Role;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.InvalidInputException;
import de.lagezentrum.platform.web.PageRequest;
import de.lagezentrum.platform.web.PageResult;

/**
 * What a briefing may announce, checked before anything is written: chair and panel are people of the
 * municipality and not of the press (a journalist's account holds nothing else), times in order and at
 * most a day long, guests with a name, the video room on https. Refusals name the field as the API does.
 */
@Component
public class ContentRules {

    // Days beyond four-digit years are no calendar's: java.time, PostgreSQL and calendar clients all end near them.
    private static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(9999, 1, 1);

    private final PeopleManagement people;

    ContentRules(PeopleManagement people) {
        this.people = people;
    }

    /**
     * The tidied contents.
     *
     * @param chairRequired whether a chair must be named (single briefings; a series may leave it open)
     */
    public Content content(UUID tenantId, String title, @Nullable String topic, @Nullable UUID chairId,
            boolean chairRequired, @Nullable List<UUID> panel, @Nullable List<BriefingGuest> guests,
            @Nullable String videoUrl) {
        String cleanTitle = text("title", title, 200);
        if (cleanTitle == null) {
            throw new InvalidInputException("title", "NotBlank");
        }
        if (chairId == null && chairRequired) {
            throw new InvalidInputException("chairId", "NotNull");
        }
        Set<UUID> seats = new LinkedHashSet<>(panel == null ? List.of() : panel);
        if (chairId != null) {
            seats.remove(chairId);
        }
        Set<UUID> everyone = new LinkedHashSet<>(seats);
        if (chairId != null) {
            everyone.add(chairId);
        }
        Map<UUID, PersonView> found = people.peopleOfTenant(tenantId, everyone);
        if (chairId != null && !ofTheCity(found.get(chairId))) {
            throw new InvalidInputException("chairId", "briefing.person.unknown");
        }
        if (seats.size() > BriefingLimits.PANEL || seats.stream().anyMatch(id -> !ofTheCity(found.get(id)))) {
            throw new InvalidInputException("panel", seats.size() > BriefingLimits.PANEL ? "briefing.panel.too-many"
                    : "briefing.person.unknown");
        }
        return new Content(cleanTitle, text("topic", topic, 200), chairId, List.copyOf(seats), guests(guests),
                videoUrl(videoUrl));
    }

    /** Start before end, at most a day apart, within calendar years the database and clients handle. */
    public void times(Instant start, Instant end) {
        if (start.isBefore(FIRST_DAY.atStartOfDay().toInstant(ZoneOffset.UTC))
                || start.isAfter(LAST_DAY.atStartOfDay().toInstant(ZoneOffset.UTC))) {
            throw new InvalidInputException("start", "briefing.start.range");
        }
        if (!end.isAfter(start)) {
            throw new InvalidInputException("end", "briefing.end.before.start");
        }
        if (Duration.between(start, end).toMinutes() > BriefingLimits.MAX_MINUTES) {
            throw new InvalidInputException("end", "briefing.end.too-late");
        }
    }

    /** A series' first and last date in order, within calendar years the database and clients handle. */
    public void dates(LocalDate from, @Nullable LocalDate until) {
        day("from", from);
        if (until != null && (until.isBefore(from) || until.isAfter(LAST_DAY))) {
            throw new InvalidInputException("until", "series.until.before.from");
        }
    }

    /** A day of a listed period, within calendar years the database and clients handle. */
    public void day(String field, LocalDate day) {
        if (day.isBefore(FIRST_DAY) || day.isAfter(LAST_DAY)) {
            throw new InvalidInputException(field, "briefing.start.range");
        }
    }

    /** The people of the user's municipality who may chair or sit on a panel: not journalists. */
    public List<BriefingPerson> candidates(CurrentUser user) {
        return people.people(user, null, null, new PageRequest(0, PageResult.MAX_SIZE)).items().stream()
                .filter(ContentRules::ofTheCity)
                .map(person -> new BriefingPerson(person.id(), person.displayName(), person.jobTitle())).toList();
    }

    /** Why a briefing is cancelled: optional, at most 1,000 characters. */
    public @Nullable String reason(@Nullable String reason) {
        return text("cancelReason", reason, 1000);
    }

    private static boolean ofTheCity(@Nullable PersonView person) {
        return person != null && !(person.roles().contains(Role.JOURNALIST)
                && person.roles().stream().allMatch(Role.JOURNALIST::equals));
    }

    private static List<BriefingGuest> guests(@Nullable List<BriefingGuest> guests) {
        if (guests == null) {
            return List.of();
        }
        if (guests.size() > BriefingLimits.GUESTS) {
            throw new InvalidInputException("guests", "briefing.guests.too-many");
        }
        List<BriefingGuest> tidy = new ArrayList<>();
        for (BriefingGuest guest : guests) {
            String name = guest == null ? null : text("guests", guest.name(), 200);
            if (name == null) {
                throw new InvalidInputException("guests", "briefing.guest.name");
            }
            tidy.add(new BriefingGuest(name, text("guests", guest.organisation(), 200)));
        }
        return tidy;
    }

    private static @Nullable String videoUrl(@Nullable String url) {
        String clean = text("videoUrl", url, 500);
        if (clean != null && !clean.matches(BriefingLimits.HTTPS)) {
            throw new InvalidInputException("videoUrl", "briefing.video.https");
        }
        return clean;
    }

    private static @Nullable String text(String field, @Nullable String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String clean = value.strip();
        if (clean.length() > max) {
            throw new InvalidInputException(field, "briefing.text.too-long");
        }
        return clean;
    }
}
