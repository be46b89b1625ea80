package de.lagezentrum.live.blog.web;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import de.lagezentrum.live.BlogActor;
import de.lagezentrum.live.CommentPage;
import de.lagezentrum.live.LiveBlog;
import de.lagezentrum.live.events.web.LiveSection;
import de.lagezentrum.platform.web.DateFormats;

/**
 * The blog's section of the participant's page (the newest posts, the post form when the event lets them
 * post) and the models of the blog's pages, shared by the participant's and the team's controllers.
 */
@Component
class BlogSections implements LiveSection {

    static final int POSTS_IN_SECTION = 20;

    private final LiveBlog blog;
    private final DateFormats dates;

    BlogSections(LiveBlog blog, DateFormats dates) {
        this.blog = blog;
        this.dates = dates;
    }

    @Override
    public Place place() {
        return Place.PARTICIPANT;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public String fragment() {
        return "live/blog/participant :: section";
    }

    @Override
    public Optional<Map<String, Object>> model(Viewer viewer) {
        if (viewer.participant() == null) {
            return Optional.empty();
        }
        return Optional.of(participantModel(blog.actor(viewer.participant())));
    }

    Map<String, Object> participantModel(BlogActor actor) {
        Map<String, Object> model = new HashMap<>();
        model.put("event", actor.event());
        model.put("posts", blog.posts(actor, 0, POSTS_IN_SECTION));
        model.put("mayPost", blog.mayPost(actor));
        model.put("open", blog.open(actor));
        model.put("zone", zone(actor));
        return model;
    }

    /**
     * The zone the event's times show in: its municipality's, for participants too (who are nobody's
     * signed-in user). Read once per page, not once per comment.
     */
    ZoneId zone(BlogActor actor) {
        return dates.zone(actor.tenantId());
    }

    /** The model of a post's page: the post, a page of its threads, and where its forms go. */
    void postModel(Model model, BlogActor actor, UUID postId, int page, int size, boolean console) {
        CommentPage comments = blog.comments(actor, postId, page, size);
        String base = (console ? "/events/" : "/live/") + actor.eventId();
        model.addAttribute("event", actor.event());
        model.addAttribute("post", blog.post(actor, postId));
        model.addAttribute("comments", comments);
        model.addAttribute("open", blog.open(actor));
        model.addAttribute("console", console);
        model.addAttribute("base", base);
        model.addAttribute("stream", base + "/stream");
        model.addAttribute("zone", zone(actor));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        if (!model.containsAttribute("commentBody")) {
            model.addAttribute("commentBody", "");
        }
    }
}
