package de.lagezentrum.platform.security;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import de.lagezentrum.platform.web.ProblemWriter;

/**
 * Token-bucket rate limit (Bucket4j) per client address on the endpoints the public can reach. Over the
 * limit an API request gets 429 problem details, a page request the 429 error page.
 */
class RateLimitFilter extends OncePerRequestFilter {

    /** Each limited endpoint with its own limit per minute, in declaration order (the first match counts). */
    private final List<Limited> limited;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(10)).maximumSize(200_000).build();
    private final ProblemWriter problems;

    RateLimitFilter(List<PublicEndpoint> endpoints, int perMinute, ProblemWriter problems) {
        this.limited = endpoints.stream()
                .filter(endpoint -> endpoint.perMinute() != PublicEndpoint.OWN_LIMIT)
                .map(endpoint -> new Limited(PathPatternRequestMatcher.withDefaults()
                        .matcher(endpoint.method(), endpoint.pattern()),
                        endpoint.perMinute() == 0 ? perMinute : endpoint.perMinute()))
                .toList();
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var endpoint = limited.stream().filter(candidate -> candidate.matcher().matches(request)).findFirst();
        if (endpoint.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        int perMinute = endpoint.get().perMinute();
        Bucket bucket = buckets.get(request.getRemoteAddr() + " " + request.getRequestURI(),
                key -> newBucket(perMinute));
        var probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "rate-limited");
        }
        else {
            response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
        }
    }

    private static Bucket newBucket(int perMinute) {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                .build();
    }

    private record Limited(RequestMatcher matcher, int perMinute) {
    }
}
