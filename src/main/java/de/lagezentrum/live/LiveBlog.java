package de.lagezentrum.live;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.lagezentrum.live.blog.BlogStore;
import de.lagezentrum.live.blog.BlogStore.Author;
import de.lagezentrum.live.blog.BlogStore.CommentRow;
import de.lagezentrum.live.blog.BlogStore.PostRow;
import de.lagezentrum.live.events.EventStreams;
import de.lagezentrum.platform.audit.AuditLog;
import de.lagezentrum.platform.database.TenantScope;
import de.lagezentrum.platform.documents.Markdown;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.ConflictException;
import de.lagezentrum.platform.web.InvalidInputException;
import de.lagezentrum.platform.web.NotFoundException;

/**
 * The event blog: participants (or, as the event says, only the team) write posts in Markdown, everybody
 * who joined comments and replies in threads. The team hides a post or comment with a reason that its
 * author sees; the others see nothing of a hidden post and a placeholder for a hidden comment. Nothing new
 * is written once the event is over or cancelled.
 */
@Service
public class LiveBlog {

    static final String POST = "LivePost";
    static final String COMMENT = "LiveComment";
    /** The deepest level of replies: a reply to a comment there joins its level. */
    public static final int MAX_DEPTH = 4;
    public static final int MAX_TITLE = 200;
    public static final int MAX_BODY = 20_000;
    public static final int MAX_COMMENT = 5_000;
    public static final int MAX_REASON = 500;
    public static final int MAX_PAGE_SIZE = 100;

    private final LiveEvents events;
    private final BlogStore store;
    private final Markdown markdown;
    private final EventStreams streams;
    private final AuditLog audit;
    private final Clock clock;

    LiveBlog(LiveEvents events, BlogStore store, Markdown markdown, EventStreams streams, AuditLog audit,
            Clock clock) {
        this.events = events;
        this.store = store;
        this.markdown = markdown;
        this.streams = streams;
        this.audit = audit;
        this.clock = clock;
    }

    /** A participant of the event, as a reader and writer of its blog. */
    public BlogActor actor(Participant participant) {
        return new BlogActor(events.eventOf(participant), participant.id(), null, participant.displayName(), false);
    }

    /** A member of the event's team (any role); 404 for anybody else. */
    public BlogActor actor(CurrentUser user, UUID eventId) {
        return new BlogActor(events.requireTeam(user, eventId, false), null, user.personId(), user.displayName(), true);
    }

    /** A member of the team of the post's event; 404 for anybody else and for an unknown post. */
    @Transactional(readOnly = true)
    public BlogActor actorOfPost(CurrentUser user, UUID postId) {
        PostRow post = store.post(user.tenantId(), postId).orElseThrow(() -> new NotFoundException(POST));
        return actor(user, post.eventId());
    }

    /** A member of the team of the comment's event; 404 for anybody else and for an unknown comment. */
    @Transactional(readOnly = true)
    public BlogActor actorOfComment(CurrentUser user, UUID commentId) {
        CommentRow comment = store.comment(user.tenantId(), commentId).orElseThrow(() -> new NotFoundException(COMMENT));
        return actorOfPost(user, comment.postId());
    }

    /** Whether the actor may write posts (comments are open to everybody who joined). */
    public boolean mayPost(BlogActor actor) {
        return actor.team() || actor.event().blogPosting() == BlogPosting.PARTICIPANTS;
    }

    /** Whether the event takes new posts and comments now. */
    public boolean open(BlogActor actor) {
        return !actor.event().cancelled() && !actor.event().endedAt(clock.instant());
    }

    /** A page of the posts the actor may see, the newest first. */
    @Transactional(readOnly = true)
    public PostPage posts(BlogActor actor, int page, int size) {
        int limit = size(size);
        int from = Math.max(page, 0);
        return scoped(actor, () -> {
            List<PostView> items = store.posts(actor.tenantId(), actor.eventId(), actor.team(), actor.participantId(),
                    actor.personId(), limit, (long) from * limit).stream().map(row -> view(actor, row)).toList();
            return new PostPage(items, from, limit, store.postCount(actor.tenantId(), actor.eventId(), actor.team(),
                    actor.participantId(), actor.personId()));
        });
    }

    /** One post; 404 when it is of another event or hidden from the actor. */
    @Transactional(readOnly = true)
    public PostView post(BlogActor actor, UUID postId) {
        return scoped(actor, () -> view(actor, visiblePost(actor, postId)));
    }

    /**
     * Writes a post.
     *
     * @throws AccessDeniedException when the event lets only the team post
     * @throws ConflictException when the event is over or cancelled
     * @throws InvalidInputException for a missing or too long title or body
     */
    @Transactional
    public PostView write(BlogActor actor, NewPost post) {
        if (!mayPost(actor)) {
            throw new AccessDeniedException("live.blog.team-only");
        }
        requireOpen(actor);
        String title = text(post.title(), "title", MAX_TITLE);
        String body = text(post.body(), "body", MAX_BODY);
        UUID id = UUID.randomUUID();
        return scoped(actor, () -> {
            store.insertPost(actor.tenantId(), id, actor.eventId(), author(actor), title, body, markdown.html(body),
                    clock.instant());
            streams.toEveryone(actor.eventId(), "post", Map.of("postId", id.toString()));
            return view(actor, store.post(actor.tenantId(), id).orElseThrow());
        });
    }

    /** A page of the post's threads, each with all its replies. */
    @Transactional(readOnly = true)
    public CommentPage comments(BlogActor actor, UUID postId, int page, int size) {
        int limit = size(size);
        int from = Math.max(page, 0);
        return scoped(actor, () -> {
            visiblePost(actor, postId);
            List<CommentRow> threads = store.threads(actor.tenantId(), postId, limit, (long) from * limit);
            List<CommentRow> replies = store.replies(actor.tenantId(), threads.stream().map(CommentRow::id).toList());
            long[] counts = store.commentCounts(actor.tenantId(), postId);
            return new CommentPage(tree(actor, threads, replies), from, limit, counts[0], counts[1]);
        });
    }

    /** One comment, without its replies; 404 when its post is hidden from the actor or of another event. */
    @Transactional(readOnly = true)
    public CommentView comment(BlogActor actor, UUID commentId) {
        return scoped(actor, () -> {
            CommentRow row = store.comment(actor.tenantId(), commentId).orElseThrow(() -> new NotFoundException(COMMENT));
            visiblePost(actor, row.postId());
            return view(actor, row, List.of());
        });
    }

    /** The page (of {@code size} threads) that shows the comment's thread. */
    @Transactional(readOnly = true)
    public int pageOf(BlogActor actor, UUID postId, UUID commentId, int size) {
        return scoped(actor, () -> {
            CommentRow row = store.comment(actor.tenantId(), commentId).orElseThrow(() -> new NotFoundException(COMMENT));
            return (int) (store.threadsBefore(actor.tenantId(), postId, row.rootId()) / size(size));
        });
    }

    /**
     * Comments on a post or, with a parent, replies to a comment of it; below {@link #MAX_DEPTH} a reply
     * joins its parent's level.
     *
     * @throws ConflictException when the event is over or cancelled
     * @throws InvalidInputException for a missing or too long body, or a parent of another post
     */
    @Transactional
    public CommentView comment(BlogActor actor, UUID postId, NewComment comment) {
        requireOpen(actor);
        String body = text(comment.body(), "body", MAX_COMMENT);
        return scoped(actor, () -> {
            visiblePost(actor, postId);
            UUID parentId = null;
            UUID id = UUID.randomUUID();
            UUID rootId = id;
            int depth = 0;
            if (comment.parentId() != null) {
                CommentRow parent = store.comment(actor.tenantId(), comment.parentId())
                        .filter(row -> row.postId().equals(postId))
                        .orElseThrow(() -> new InvalidInputException("parentId", "live.blog.comment.parent.unknown"));
                boolean deepest = parent.depth() >= MAX_DEPTH;
                parentId = deepest ? parent.parentId() : parent.id();
                depth = deepest ? parent.depth() : parent.depth() + 1;
                rootId = parent.rootId();
            }
            store.insertComment(actor.tenantId(), id, postId, parentId, rootId, depth, author(actor), body,
                    markdown.html(body), clock.instant());
            streams.toEveryone(actor.eventId(), "comment", Map.of("postId", postId.toString(), "commentId",
                    id.toString()));
            return view(actor, store.comment(actor.tenantId(), id).orElseThrow(), List.of());
        });
    }

    /** Hides a post with a reason its author sees (the team, moderators included); again, the reason changes. */
    @Transactional
    public PostView hidePost(CurrentUser user, UUID postId, @Nullable String reason) {
        BlogActor actor = actorOfPost(user, postId);
        String clean = text(reason, "reason", MAX_REASON);
        PostRow before = store.post(actor.tenantId(), postId).orElseThrow();
        store.hidePost(actor.tenantId(), postId, clean, user.personId());
        audit.record(actor.tenantId(), "LIVE_POST_HIDDEN", POST, postId, before.title(), hidden(before.hiddenReason()),
                hidden(clean));
        streams.toEveryone(actor.eventId(), "post", Map.of("postId", postId.toString()));
        return post(actor, postId);
    }

    /** Shows a hidden post again. */
    @Transactional
    public PostView unhidePost(CurrentUser user, UUID postId) {
        BlogActor actor = actorOfPost(user, postId);
        PostRow before = store.post(actor.tenantId(), postId).orElseThrow();
        store.hidePost(actor.tenantId(), postId, null, null);
        audit.record(actor.tenantId(), "LIVE_POST_SHOWN", POST, postId, before.title(), hidden(before.hiddenReason()),
                hidden(null));
        streams.toEveryone(actor.eventId(), "post", Map.of("postId", postId.toString()));
        return post(actor, postId);
    }

    /** Hides a comment with a reason its author sees; its replies stay. */
    @Transactional
    public CommentView hideComment(CurrentUser user, UUID commentId, @Nullable String reason) {
        BlogActor actor = actorOfComment(user, commentId);
        String clean = text(reason, "reason", MAX_REASON);
        CommentRow before = store.comment(actor.tenantId(), commentId).orElseThrow();
        store.hideComment(actor.tenantId(), commentId, clean, user.personId());
        audit.record(actor.tenantId(), "LIVE_COMMENT_HIDDEN", COMMENT, commentId, excerpt(before.body()),
                hidden(before.hiddenReason()), hidden(clean));
        streams.toEveryone(actor.eventId(), "comment", Map.of("postId", before.postId().toString(), "commentId",
                commentId.toString()));
        return comment(actor, commentId);
    }

    /** Shows a hidden comment again. */
    @Transactional
    public CommentView unhideComment(CurrentUser user, UUID commentId) {
        BlogActor actor = actorOfComment(user, commentId);
        CommentRow before = store.comment(actor.tenantId(), commentId).orElseThrow();
        store.hideComment(actor.tenantId(), commentId, null, null);
        audit.record(actor.tenantId(), "LIVE_COMMENT_SHOWN", COMMENT, commentId, excerpt(before.body()),
                hidden(before.hiddenReason()), hidden(null));
        streams.toEveryone(actor.eventId(), "comment", Map.of("postId", before.postId().toString(), "commentId",
                commentId.toString()));
        return comment(actor, commentId);
    }

    private PostRow visiblePost(BlogActor actor, UUID postId) {
        return store.post(actor.tenantId(), postId)
                .filter(row -> row.eventId().equals(actor.eventId()))
                .filter(row -> row.hiddenReason() == null || actor.team()
                        || actor.wrote(row.author().participantId(), row.author().personId()))
                .orElseThrow(() -> new NotFoundException(POST));
    }

    private void requireOpen(BlogActor actor) {
        if (actor.event().cancelled()) {
            throw new ConflictException("live.join.cancelled");
        }
        if (actor.event().endedAt(clock.instant())) {
            throw new ConflictException("live.blog.ended");
        }
    }

    private List<CommentView> tree(BlogActor actor, List<CommentRow> threads, List<CommentRow> replies) {
        Map<UUID, List<CommentRow>> children = new HashMap<>();
        for (CommentRow reply : replies) {
            children.computeIfAbsent(reply.parentId(), parent -> new ArrayList<>()).add(reply);
        }
        List<CommentView> views = new ArrayList<>(threads.size());
        for (CommentRow thread : threads) {
            views.add(branch(actor, thread, children));
        }
        return views;
    }

    private CommentView branch(BlogActor actor, CommentRow row, Map<UUID, List<CommentRow>> children) {
        List<CommentView> replies = children.getOrDefault(row.id(), List.of()).stream()
                .map(child -> branch(actor, child, children)).toList();
        return view(actor, row, replies);
    }

    private static PostView view(BlogActor actor, PostRow row) {
        boolean mine = actor.wrote(row.author().participantId(), row.author().personId());
        return new PostView(row.id(), row.eventId(), row.title(), row.body(), row.html(), row.author().name(),
                row.author().personId() != null && row.author().participantId() == null, row.createdAt(),
                row.comments(), row.hiddenReason() != null, row.hiddenReason(), mine);
    }

    private static CommentView view(BlogActor actor, CommentRow row, List<CommentView> replies) {
        boolean mine = actor.wrote(row.author().participantId(), row.author().personId());
        boolean shown = row.hiddenReason() == null || mine || actor.team();
        boolean byTeam = row.author().personId() != null && row.author().participantId() == null;
        return new CommentView(row.id(), row.postId(), row.parentId(), row.depth(), shown ? row.body() : null,
                shown ? row.html() : null, shown ? row.author().name() : null, shown && byTeam, row.createdAt(),
                row.hiddenReason() != null, shown ? row.hiddenReason() : null, mine, replies);
    }

    private static Author author(BlogActor actor) {
        return new Author(actor.participantId(), actor.participantId() == null ? actor.personId() : null,
                actor.name());
    }

    private static <T> T scoped(BlogActor actor, java.util.function.Supplier<T> work) {
        return TenantScope.call(actor.tenantId(), work);
    }

    private static int size(int size) {
        return Math.min(Math.max(size, 1), MAX_PAGE_SIZE);
    }

    private static Map<String, Object> hidden(@Nullable String reason) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("hidden", reason != null);
        if (reason != null) {
            state.put("reason", reason);
        }
        return state;
    }

    private static String excerpt(String body) {
        return body.length() <= 80 ? body : body.substring(0, 79) + "…";
    }

    private static String text(@Nullable String value, String field, int max) {
        String clean = value == null ? "" : value.strip();
        if (clean.isEmpty()) {
            throw new InvalidInputException(field, "live.text.required");
        }
        if (clean.length() > max) {
            throw new InvalidInputException(field, "live.text.too-long");
        }
        return clean;
    }
}
