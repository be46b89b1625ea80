package de.lagezentrum.live.blog.web;

import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import de.lagezentrum.live.BlogActor;
import de.lagezentrum.live.CommentView;
import de.lagezentrum.live.LiveBlog;
import de.lagezentrum.live.NewComment;
import de.lagezentrum.live.NewPost;
import de.lagezentrum.live.PostView;
import de.lagezentrum.live.events.web.ParticipantPages;
import de.lagezentrum.platform.web.InvalidInputException;

/**
 * The blog's pages for participants (cookie of the event's pages): the list (a section of the event's
 * page, re-read live), a post with its threaded comments in pages, the forms for posts, comments and
 * replies. All of it works without JavaScript; a form with bad input comes back with its messages.
 */
@Controller
@RequestMapping("/live/{id}")
class BlogPageController {

    static final int THREADS_PER_PAGE = 50;

    private final LiveBlog blog;
    private final ParticipantPages participants;
    private final BlogSections sections;

    BlogPageController(LiveBlog blog, ParticipantPages participants, BlogSections sections) {
        this.blog = blog;
        this.participants = participants;
        this.sections = sections;
    }

    /** The section's list, re-read by htmx on {@code sse:post}; without htmx, the event's page. */
    @GetMapping("/blog")
    String list(@PathVariable UUID id, HttpServletRequest request, Model model,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx) {
        BlogActor actor = actor(request, id);
        if (htmx == null) {
            return "redirect:/live/" + id + "#blog";
        }
        model.addAttribute("model", sections.participantModel(actor));
        return "live/blog/participant :: list";
    }

    @GetMapping("/posts/new")
    String newPost(@PathVariable UUID id, HttpServletRequest request, Model model) {
        BlogActor actor = actor(request, id);
        return postForm(model, actor, "", "", Map.of());
    }

    @PostMapping("/posts")
    String write(@PathVariable UUID id, @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String body, HttpServletRequest request, Model model) {
        BlogActor actor = actor(request, id);
        try {
            PostView post = blog.write(actor, new NewPost(title, body));
            return "redirect:/live/" + id + "/posts/" + post.id();
        }
        catch (InvalidInputException e) {
            return postForm(model, actor, title, body, Map.of(e.field(), e.messageKey()));
        }
    }

    @GetMapping("/posts/{postId}")
    String post(@PathVariable UUID id, @PathVariable UUID postId, @RequestParam(defaultValue = "0") int page,
            HttpServletRequest request, Model model,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx) {
        BlogActor actor = actor(request, id);
        sections.postModel(model, actor, postId, page, THREADS_PER_PAGE, false);
        return htmx == null ? "live/blog/post" : "live/blog/post :: comments";
    }

    @GetMapping("/posts/{postId}/comments/{commentId}/reply")
    String reply(@PathVariable UUID id, @PathVariable UUID postId, @PathVariable UUID commentId,
            HttpServletRequest request, Model model) {
        BlogActor actor = actor(request, id);
        return replyForm(model, actor, postId, blog.comment(actor, commentId), "", Map.of());
    }

    @PostMapping("/posts/{postId}/comments")
    String comment(@PathVariable UUID id, @PathVariable UUID postId, @RequestParam(defaultValue = "") String body,
            @RequestParam(required = false) @Nullable UUID parentId, HttpServletRequest request, Model model) {
        BlogActor actor = actor(request, id);
        try {
            CommentView comment = blog.comment(actor, postId, new NewComment(body, parentId));
            int page = blog.pageOf(actor, postId, comment.id(), THREADS_PER_PAGE);
            return "redirect:/live/" + id + "/posts/" + postId + "?page=" + page + "#comment-" + comment.id();
        }
        catch (InvalidInputException e) {
            Map<String, String> errors = Map.of(e.field(), e.messageKey());
            if (parentId != null) {
                return replyForm(model, actor, postId, blog.comment(actor, parentId), body, errors);
            }
            sections.postModel(model, actor, postId, 0, THREADS_PER_PAGE, false);
            model.addAttribute("commentBody", body);
            model.addAttribute("errors", errors);
            return "live/blog/post";
        }
    }

    private String postForm(Model model, BlogActor actor, String title, String body, Map<String, String> errors) {
        model.addAttribute("event", actor.event());
        model.addAttribute("mayPost", blog.mayPost(actor));
        model.addAttribute("open", blog.open(actor));
        model.addAttribute("title", title);
        model.addAttribute("body", body);
        model.addAttribute("errors", errors);
        model.addAttribute("action", "/live/" + actor.eventId() + "/posts");
        model.addAttribute("back", "/live/" + actor.eventId());
        return "live/blog/new";
    }

    private String replyForm(Model model, BlogActor actor, UUID postId, CommentView parent, String body,
            Map<String, String> errors) {
        model.addAttribute("event", actor.event());
        model.addAttribute("post", blog.post(actor, postId));
        model.addAttribute("parent", parent);
        model.addAttribute("open", blog.open(actor));
        model.addAttribute("body", body);
        model.addAttribute("errors", errors);
        model.addAttribute("base", "/live/" + actor.eventId());
        model.addAttribute("zone", sections.zone(actor));
        return "live/blog/reply";
    }

    private BlogActor actor(HttpServletRequest request, UUID eventId) {
        return blog.actor(participants.require(request, eventId));
    }
}
