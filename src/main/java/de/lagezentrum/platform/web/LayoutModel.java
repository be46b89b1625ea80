package de.lagezentrum.platform.web;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;
import org.thymeleaf.context.LazyContextVariable;

import de.lagezentrum.platform.notification.Notifications;
import de.lagezentrum.platform.security.CurrentUser;

/** What every page's layout needs: the signed-in user, the navigation and the language switch. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutModel {

    private final List<NavigationItem> navigation;
    private final Notifications notifications;
    private final Duration sessionTimeout;

    LayoutModel(List<NavigationItem> navigation, Notifications notifications,
            @Value("${spring.session.timeout:8h}") Duration sessionTimeout) {
        this.navigation = navigation.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
        this.notifications = notifications;
        this.sessionTimeout = sessionTimeout;
    }

    /**
     * How long a signed-in session lasts without a request, in seconds: the page warns before it ends and
     * offers to stay signed in (WCAG 2.2.1, timing adjustable).
     */
    @ModelAttribute("sessionTimeoutSeconds")
    long sessionTimeoutSeconds() {
        return sessionTimeout.toSeconds();
    }

    /**
     * Counted only when a template shows it: the advice also runs for the JSON controllers and the htmx
     * fragments, which have no header to show it in.
     */
    @ModelAttribute("unreadNotifications")
    LazyContextVariable<Long> unreadNotifications() {
        return new LazyContextVariable<>() {
            @Override
            protected Long loadValue() {
                return CurrentUser.current().map(notifications::unread).orElse(0L);
            }
        };
    }

    @ModelAttribute("currentUser")
    CurrentUser currentUser() {
        return CurrentUser.current().orElse(null);
    }

    @ModelAttribute("navigation")
    List<NavigationItem> navigation() {
        return CurrentUser.current().map(user -> navigation.stream().filter(item -> item.visibleTo(user)).toList())
                .orElse(List.of());
    }

    @ModelAttribute("language")
    String language(Locale locale) {
        return Languages.of(locale);
    }

    @ModelAttribute("languageLinks")
    List<LanguageLink> languageLinks(HttpServletRequest request, Locale locale) {
        String current = Languages.of(locale);
        return Languages.SUPPORTED.stream()
                .map(tag -> new LanguageLink(tag, switchUrl(request, tag), tag.equals(current)))
                .toList();
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return originalUri(request).substring(request.getContextPath().length());
    }

    /** The URI the browser asked for, also when an error page or a forward renders it. */
    private static String originalUri(HttpServletRequest request) {
        Object error = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Object forward = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        return error != null ? error.toString() : forward != null ? forward.toString() : request.getRequestURI();
    }

    private static String switchUrl(HttpServletRequest request, String tag) {
        boolean dispatched = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) != null
                || request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI) != null;
        return UriComponentsBuilder.fromPath(originalUri(request))
                .query(dispatched ? null : request.getQueryString())
                .replaceQueryParam("lang", tag)
                .build()
                .toUriString();
    }

    /**
     * A link of the language switch.
     *
     * @param tag the language, e.g. {@code en}
     * @param url the current page in that language
     * @param active whether it is the language shown
     */
    record LanguageLink(String tag, String url, boolean active) {
    }
}
