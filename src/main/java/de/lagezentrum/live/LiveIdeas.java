package de.lagezentrum.live;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.lagezentrum.live.events.EventStreams;
import de.lagezentrum.live.events.IdeaSource;
import de.lagezentrum.live.ideas.IdeaStore;
import de.lagezentrum.platform.audit.AuditLog;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.InvalidInputException;
import de.lagezentrum.platform.web.NotFoundException;

/**
 * An event's ideas: the team (host and co-hosts) marks questions, open-text answers and blog posts, whose
 * text is copied from the feature that holds them ({@link IdeaSource}); the whole team reads the list and
 * exports it. Marking a source again answers the idea it already is, so an id never changes.
 */
@Service
public class LiveIdeas {

    static final String IDEA = "LiveIdea";

    private final LiveEvents events;
    private final IdeaStore store;
    private final List<IdeaSource> sources;
    private final EventStreams streams;
    private final AuditLog audit;
    private final Clock clock;

    LiveIdeas(LiveEvents events, IdeaStore store, List<IdeaSource> sources, EventStreams streams, AuditLog audit,
            Clock clock) {
        this.events = events;
        this.store = store;
        this.sources = sources;
        this.streams = streams;
        this.audit = audit;
        this.clock = clock;
    }

    /** The result of marking: the idea, and whether it is new. */
    public record Marked(IdeaView idea, boolean created) {
    }

    /**
     * Marks a source as an idea of the event (host and co-hosts; a moderator gets 403).
     *
     * @throws InvalidInputException without a kind or source id, or for a source the event does not have
     */
    @Transactional
    public Marked mark(CurrentUser user, UUID eventId, @Nullable IdeaKind kind, @Nullable UUID sourceId) {
        events.requireTeam(user, eventId, true);
        if (kind == null) {
            throw new InvalidInputException("kind", "live.text.required");
        }
        if (sourceId == null) {
            throw new InvalidInputException("sourceId", "live.text.required");
        }
        Optional<IdeaView> existing = store.bySource(user.tenantId(), eventId, kind, sourceId);
        if (existing.isPresent()) {
            return new Marked(existing.get(), false);
        }
        String text = sources.stream().filter(source -> source.kind() == kind)
                .flatMap(source -> source.text(user.tenantId(), eventId, sourceId).stream()).findFirst()
                .orElseThrow(() -> new InvalidInputException("sourceId", "live.idea.source.unknown"));
        UUID id = UUID.randomUUID();
        if (!store.insert(user.tenantId(), id, eventId, kind, sourceId, text, user.personId(), clock.instant())) {
            // Marked at the same moment by another member of the team: theirs is the idea.
            return new Marked(store.bySource(user.tenantId(), eventId, kind, sourceId).orElseThrow(), false);
        }
        IdeaView idea = store.find(user.tenantId(), eventId, id).orElseThrow();
        audit.record(user.tenantId(), "LIVE_IDEA_MARKED", IDEA, id, excerpt(text), null,
                Map.of("kind", kind.name(), "sourceId", sourceId.toString()));
        streams.toTeam(eventId, "idea", Map.of("ideaId", id.toString(), "kind", kind.name(), "sourceId",
                sourceId.toString()));
        return new Marked(idea, true);
    }

    /** Takes the mark off (host and co-hosts); 404 for an idea the event does not have. */
    @Transactional
    public void unmark(CurrentUser user, UUID eventId, UUID ideaId) {
        events.requireTeam(user, eventId, true);
        IdeaView idea = store.find(user.tenantId(), eventId, ideaId).orElseThrow(() -> new NotFoundException(IDEA));
        store.delete(user.tenantId(), eventId, ideaId);
        audit.record(user.tenantId(), "LIVE_IDEA_UNMARKED", IDEA, ideaId, excerpt(idea.text()),
                Map.of("kind", idea.kind().name(), "sourceId", idea.sourceId().toString()), null);
        streams.toTeam(eventId, "idea", Map.of("ideaId", ideaId.toString(), "kind", idea.kind().name(), "sourceId",
                idea.sourceId().toString()));
    }

    /** The event's ideas in the order they were marked (the whole team). */
    @Transactional(readOnly = true)
    public List<IdeaView> ideas(CurrentUser user, UUID eventId) {
        events.requireTeam(user, eventId, false);
        return store.ofEvent(user.tenantId(), eventId);
    }

    /** Whether the user marks and unmarks the event's ideas (host and co-hosts); 404 if not on the team. */
    @Transactional(readOnly = true)
    public boolean marksIdeas(CurrentUser user, UUID eventId) {
        return events.requireRole(user, eventId).runs();
    }

    private static String excerpt(String text) {
        return text.length() <= 80 ? text : text.substring(0, 79) + "…";
    }
}
