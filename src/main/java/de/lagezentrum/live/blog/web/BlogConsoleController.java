package de.lagezentrum.live.blog.web;

import java.util.Map;
import java.util.UUID;

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
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.InvalidInputException;

/**
 * The blog on the team's console: the moderation list (re-read live), a post with all its comments for
 * moderating, hiding with a reason and showing again, and posts and comments the team writes as itself.
 * For anybody not on the team the event does not exist.
 */
@Controller
@RequestMapping("/events/{id}")
class BlogConsoleController {

    private final LiveBlog blog;
    private final BlogConsoleSection section;
    private final BlogSections sections;

    BlogConsoleController(LiveBlog blog, BlogConsoleSection section, BlogSections sections) {
        this.blog = blog;
        this.section = section;
        this.sections = sections;
    }

    @GetMapping("/blog")
    String list(@PathVariable UUID id, Model model,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx) {
        CurrentUser user = CurrentUser.require();
        blog.actor(user, id);
        if (htmx == null) {
            return "redirect:/events/" + id + "#blog";
        }
        model.addAttribute("model", section.model(user, id));
        return "live/blog/console :: list";
    }

    @PostMapping("/posts")
    String write(@PathVariable UUID id, @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String body, Model model) {
        BlogActor actor = blog.actor(CurrentUser.require(), id);
        try {
            PostView post = blog.write(actor, new NewPost(title, body));
            return "redirect:/events/" + id + "/posts/" + post.id();
        }
        catch (InvalidInputException e) {
            model.addAttribute("event", actor.event());
            model.addAttribute("mayPost", true);
            model.addAttribute("open", blog.open(actor));
            model.addAttribute("title", title);
            model.addAttribute("body", body);
            model.addAttribute("errors", Map.of(e.field(), e.messageKey()));
            model.addAttribute("action", "/events/" + id + "/posts");
            model.addAttribute("back", "/events/" + id);
            return "live/blog/new";
        }
    }

    @GetMapping("/posts/{postId}")
    String post(@PathVariable UUID id, @PathVariable UUID postId, @RequestParam(defaultValue = "0") int page,
            Model model, @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx) {
        BlogActor actor = blog.actor(CurrentUser.require(), id);
        sections.postModel(model, actor, postId, page, BlogPageController.THREADS_PER_PAGE, true);
        return htmx == null ? "live/blog/post" : "live/blog/post :: comments";
    }

    @PostMapping("/posts/{postId}/comments")
    String comment(@PathVariable UUID id, @PathVariable UUID postId, @RequestParam(defaultValue = "") String body,
            @RequestParam(required = false) @Nullable UUID parentId, Model model) {
        BlogActor actor = blog.actor(CurrentUser.require(), id);
        try {
            CommentView comment = blog.comment(actor, postId, new NewComment(body, parentId));
            return redirectTo(actor, postId, comment.id());
        }
        catch (InvalidInputException e) {
            sections.postModel(model, actor, postId, 0, BlogPageController.THREADS_PER_PAGE, true);
            model.addAttribute("commentBody", body);
            model.addAttribute("errors", Map.of(e.field(), e.messageKey()));
            return "live/blog/post";
        }
    }

    @PostMapping("/posts/{postId}/hide")
    String hidePost(@PathVariable UUID id, @PathVariable UUID postId, @RequestParam(defaultValue = "") String reason,
            Model model) {
        BlogActor actor = blog.actor(CurrentUser.require(), id);
        PostView post = blog.post(actor, postId);
        try {
            blog.hidePost(CurrentUser.require(), post.id(), reason);
            return "redirect:/events/" + id + "/posts/" + postId;
        }
        catch (InvalidInputException e) {
            return hideForm(model, actor, post.title(), "/events/" + id + "/posts/" + postId + "/hide",
                    "/events/" + id + "/posts/" + postId, e);
        }
    }

    @PostMapping("/posts/{postId}/unhide")
    String unhidePost(@PathVariable UUID id, @PathVariable UUID postId) {
        PostView post = blog.post(blog.actor(CurrentUser.require(), id), postId);
        blog.unhidePost(CurrentUser.require(), post.id());
        return "redirect:/events/" + id + "/posts/" + postId;
    }

    @PostMapping("/comments/{commentId}/hide")
    String hideComment(@PathVariable UUID id, @PathVariable UUID commentId,
            @RequestParam(defaultValue = "") String reason, Model model) {
        BlogActor actor = blog.actor(CurrentUser.require(), id);
        CommentView comment = blog.comment(actor, commentId);
        try {
            blog.hideComment(CurrentUser.require(), comment.id(), reason);
            return redirectTo(actor, comment.postId(), comment.id());
        }
        catch (InvalidInputException e) {
            return hideForm(model, actor, excerpt(comment.body()), "/events/" + id + "/comments/" + commentId + "/hide",
                    "/events/" + id + "/posts/" + comment.postId(), e);
        }
    }

    @PostMapping("/comments/{commentId}/unhide")
    String unhideComment(@PathVariable UUID id, @PathVariable UUID commentId) {
        BlogActor actor = blog.actor(CurrentUser.require(), id);
        CommentView comment = blog.comment(actor, commentId);
        blog.unhideComment(CurrentUser.require(), comment.id());
        return redirectTo(actor, comment.postId(), comment.id());
    }

    private String redirectTo(BlogActor actor, UUID postId, UUID commentId) {
        int page = blog.pageOf(actor, postId, commentId, BlogPageController.THREADS_PER_PAGE);
        return "redirect:/events/" + actor.eventId() + "/posts/" + postId + "?page=" + page + "#comment-" + commentId;
    }

    private static String hideForm(Model model, BlogActor actor, String what, String action, String back,
            InvalidInputException e) {
        model.addAttribute("event", actor.event());
        model.addAttribute("what", what);
        model.addAttribute("action", action);
        model.addAttribute("back", back);
        model.addAttribute("errors", Map.of(e.field(), e.messageKey()));
        return "live/blog/hide";
    }

    private static String excerpt(@Nullable String body) {
        String text = body == null ? "" : body;
        return text.length() <= 80 ? text : text.substring(0, 79) + "…";
    }
}
