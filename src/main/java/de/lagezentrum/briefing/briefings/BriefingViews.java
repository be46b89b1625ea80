package de.lagezentrum.briefing.briefings;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import de.lagezentrum.briefing.BriefingPerson;
import de.lagezentrum.briefing.BriefingSeriesView;
import de.lagezentrum.briefing.BriefingView;
import de.lagezentrum.organisation.PeopleManagement;
import de.lagezentrum.organisation.PersonView;

/** Briefings and series as views, with the names and functions of chair and panel (one lookup per call). */
@Component
public class BriefingViews {

    private final PeopleManagement people;

    BriefingViews(PeopleManagement people) {
        this.people = people;
    }

    public BriefingView of(Briefing briefing) {
        return of(briefing.tenantId(), List.of(briefing)).get(0);
    }

    /** The briefings of one municipality as views, in the given order. */
    public List<BriefingView> of(UUID tenantId, List<Briefing> briefings) {
        Set<UUID> ids = new LinkedHashSet<>();
        briefings.forEach(briefing -> {
            ids.addAll(briefing.panel());
            if (briefing.chairId() != null) {
                ids.add(briefing.chairId());
            }
        });
        Map<UUID, PersonView> found = people.peopleOfTenant(tenantId, ids);
        return briefings.stream().map(briefing -> new BriefingView(briefing.id(), briefing.seriesId(),
                briefing.occurrenceDate(), briefing.title(), briefing.topic(), briefing.startsAt(), briefing.endsAt(),
                briefing.chairId(), person(found, briefing.chairId()), briefing.panel(), people(found, briefing.panel()),
                briefing.guests(), briefing.videoUrl(), briefing.status(), briefing.cancelReason(),
                briefing.publishedAt(), briefing.version())).toList();
    }

    public BriefingSeriesView of(BriefingSeries series) {
        Set<UUID> ids = new LinkedHashSet<>(series.panel());
        if (series.chairId() != null) {
            ids.add(series.chairId());
        }
        Map<UUID, PersonView> found = people.peopleOfTenant(series.tenantId(), ids);
        return new BriefingSeriesView(series.id(), series.title(), series.topic(), series.weekday(),
                series.startTime(), series.durationMinutes(), series.zone(), series.validFrom(), series.validUntil(),
                series.chairId(), person(found, series.chairId()), series.panel(), people(found, series.panel()),
                series.guests(), series.videoUrl(), series.exceptionViews(), series.version());
    }

    /** Chair and panel as announced, by id, for the calendar. */
    Map<UUID, PersonView> peopleOf(UUID tenantId, Collection<UUID> ids) {
        return people.peopleOfTenant(tenantId, ids);
    }

    private static @Nullable BriefingPerson person(Map<UUID, PersonView> found, @Nullable UUID id) {
        PersonView person = id == null ? null : found.get(id);
        return person == null ? null : new BriefingPerson(person.id(), person.displayName(), person.jobTitle());
    }

    private static List<BriefingPerson> people(Map<UUID, PersonView> found, List<UUID> ids) {
        return ids.stream().map(id -> person(found, id)).filter(Objects::nonNull).toList();
    }
}
