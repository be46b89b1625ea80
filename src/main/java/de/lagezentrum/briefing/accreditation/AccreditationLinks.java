package de.lagezentrum.briefing.accreditation;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import de.lagezentrum.briefing.LinkState;
import de.lagezentrum.platform.security.Secrets;

/**
 * The links mailed to journalists: {@code <purpose>.<tenant>.<accreditation>.<version>.<expiry>.<signature>},
 * the signature an HMAC-SHA256 over everything before it with a server secret ({@code briefing.link_key},
 * made on first use with {@link Secrets#random} and shared by every instance through the database).
 * Nothing about a link is stored: a forged or damaged one fails the signature before the database is
 * asked, an expired one its expiry; a link names the accreditation's version, which every change of
 * status counts up, so a used link (or one overtaken by the press office) no longer matches.
 */
@Component
public class AccreditationLinks {

    /** What a link does, and how long it works. */
    public enum Purpose {
        /** Confirms the e-mail address. */
        CONFIRM("c", Duration.ofHours(48)),
        /** Answers the press office's question. */
        ANSWER("a", Duration.ofDays(14));

        private final String code;
        private final Duration lifetime;

        Purpose(String code, Duration lifetime) {
            this.code = code;
            this.lifetime = lifetime;
        }

        /** How long a link of this purpose works. */
        public Duration lifetime() {
            return lifetime;
        }
    }

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private static final Pattern SHAPE = Pattern.compile("([ca])\\.(" + UUID_PATTERN + ")\\.(" + UUID_PATTERN
            + ")\\.([0-9]{1,12})\\.([0-9]{1,12})\\.([A-Za-z0-9_-]{43})");
    private static final String HMAC = "HmacSHA256";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;
    private volatile byte @Nullable [] key;

    AccreditationLinks(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** A signed token for this accreditation in this version, valid for the purpose's lifetime from now. */
    public String issue(Purpose purpose, UUID tenantId, UUID accreditationId, long version) {
        return issue(purpose, tenantId, accreditationId, version, clock.instant().plus(purpose.lifetime()));
    }

    /** A signed token valid until the given instant (tests build expired ones with it). */
    public String issue(Purpose purpose, UUID tenantId, UUID accreditationId, long version, Instant expiresAt) {
        String payload = purpose.code + "." + tenantId + "." + accreditationId + "." + version + "."
                + expiresAt.getEpochSecond();
        return payload + "." + sign(payload);
    }

    /**
     * Checks a token's shape, signature and expiry, in that order.
     *
     * @return {@link LinkState#OPEN} with the link's content, or {@link LinkState#INVALID} or
     *         {@link LinkState#EXPIRED} without
     */
    public Checked check(Purpose purpose, @Nullable String token) {
        Matcher match = token == null || token.length() > 200 ? null : SHAPE.matcher(token);
        if (match == null || !match.matches() || !match.group(1).equals(purpose.code)) {
            return new Checked(LinkState.INVALID, null);
        }
        String payload = token.substring(0, token.lastIndexOf('.'));
        byte[] expected = sign(payload).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, match.group(6).getBytes(StandardCharsets.US_ASCII))) {
            return new Checked(LinkState.INVALID, null);
        }
        Instant expiresAt = Instant.ofEpochSecond(Long.parseLong(match.group(5)));
        if (!clock.instant().isBefore(expiresAt)) {
            return new Checked(LinkState.EXPIRED, null);
        }
        return new Checked(LinkState.OPEN, new Link(UUID.fromString(match.group(2)), UUID.fromString(match.group(3)),
                Long.parseLong(match.group(4)), expiresAt));
    }

    private String sign(String payload) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key(), HMAC));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private byte[] key() {
        byte[] known = key;
        if (known == null) {
            // Two instances starting together both try; the first insert wins and both read the same.
            String secret = ownTransaction.execute(status -> {
                jdbc.sql("INSERT INTO briefing.link_key (id, secret) VALUES (1, ?) ON CONFLICT (id) DO NOTHING")
                        .param(Secrets.random(32)).update();
                return jdbc.sql("SELECT secret FROM briefing.link_key WHERE id = 1").query(String.class).single();
            });
            known = secret.getBytes(StandardCharsets.US_ASCII);
            key = known;
        }
        return known;
    }

    /**
     * The outcome of checking a token.
     *
     * @param state {@link LinkState#OPEN}, {@link LinkState#INVALID} or {@link LinkState#EXPIRED}
     * @param link the signed content when open; null otherwise
     */
    public record Checked(LinkState state, @Nullable Link link) {
    }

    /** A link's signed content. */
    public record Link(UUID tenantId, UUID accreditationId, long version, Instant expiresAt) {
    }
}
