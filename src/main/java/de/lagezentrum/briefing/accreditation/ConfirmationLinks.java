package de.lagezentrum.briefing.accreditation;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import de.lagezentrum.platform.security.Secrets;

/**
 * Confirmation links: {@code <tenant>.<accreditation>.<expiry>.<signature>}, the signature an
 * HMAC-SHA256 over the first three parts with a server secret ({@code briefing.link_key}, made on first
 * use like the other generated secrets with {@link Secrets#random}). Nothing about a link is stored: a
 * forged or damaged one fails the signature before the database is asked, and a used one finds its
 * registration no longer unconfirmed.
 */
@Component
public class ConfirmationLinks {

    /** How long a link works. */
    public static final Duration LIFETIME = Duration.ofHours(48);
    private static final Pattern SHAPE = Pattern.compile(
            "([0-9a-f-]{36})\\.([0-9a-f-]{36})\\.([0-9]{1,12})\\.([A-Za-z0-9_-]{43})");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;
    private volatile byte[] key;

    ConfirmationLinks(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** A signed token for this accreditation, valid for {@link #LIFETIME} from now. */
    public String issue(UUID tenantId, UUID accreditationId) {
        long expiry = clock.instant().plus(LIFETIME).getEpochSecond();
        String payload = tenantId + "." + accreditationId + "." + expiry;
        return payload + "." + sign(payload);
    }

    /** The checked content of a token; empty for one that is malformed or not signed by this server. */
    public Optional<Link> verify(String token) {
        var match = SHAPE.matcher(token);
        if (token.length() > 200 || !match.matches()) {
            return Optional.empty();
        }
        String payload = match.group(1) + "." + match.group(2) + "." + match.group(3);
        byte[] expected = sign(payload).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, match.group(4).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Link(UUID.fromString(match.group(1)), UUID.fromString(match.group(2)),
                    Instant.ofEpochSecond(Long.parseLong(match.group(3)))));
        }
        catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    /** Whether a verified link's time is over. */
    public boolean expired(Link link) {
        return !clock.instant().isBefore(link.expiresAt());
    }

    private String sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
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

    /** A link's signed content. */
    public record Link(UUID tenantId, UUID accreditationId, Instant expiresAt) {
    }
}
