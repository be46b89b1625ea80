package de.lagezentrum.live.events;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import de.lagezentrum.platform.database.TenantScope;

/**
 * Participant tokens: {@code <tenant>.<event>.<participant>.<expires>.<signature>}, signed with HMAC-SHA256
 * under the event's own key. A token is checked without a database round trip once the event's key is
 * cached, which a join storm and a vote burst need; nothing about a participant is stored but the
 * participant row itself. A token holds until a day after the event's end.
 */
@Component
public class ParticipantTokens {

    /** How long after the event's end a token still holds (a late look at the results). */
    static final Duration AFTER_END = Duration.ofDays(1);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    /** A {@code Mac} per thread: looking one up costs more than the signature itself. */
    private static final ThreadLocal<Mac> MACS = ThreadLocal.withInitial(() -> {
        try {
            return Mac.getInstance("HmacSHA256");
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    });

    private final EventStore store;
    private final Cache<UUID, byte[]> keys = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfterAccess(Duration.ofHours(6)).build();

    ParticipantTokens(EventStore store) {
        this.store = store;
    }

    static byte[] newKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return key;
    }

    /** A token for a participant of an event, signed with the event's key. */
    String issue(UUID tenantId, UUID eventId, UUID participantId, Instant expires, byte[] key) {
        String claims = tenantId + "." + eventId + "." + participantId + "." + expires.getEpochSecond();
        return claims + "." + ENCODER.encodeToString(sign(key, claims));
    }

    /** The claims of a genuine token that has not expired at {@code now}; empty for anything else. */
    public Optional<Claims> verify(@Nullable String token, Instant now) {
        if (token == null || token.length() > 250) {
            return Optional.empty();
        }
        String[] parts = token.strip().split("\\.", -1);
        if (parts.length != 5) {
            return Optional.empty();
        }
        UUID tenantId;
        UUID eventId;
        UUID participantId;
        long expires;
        byte[] signature;
        try {
            tenantId = UUID.fromString(parts[0]);
            eventId = UUID.fromString(parts[1]);
            participantId = UUID.fromString(parts[2]);
            expires = Long.parseLong(parts[3]);
            signature = DECODER.decode(parts[4]);
        }
        catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (now.getEpochSecond() >= expires) {
            return Optional.empty();
        }
        byte[] key = key(tenantId, eventId);
        if (key == null) {
            return Optional.empty();
        }
        String claims = parts[0] + "." + parts[1] + "." + parts[2] + "." + parts[3];
        if (!MessageDigest.isEqual(sign(key, claims), signature)) {
            return Optional.empty();
        }
        return Optional.of(new Claims(tenantId, eventId, participantId));
    }

    /**
     * The event's key, cached (a key never changes); null for an event that does not exist (nothing is
     * cached for it). Runs as the event's municipality.
     */
    byte @Nullable [] key(UUID tenantId, UUID eventId) {
        byte[] cached = keys.getIfPresent(eventId);
        if (cached != null) {
            return cached;
        }
        byte[] loaded = TenantScope.call(tenantId, () -> store.tokenKey(tenantId, eventId)).orElse(null);
        if (loaded != null) {
            keys.put(eventId, loaded);
        }
        return loaded;
    }

    private static byte[] sign(byte[] key, String claims) {
        Mac mac = MACS.get();
        try {
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
        }
        catch (InvalidKeyException e) {
            throw new IllegalStateException("Not an HmacSHA256 key", e);
        }
        return mac.doFinal(claims.getBytes(StandardCharsets.US_ASCII));
    }

    /** What a genuine token says. */
    public record Claims(UUID tenantId, UUID eventId, UUID participantId) {
    }
}
