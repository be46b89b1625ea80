package de.lagezentrum.live.events.web;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

/**
 * The participant token of the pages: an HttpOnly cookie scoped to the event's pages ({@code /live/<id>}),
 * so one browser can take part in two events, and SameSite=Lax, so another site cannot post with it.
 */
final class ParticipantCookie {

    static final String NAME = "LZ_PARTICIPANT";

    private ParticipantCookie() {
    }

    static void set(HttpServletRequest request, HttpServletResponse response, UUID eventId, String token,
            Instant expires, Instant now) {
        ResponseCookie cookie = ResponseCookie.from(NAME, token).httpOnly(true).secure(request.isSecure())
                .sameSite("Lax").path(request.getContextPath() + "/live/" + eventId)
                .maxAge(Duration.between(now, expires)).build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }

    static @Nullable String read(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (NAME.equals(cookie.getName())) {
                return cookie.getValue();
            }
        }
        return null;
    }
}
