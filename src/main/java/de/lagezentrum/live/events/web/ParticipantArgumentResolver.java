package de.lagezentrum.live.events.web;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import de.lagezentrum.live.LiveEvents;
import de.lagezentrum.live.Participant;
import de.lagezentrum.live.events.ParticipantLimits;
import de.lagezentrum.platform.web.TooManyRequestsException;

/**
 * Gives controllers the {@link Participant} a request proves: in the API by the header
 * {@value #HEADER} (never the cookie, which a browser would send on its own), on pages by the cookie
 * {@value ParticipantCookie#NAME} the join page set. A missing, forged or expired token is 401. Every
 * request that changes something counts against the participant's own limit (429 beyond it).
 */
@Configuration(proxyBeanMethods = false)
class ParticipantArgumentResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

    static final String HEADER = "X-Participant-Token";

    private final LiveEvents events;
    private final ParticipantLimits limits;

    ParticipantArgumentResolver(LiveEvents events, ParticipantLimits limits) {
        this.events = events;
        this.limits = limits;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Participant.class;
    }

    @Override
    public Participant resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer mavContainer,
            NativeWebRequest webRequest, @Nullable WebDataBinderFactory binderFactory) {
        HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
        Participant participant = find(events, request)
                .orElseThrow(() -> new BadCredentialsException("No valid participant token"));
        if (!HttpMethod.GET.matches(request.getMethod()) && !HttpMethod.HEAD.matches(request.getMethod())
                && !limits.allow(participant)) {
            throw new TooManyRequestsException(1);
        }
        return participant;
    }

    /** The participant of a request, from the header in the API and from the cookie on pages. */
    static Optional<Participant> find(LiveEvents events, @Nullable HttpServletRequest request) {
        if (request == null) {
            return Optional.empty();
        }
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        String token = api ? request.getHeader(HEADER) : ParticipantCookie.read(request);
        return events.participant(token);
    }
}
