package de.lagezentrum.lessons;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.lagezentrum.lessons.workshops.ParticipantStore;
import de.lagezentrum.organisation.PeopleManagement;
import de.lagezentrum.organisation.PersonView;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.InvalidInputException;
import de.lagezentrum.platform.web.NotFoundException;

/**
 * The lessons module's facade for a workshop's participants: a facilitator lists people of the municipality
 * (they then read the board with their city account) and invites external guests, whose invitation link
 * carries a token that is stored only as its SHA-256 hash and shown once.
 */
@Service
public class WorkshopParticipants {

    /** Where a guest's invitation link leads; the token follows. */
    public static final String JOIN_PATH = "/workshops/join/";

    private static final String FACILITATOR = "FACILITATOR";
    private static final int MAX_TEXT = 200;
    private static final int MAX_EMAIL = 320;

    private final Workshops workshops;
    private final ParticipantStore store;
    private final PeopleManagement people;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    WorkshopParticipants(Workshops workshops, ParticipantStore store, PeopleManagement people, Clock clock) {
        this.workshops = workshops;
        this.store = store;
        this.people = people;
        this.clock = clock;
    }

    /**
     * Adds a participant (facilitators of the municipality).
     *
     * @throws InvalidInputException for an unknown person, a guest without name, too long texts
     * @throws NotFoundException for anybody but a facilitator, and another municipality's workshop
     */
    @Transactional
    public ParticipantView add(CurrentUser user, UUID workshopId, NewParticipant participant) {
        WorkshopView workshop = facilitated(user, workshopId);
        if (participant.personId() != null) {
            PersonView person = people.peopleOfTenant(user.tenantId(), List.of(participant.personId()))
                    .get(participant.personId());
            if (person == null) {
                throw new InvalidInputException("personId", "lessons.participant.unknown");
            }
            store.addPerson(user.tenantId(), workshop.id(), person.id());
            return new ParticipantView(person.id(), false, person.displayName(), person.departmentName(), null);
        }
        String name = text(participant.name(), "name", MAX_TEXT, true);
        String organisation = text(participant.organisation(), "organisation", MAX_TEXT, false);
        String email = text(participant.email(), "email", MAX_EMAIL, false);
        if (email != null && (email.length() < 3 || !email.contains("@"))) {
            throw new InvalidInputException("email", "lessons.participant.email");
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        UUID id = UUID.randomUUID();
        store.addGuest(user.tenantId(), workshop.id(), id, name == null ? "" : name, organisation, email, hash(token),
                user.personId(), clock.instant());
        return new ParticipantView(id, true, name == null ? "" : name, organisation, JOIN_PATH + token);
    }

    /** The workshop's participants, people first, each by name (facilitators). */
    @Transactional(readOnly = true)
    public List<ParticipantView> participants(CurrentUser user, UUID workshopId) {
        WorkshopView workshop = facilitated(user, workshopId);
        Map<UUID, PersonView> listed = people.peopleOfTenant(user.tenantId(), store.people(user.tenantId(), workshop.id()));
        List<ParticipantView> result = new ArrayList<>(listed.values().stream()
                .sorted(Comparator.comparing(PersonView::displayName))
                .map(person -> new ParticipantView(person.id(), false, person.displayName(), person.departmentName(), null))
                .toList());
        store.guests(user.tenantId(), workshop.id()).forEach(guest ->
                result.add(new ParticipantView(guest.id(), true, guest.name(), guest.organisation(), null)));
        return result;
    }

    /** The SHA-256 hash of an invitation token, as stored. */
    public static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private WorkshopView facilitated(CurrentUser user, UUID workshopId) {
        if (!user.hasRole(FACILITATOR)) {
            throw new NotFoundException("Workshop");
        }
        return workshops.workshop(user, workshopId);
    }

    private static @Nullable String text(@Nullable String value, String field, int max, boolean required) {
        String clean = value == null ? "" : value.strip();
        if (clean.isEmpty()) {
            if (required) {
                throw new InvalidInputException(field, "lessons.text.required");
            }
            return null;
        }
        if (clean.length() > max) {
            throw new InvalidInputException(field, "lessons.text.too-long");
        }
        return clean;
    }
}
