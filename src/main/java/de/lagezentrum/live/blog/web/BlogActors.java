package de.lagezentrum.live.blog.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.stereotype.Component;

import de.lagezentrum.live.BlogActor;
import de.lagezentrum.live.LiveBlog;
import de.lagezentrum.live.LiveEvents;
import de.lagezentrum.live.Participant;
import de.lagezentrum.live.events.ParticipantLimits;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.NotFoundException;
import de.lagezentrum.platform.web.TooManyRequestsException;

/**
 * Who calls the blog's API: a participant by the header {@value #HEADER}, else a member of the team by
 * their bearer token. Without either it is 401; a participant's writes count against their own limit.
 */
@Component
class BlogActors {

    static final String HEADER = "X-Participant-Token";

    private final LiveEvents events;
    private final LiveBlog blog;
    private final ParticipantLimits limits;

    BlogActors(LiveEvents events, LiveBlog blog, ParticipantLimits limits) {
        this.events = events;
        this.blog = blog;
        this.limits = limits;
    }

    BlogActor ofEvent(HttpServletRequest request, UUID eventId) {
        String token = request.getHeader(HEADER);
        if (token == null) {
            return blog.actor(user(), eventId);
        }
        Participant participant = participant(request, token);
        if (!participant.eventId().equals(eventId)) {
            throw new NotFoundException("LiveEvent");
        }
        return blog.actor(participant);
    }

    BlogActor ofPost(HttpServletRequest request, UUID postId) {
        String token = request.getHeader(HEADER);
        return token == null ? blog.actorOfPost(user(), postId) : blog.actor(participant(request, token));
    }

    private Participant participant(HttpServletRequest request, String token) {
        Participant participant = events.participant(token)
                .orElseThrow(() -> new BadCredentialsException("No valid participant token"));
        if (!HttpMethod.GET.matches(request.getMethod()) && !limits.allow(participant)) {
            throw new TooManyRequestsException(1);
        }
        return participant;
    }

    private static CurrentUser user() {
        return CurrentUser.current().orElseThrow(() -> new BadCredentialsException("No credentials"));
    }
}
