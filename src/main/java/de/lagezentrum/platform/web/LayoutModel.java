package de.lagezentrum.platform.web;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
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
     * Everything the layout shows, added by one method: Spring resolves the arguments and annotations of each
     * model-attribute method on every request, and six of them were a fifteenth of a signed-in page.
     *
     * <ul>
     * <li>{@code sessionTimeoutSeconds}: how long a signed-in session lasts without a request; the page warns
     * before it ends and offers to stay signed in (WCAG 2.2.1, timing adjustable);
     * <li>{@code unreadNotifications}: counted only when a template shows it, since the advice also runs for
     * the htmx fragments, which have no header to show it in;
     * <li>{@code currentUser}, the {@code navigation} the user may see, the page's {@code language}, the
     * {@code languageLinks} of the language switch and the {@code currentPath}.
     * </ul>
     */
    @ModelAttribute
    void layout(Model model, HttpServletRequest request, Locale locale) {
        if (answersWithBody(request)) {
            return;
        }
        CurrentUser user = CurrentUser.current().orElse(null);
        String current = Languages.of(locale);
        model.addAttribute("sessionTimeoutSeconds", sessionTimeout.toSeconds());
        model.addAttribute("unreadNotifications", new LazyContextVariable<Long>() {
            @Override
            protected Long loadValue() {
                return user == null ? 0L : notifications.unread(user);
            }
        });
        model.addAttribute("currentUser", user);
        model.addAttribute("navigation", user == null ? List.of()
                : navigation.stream().filter(item -> item.visibleTo(user)).toList());
        model.addAttribute("language", current);
        model.addAttribute("languageLinks", Languages.SUPPORTED.stream()
                .map(tag -> new LanguageLink(tag, switchUrl(request, tag), tag.equals(current)))
                .toList());
        model.addAttribute("currentPath", originalUri(request).substring(request.getContextPath().length()));
    }

    /**
     * Whether the handler writes its answer itself (JSON of the API, a calendar, a file) rather than a page:
     * it has no layout, and working out the language links and the navigation was a fifteenth of a bearer
     * {@code GET /api/v1/me}.
     */
    private static boolean answersWithBody(HttpServletRequest request) {
        return request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod handler
                && (handler.hasMethodAnnotation(ResponseBody.class)
                        || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class));
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
