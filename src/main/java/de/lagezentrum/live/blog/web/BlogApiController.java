package de.lagezentrum.live.blog.web;

import java.net.URI;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import de.lagezentrum.live.BlogActor;
import de.lagezentrum.live.CommentPage;
import de.lagezentrum.live.CommentView;
import de.lagezentrum.live.LiveBlog;
import de.lagezentrum.live.NewComment;
import de.lagezentrum.live.NewPost;
import de.lagezentrum.live.PostPage;
import de.lagezentrum.live.PostView;
import de.lagezentrum.platform.security.CurrentUser;

/**
 * API v1 of the event blog. Participants read and write with their token, the team with its bearer
 * token; hiding and showing again is the team's (moderators included).
 */
@RestController
class BlogApiController {

    private final LiveBlog blog;
    private final BlogActors actors;

    BlogApiController(LiveBlog blog, BlogActors actors) {
        this.blog = blog;
        this.actors = actors;
    }

    record PostBody(@Nullable String title, @Nullable String body) {
    }

    record CommentBody(@Nullable String body, @Nullable UUID parentId) {
    }

    record ReasonBody(@Nullable String reason) {
    }

    @GetMapping(path = "/api/v1/events/{id}/posts", produces = MediaType.APPLICATION_JSON_VALUE)
    PostPage posts(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size, HttpServletRequest request) {
        return blog.posts(actors.ofEvent(request, id), page, size);
    }

    @PostMapping(path = "/api/v1/events/{id}/posts", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<PostView> write(@PathVariable UUID id, @RequestBody PostBody body, HttpServletRequest request) {
        PostView post = blog.write(actors.ofEvent(request, id), new NewPost(body.title(), body.body()));
        return ResponseEntity.created(URI.create("/api/v1/posts/" + post.id())).body(post);
    }

    @GetMapping(path = "/api/v1/posts/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    PostView post(@PathVariable UUID id, HttpServletRequest request) {
        return blog.post(actors.ofPost(request, id), id);
    }

    @GetMapping(path = "/api/v1/posts/{id}/comments", produces = MediaType.APPLICATION_JSON_VALUE)
    CommentPage comments(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size, HttpServletRequest request) {
        return blog.comments(actors.ofPost(request, id), id, page, size);
    }

    @PostMapping(path = "/api/v1/posts/{id}/comments", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CommentView> comment(@PathVariable UUID id, @RequestBody CommentBody body,
            HttpServletRequest request) {
        BlogActor actor = actors.ofPost(request, id);
        CommentView comment = blog.comment(actor, id, new NewComment(body.body(), body.parentId()));
        return ResponseEntity.created(URI.create("/api/v1/comments/" + comment.id())).body(comment);
    }

    @PostMapping(path = "/api/v1/posts/{id}/hide", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    PostView hidePost(@PathVariable UUID id, @RequestBody ReasonBody body) {
        return blog.hidePost(CurrentUser.require(), id, body.reason());
    }

    @PostMapping(path = "/api/v1/posts/{id}/unhide", produces = MediaType.APPLICATION_JSON_VALUE)
    PostView unhidePost(@PathVariable UUID id) {
        return blog.unhidePost(CurrentUser.require(), id);
    }

    @PostMapping(path = "/api/v1/comments/{id}/hide", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    CommentView hideComment(@PathVariable UUID id, @RequestBody ReasonBody body) {
        return blog.hideComment(CurrentUser.require(), id, body.reason());
    }

    @PostMapping(path = "/api/v1/comments/{id}/unhide", produces = MediaType.APPLICATION_JSON_VALUE)
    CommentView unhideComment(@PathVariable UUID id) {
        return blog.unhideComment(CurrentUser.require(), id);
    }
}
