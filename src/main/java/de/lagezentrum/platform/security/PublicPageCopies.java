package de.lagezentrum.platform.security;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.util.WebUtils;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The server's copies of anonymous public pages, so that a rush renders each page once every few
 * seconds instead of once per reader. A copy is the page exactly as the first anonymous reader got it
 * (body, ETag, content type and language) and is kept for {@code lagezentrum.public-pages.server-copy}
 * (10 seconds): far shorter than the minute that browsers and proxies may keep it anyway
 * ({@link PublicPageFilter#SHARED}). A {@link PublicPageChanged} drops the copies at once on this
 * instance; other instances render anew within those seconds.
 *
 * <p>Only what every anonymous reader would get is copied: the key holds the host, the path, its
 * parameters and the language cookie, and the filter neither keeps nor serves a copy for a request that
 * carries a session or an {@code Authorization} header. The number of copies is bounded, so random
 * query strings cannot fill the memory.
 */
@Component
class PublicPageCopies {

    /** Larger pages are rendered every time; none of the public pages comes near. */
    static final int MAX_BODY_BYTES = 512 * 1024;
    private static final int MAX_QUERY_LENGTH = 512;
    private static final PathPatternParser PATTERNS = PathPatternParser.defaultInstance;

    private final Cache<Key, Copy> copies;

    PublicPageCopies(@Value("${lagezentrum.public-pages.server-copy:10s}") Duration lifetime,
            @Value("${lagezentrum.public-pages.copies:1000}") int maximum, MeterRegistry meters) {
        this.copies = Caffeine.newBuilder().expireAfterWrite(lifetime).maximumSize(maximum).recordStats().build();
        CaffeineCacheMetrics.monitor(meters, copies, "lagezentrum.public-pages");
    }

    /** The key of a request, or empty when its answer is not to be copied (long parameters). */
    Optional<Key> key(HttpServletRequest request) {
        Map<String, List<String>> parameters = new TreeMap<>();
        int length = 0;
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            parameters.put(parameter.getKey(), List.of(parameter.getValue()));
            length += parameter.getKey().length();
            for (String value : parameter.getValue()) {
                length += value.length() + 1;
            }
        }
        if (length > MAX_QUERY_LENGTH) {
            return Optional.empty();
        }
        return Optional.of(new Key(request.getServerName(), request.getRequestURI(), parameters, language(request)));
    }

    @Nullable Copy get(Key key) {
        return copies.getIfPresent(key);
    }

    void put(Key key, Copy copy) {
        if (copy.body().length <= MAX_BODY_BYTES) {
            copies.put(key, copy);
        }
    }

    /** Drops the copies of the changed pages once the change is committed (or at once, outside a transaction). */
    @TransactionalEventListener(fallbackExecution = true)
    void changed(PublicPageChanged change) {
        PathPattern pattern = PATTERNS.parse(PATTERNS.initFullPathPattern(change.pattern()));
        copies.asMap().keySet().removeIf(key -> pattern.matches(PathContainer.parsePath(key.path())));
    }

    private static @Nullable String language(HttpServletRequest request) {
        Cookie language = WebUtils.getCookie(request, "LAGEZENTRUM_LANG");
        return language == null ? null : language.getValue();
    }

    /**
     * What makes two anonymous readers get the same page: {@code ?b=2&a=1} is {@code ?a=1&b=2}, and a
     * value holding {@code &} stays one value.
     */
    record Key(String host, String path, Map<String, List<String>> parameters, @Nullable String language) {
    }

    /** A rendered page as it went out. */
    record Copy(byte[] body, String etag, @Nullable String contentType, Locale locale) {
    }
}
