package de.lagezentrum.live.questions.web;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

import de.lagezentrum.live.EventView;
import de.lagezentrum.live.IdeaKind;
import de.lagezentrum.live.IdeaView;
import de.lagezentrum.live.LiveIdeas;
import de.lagezentrum.live.LiveQuestionSort;
import de.lagezentrum.live.LiveQuestionStatus;
import de.lagezentrum.live.LiveQuestionView;
import de.lagezentrum.live.LiveQuestions;
import de.lagezentrum.live.Participant;
import de.lagezentrum.live.events.web.LiveSection;
import de.lagezentrum.platform.security.CurrentUser;

/**
 * The questions' sections of an event's pages: on the participant's page the form to ask and the list to
 * upvote, on the console the moderation queue, in the presenter view the top five. Each fragment is also
 * served alone ({@link LiveQuestionPageController}) for the live re-read after a {@code question} event.
 */
@Configuration(proxyBeanMethods = false)
class LiveQuestionSections {

    static final String PARTICIPANT = "live/questions/participant :: section";
    static final String CONSOLE = "live/questions/console :: section";
    static final String PRESENTER = "live/questions/presenter :: section";
    /** Questions on the projector. */
    static final int TOP = 5;
    /** The query parameter of the participant's sort switch ({@code votes} or {@code time}). */
    static final String SORT = "qsort";

    @Bean
    LiveSection questionsForParticipants(LiveQuestions questions, Clock clock) {
        return section(LiveSection.Place.PARTICIPANT, PARTICIPANT,
                viewer -> participantModel(questions, viewer.event(), viewer.participant(), sortOf(current()), clock));
    }

    @Bean
    LiveSection questionsForTheTeam(LiveQuestions questions, LiveIdeas ideas) {
        return section(LiveSection.Place.CONSOLE, CONSOLE,
                viewer -> viewer.user() == null ? null : consoleModel(questions, ideas, viewer.event(), viewer.user()));
    }

    @Bean
    LiveSection questionsForThePresenter(LiveQuestions questions) {
        return section(LiveSection.Place.PRESENTER, PRESENTER,
                viewer -> viewer.user() == null || !viewer.shows(LiveSection.Viewer.SHOW_QUESTIONS) ? null
                        : presenterModel(questions, viewer.event(), viewer.user()));
    }

    static Map<String, Object> participantModel(LiveQuestions questions, EventView event,
            @Nullable Participant participant, LiveQuestionSort sort, Clock clock) {
        Map<String, Object> model = new LinkedHashMap<>();
        if (participant == null) {
            return model;
        }
        model.put("event", event);
        model.put("participant", participant);
        model.put("sort", sort.name().toLowerCase(java.util.Locale.ROOT));
        model.put("questions", questions.questions(participant, sort));
        model.put("open", !event.cancelled() && !event.endedAt(clock.instant()));
        model.put("maxText", LiveQuestions.MAX_TEXT);
        flash(model);
        return model;
    }

    static Map<String, Object> consoleModel(LiveQuestions questions, LiveIdeas ideas, EventView event,
            CurrentUser user) {
        List<LiveQuestionView> all = questions.questions(user, event.id(), LiveQuestionSort.VOTES);
        boolean marksIdeas = ideas.marksIdeas(user, event.id());
        Set<UUID> marked = marksIdeas ? ideas.ideas(user, event.id()).stream()
                .filter(idea -> idea.kind() == IdeaKind.QUESTION).map(IdeaView::sourceId).collect(Collectors.toSet())
                : Set.of();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("marksIdeas", marksIdeas);
        model.put("marked", marked);
        model.put("event", event);
        model.put("pending", all.stream().filter(LiveQuestionView::waiting)
                .sorted(java.util.Comparator.comparing(LiveQuestionView::askedAt)).toList());
        model.put("others", all.stream().filter(q -> !q.waiting()).toList());
        model.put("leads", all.stream().filter(q -> q.status() != LiveQuestionStatus.MERGED
                && q.status() != LiveQuestionStatus.HIDDEN).toList());
        flash(model);
        return model;
    }

    static Map<String, Object> presenterModel(LiveQuestions questions, EventView event, CurrentUser user) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("event", event);
        model.put("questions", questions.top(user, event.id(), TOP));
        return model;
    }

    /** The model of a live re-read, whose polite status line says what changed (a first render says nothing). */
    static Map<String, Object> announced(Map<String, Object> model) {
        if (!model.isEmpty()) {
            model.put("announce", true);
        }
        return model;
    }

    static LiveQuestionSort sortOf(@Nullable HttpServletRequest request) {
        String sort = request == null ? null : request.getParameter(SORT);
        return "time".equalsIgnoreCase(sort) ? LiveQuestionSort.TIME : LiveQuestionSort.VOTES;
    }

    /** What a form of the section said after its redirect: a refusal, and the text typed into it. */
    private static void flash(Map<String, Object> model) {
        HttpServletRequest request = current();
        if (request == null) {
            return;
        }
        Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
        if (flash != null) {
            for (String key : List.of("questionError", "questionText", "questionDone", "questionRefused")) {
                if (flash.get(key) != null) {
                    model.put(key, flash.get(key));
                }
            }
        }
    }

    private static @Nullable HttpServletRequest current() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
    }

    private interface ModelOf {
        @Nullable Map<String, Object> model(LiveSection.Viewer viewer);
    }

    private static LiveSection section(LiveSection.Place place, String fragment, ModelOf models) {
        return new LiveSection() {
            @Override
            public Place place() {
                return place;
            }

            @Override
            public int order() {
                return 20;
            }

            @Override
            public String fragment() {
                return fragment;
            }

            @Override
            public Optional<Map<String, Object>> model(Viewer viewer) {
                Map<String, Object> model = models.model(viewer);
                return model == null || model.isEmpty() ? Optional.empty() : Optional.of(model);
            }
        };
    }
}
