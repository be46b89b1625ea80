package de.lagezentrum.live.blog.web;

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

/**
 * The blog's section of the participant's page (the newest posts, the post form when the event lets them
 * post) and the models of the blog's pages, shared by the participant's and the team's controllers.
 */
@Component
class BlogSections implements LiveSection {

    static final int POSTS_IN_SECTION = 20;

    private final LiveBlog blog;

    BlogSections(LiveBlog blog) {
        this.blog = blog;
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
        return Optional.of(participantModel(blog, blog.actor(viewer.participant())));
    }

    static Map<String, Object> participantModel(LiveBlog blog, BlogActor actor) {
        Map<String, Object> model = new HashMap<>();
        model.put("event", actor.event());
        model.put("posts", blog.posts(actor, 0, POSTS_IN_SECTION));
        model.put("mayPost", blog.mayPost(actor));
        model.put("open", blog.open(actor));
        return model;
    }

    /** The model of a post's page: the post, a page of its threads, and where its forms go. */
    static void postModel(Model model, LiveBlog blog, BlogActor actor, UUID postId, int page, int size,
            boolean console) {
        CommentPage comments = blog.comments(actor, postId, page, size);
        String base = (console ? "/events/" : "/live/") + actor.eventId();
        model.addAttribute("event", actor.event());
        model.addAttribute("post", blog.post(actor, postId));
        model.addAttribute("comments", comments);
        model.addAttribute("open", blog.open(actor));
        model.addAttribute("console", console);
        model.addAttribute("base", base);
        model.addAttribute("stream", base + "/stream");
        model.addAttribute("maxDepth", LiveBlog.MAX_DEPTH);
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        if (!model.containsAttribute("commentBody")) {
            model.addAttribute("commentBody", "");
        }
    }
}
