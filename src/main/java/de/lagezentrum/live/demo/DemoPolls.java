package de.lagezentrum.live.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.springframework.stereotype.Component;

import de.lagezentrum.live.EventView;
import de.lagezentrum.live.LivePolls;
import de.lagezentrum.live.Participant;
import de.lagezentrum.live.PollBallot;
import de.lagezentrum.live.PollDetails;
import de.lagezentrum.live.PollType;
import de.lagezentrum.live.PollView;
import de.lagezentrum.live.PollVisibility;
import de.lagezentrum.platform.security.CurrentUser;

/**
 * The demo event's polls: the opening one on the heat wave, voted, closed and revealed; then a word cloud
 * on what slows modernisation down, open with its results hidden, so that the presenter view shows it.
 * The votes take the participants' path: {@link LivePolls#vote} and the batching writer.
 */
@Component
class DemoPolls {

    static final String HEAT = "Wie gut fühlen Sie sich auf die nächste Hitzewelle vorbereitet?";
    static final List<String> HEAT_OPTIONS = List.of("Sehr gut: Hitzeaktionsplan und Zuständigkeiten stehen",
            "Eher gut", "Eher schlecht", "Gar nicht: Wir fangen gerade erst an");
    /** How many chose each option of {@link #HEAT}. */
    static final List<Integer> HEAT_VOTES = List.of(4, 11, 9, 4);
    static final String BRAKES = "Was bremst die Modernisierung in Ihrem Amt am meisten? (ein Wort)";
    static final List<String> BRAKES_WORDS = List.of("Fachverfahren", "Personalmangel", "Medienbrüche",
            "Fachverfahren", "Schnittstellen", "Personalmangel", "Datenschutz", "Medienbrüche", "Vergaberecht",
            "Fachverfahren", "Silodenken", "Personalmangel", "Schnittstellen", "Zeitdruck");

    private static final long VOTES_TIMEOUT_SECONDS = 30;

    private final LivePolls polls;

    DemoPolls(LivePolls polls) {
        this.polls = polls;
    }

    void load(CurrentUser host, EventView event, List<Participant> audience) {
        PollView heat = polls.create(host, event.id(), new PollDetails(HEAT, PollType.SINGLE, HEAT_OPTIONS, null,
                null, null, null, PollVisibility.HIDDEN));
        polls.open(host, heat.id());
        List<CompletableFuture<Void>> votes = new ArrayList<>();
        int voter = 0;
        for (int option = 0; option < HEAT_OPTIONS.size(); option++) {
            UUID optionId = heat.options().get(option).id();
            for (int i = 0; i < HEAT_VOTES.get(option); i++) {
                votes.add(polls.vote(audience.get(voter++), heat.id(), new PollBallot(List.of(optionId), null, null)));
            }
        }
        committed(votes);
        polls.close(host, heat.id());
        polls.reveal(host, heat.id());

        PollView brakes = polls.create(host, event.id(), new PollDetails(BRAKES, PollType.WORDCLOUD, List.of(), null,
                null, null, null, PollVisibility.HIDDEN));
        polls.open(host, brakes.id());
        votes.clear();
        for (int i = 0; i < BRAKES_WORDS.size(); i++) {
            // Others than the first poll's first voters: not everybody votes in every poll.
            Participant participant = audience.get(audience.size() - 1 - i);
            votes.add(polls.vote(participant, brakes.id(), new PollBallot(List.of(), null, BRAKES_WORDS.get(i))));
        }
        committed(votes);
    }

    /** Waits until the writer committed every vote; a refused vote stops the demo with its cause. */
    private static void committed(List<CompletableFuture<Void>> votes) {
        CompletableFuture.allOf(votes.toArray(CompletableFuture[]::new))
                .orTimeout(VOTES_TIMEOUT_SECONDS, TimeUnit.SECONDS).join();
    }
}
