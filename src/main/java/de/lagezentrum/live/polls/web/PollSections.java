package de.lagezentrum.live.polls.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

import de.lagezentrum.live.EventView;
import de.lagezentrum.live.LivePolls;
import de.lagezentrum.live.Participant;
import de.lagezentrum.live.PollBallot;
import de.lagezentrum.live.PollResults;
import de.lagezentrum.live.PollType;
import de.lagezentrum.live.PollView;
import de.lagezentrum.live.PollVisibility;
import de.lagezentrum.live.TeamRole;
import de.lagezentrum.live.events.web.LiveSection;
import de.lagezentrum.platform.security.CurrentUser;

/**
 * The polls' parts of the event pages: the participant's polls to vote in (with results where visible),
 * the team's console list with the form to prepare a poll, and the presenter view's current poll. The
 * page controllers render the same models for the live re-reads.
 */
@Configuration(proxyBeanMethods = false)
class PollSections {

    static final String PARTICIPANT = "live/polls/participant :: section";
    static final String CONSOLE = "live/polls/console :: section";
    static final String PRESENTER = "live/polls/presenter :: section";

    /** A poll as one participant sees it: results only if they are public, and whether they voted. */
    record ParticipantCard(PollView poll, @Nullable PollResults results, @Nullable PollBallot mine,
            @Nullable String error) {

        public boolean chose(UUID optionId) {
            return mine != null && mine.optionIds().contains(optionId);
        }

        public boolean valued(int value) {
            return mine != null && mine.value() != null && mine.value() == value;
        }
    }

    /** A poll as the team sees it, always with its results. */
    record TeamCard(PollView poll, PollResults results) {
    }

    @Bean
    LiveSection pollsForParticipants(LivePolls polls) {
        return section(LiveSection.Place.PARTICIPANT, 100, PARTICIPANT, viewer -> {
            Participant participant = viewer.participant();
            return participant == null ? null : participantModel(polls, viewer.event(), participant);
        });
    }

    @Bean
    LiveSection pollsOnTheConsole(LivePolls polls) {
        return section(LiveSection.Place.CONSOLE, 100, CONSOLE, viewer -> {
            CurrentUser user = viewer.user();
            return user == null || viewer.role() == null ? null : consoleModel(polls, viewer.event(), user, viewer.role());
        });
    }

    @Bean
    LiveSection pollOnThePresenter(LivePolls polls) {
        return section(LiveSection.Place.PRESENTER, 100, PRESENTER, viewer -> {
            CurrentUser user = viewer.user();
            return user == null || !viewer.shows(LiveSection.Viewer.SHOW_POLL) ? null
                    : presenterModel(polls, viewer.event(), user, false);
        });
    }

    static Map<String, Object> participantModel(LivePolls polls, EventView event, Participant participant) {
        // Told by the vote's redirect in its query, not in a session: participants have none.
        HttpServletRequest request = request();
        String failed = request == null ? null : request.getParameter("failed");
        String reason = request == null ? null : request.getParameter("reason");
        String voted = request == null ? null : request.getParameter("voted");
        List<ParticipantCard> cards = polls.polls(participant).stream().map(poll -> new ParticipantCard(poll,
                poll.resultsPublic() ? polls.results(participant, poll.id()) : null,
                polls.myVote(participant, poll.id()).orElse(null),
                poll.id().toString().equals(failed) ? reason(reason) : null)).toList();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("event", event);
        model.put("cards", cards);
        model.put("voted", voted == null ? "" : voted);
        return model;
    }

    static Map<String, Object> consoleModel(LivePolls polls, EventView event, CurrentUser user, TeamRole role) {
        Map<String, ?> flash = flash();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("event", event);
        model.put("runs", role.runs());
        model.put("cards", polls.polls(user, event.id()).stream()
                .map(poll -> new TeamCard(poll, polls.results(user, poll.id()))).toList());
        model.put("form", flash.get("pollForm") instanceof PollForm form ? form : new PollForm());
        model.put("errors", flash.get("pollErrors") instanceof Map<?, ?> errors ? errors : Map.of());
        model.put("notice", Optional.ofNullable(flash.get("pollNotice")).orElse(""));
        model.put("types", PollType.values());
        model.put("visibilities", PollVisibility.values());
        return model;
    }

    static Map<String, Object> presenterModel(LivePolls polls, EventView event, CurrentUser user, boolean announce) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("event", event);
        model.put("announce", announce);
        // Both keys always: the template reads model.poll, and SpEL reads only keys a map has.
        model.put("poll", null);
        model.put("results", null);
        polls.current(user, event.id()).ifPresent(poll -> {
            model.put("poll", poll);
            model.put("results", polls.results(user, poll.id()));
        });
        return model;
    }

    /** Only the polls' own messages: the query is the participant's to change. */
    private static String reason(@Nullable String key) {
        return key != null && key.matches("live\\.(poll|text)\\.[a-z.-]+") ? key : "live.poll.vote.failed";
    }

    private static @Nullable HttpServletRequest request() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
    }

    private static Map<String, ?> flash() {
        HttpServletRequest request = request();
        Map<String, ?> flash = request == null ? null : RequestContextUtils.getInputFlashMap(request);
        return flash == null ? Map.of() : flash;
    }

    private interface Model {
        @Nullable Map<String, Object> of(LiveSection.Viewer viewer);
    }

    private static LiveSection section(LiveSection.Place place, int order, String fragment, Model model) {
        return new LiveSection() {
            @Override
            public Place place() {
                return place;
            }

            @Override
            public int order() {
                return order;
            }

            @Override
            public String fragment() {
                return fragment;
            }

            @Override
            public Optional<Map<String, Object>> model(Viewer viewer) {
                return Optional.ofNullable(model.of(viewer));
            }
        };
    }

}
