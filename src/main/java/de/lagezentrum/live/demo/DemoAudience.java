package de.lagezentrum.live.demo;

import java.util.ArrayList;
import java.util.List;

import de.lagezentrum.live.EventView;
import de.lagezentrum.live.LiveEvents;
import de.lagezentrum.live.Participant;

/**
 * The department heads who joined the demo event by its code, as anybody would: the first {@link #NAMED}
 * under their names, the rest anonymously.
 */
final class DemoAudience {

    static final List<String> NAMES = List.of("Sabine Vogel", "Markus Schmitt", "Petra Lang", "Ali Karimi",
            "Jan Becker", "Katrin Wolff", "Murat Aksoy", "Claudia Richter", "Frank Hermanns", "Elif Şahin",
            "Bernd Schäfer", "Nadine Krämer");
    static final int NAMED = NAMES.size();
    static final int SIZE = 32;

    private DemoAudience() {
    }

    /** Joins {@link #SIZE} participants; the named ones first, in the order of {@link #NAMES}. */
    static List<Participant> join(LiveEvents events, EventView event) {
        List<Participant> audience = new ArrayList<>(SIZE);
        for (int i = 0; i < SIZE; i++) {
            audience.add(events.join(event.joinCode(), i < NAMED ? NAMES.get(i) : null, null).participant());
        }
        return List.copyOf(audience);
    }

    /** The named participant of that name. */
    static Participant named(List<Participant> audience, String name) {
        return audience.get(NAMES.indexOf(name));
    }
}
