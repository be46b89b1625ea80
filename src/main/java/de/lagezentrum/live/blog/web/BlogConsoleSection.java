package de.lagezentrum.live.blog.web;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import de.lagezentrum.live.BlogActor;
import de.lagezentrum.live.IdeaKind;
import de.lagezentrum.live.IdeaView;
import de.lagezentrum.live.LiveBlog;
import de.lagezentrum.live.LiveIdeas;
import de.lagezentrum.live.events.web.LiveSection;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.DateFormats;

/**
 * The blog on the team's console: every post (hidden ones too) with the way to its comments, hiding and
 * showing again, marking as an idea (host and co-hosts), and the team's own post form.
 */
@Component
class BlogConsoleSection implements LiveSection {

    private final LiveBlog blog;
    private final LiveIdeas ideas;
    private final DateFormats dates;

    BlogConsoleSection(LiveBlog blog, LiveIdeas ideas, DateFormats dates) {
        this.blog = blog;
        this.ideas = ideas;
        this.dates = dates;
    }

    @Override
    public Place place() {
        return Place.CONSOLE;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public String fragment() {
        return "live/blog/console :: section";
    }

    @Override
    public Optional<Map<String, Object>> model(Viewer viewer) {
        if (viewer.user() == null) {
            return Optional.empty();
        }
        return Optional.of(model(viewer.user(), viewer.event().id()));
    }

    Map<String, Object> model(CurrentUser user, UUID eventId) {
        BlogActor actor = blog.actor(user, eventId);
        boolean runs = ideas.marksIdeas(user, eventId);
        Set<UUID> marked = runs ? ideas.ideas(user, eventId).stream()
                .filter(idea -> idea.kind() == IdeaKind.POST).map(IdeaView::sourceId).collect(Collectors.toSet())
                : Set.of();
        Map<String, Object> model = new HashMap<>();
        model.put("event", actor.event());
        model.put("posts", blog.posts(actor, 0, LiveBlog.MAX_PAGE_SIZE));
        model.put("open", blog.open(actor));
        model.put("marksIdeas", runs);
        model.put("marked", marked);
        model.put("zone", dates.zone(user.tenantId()));
        return model;
    }
}
