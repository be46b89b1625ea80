package de.lagezentrum.briefing.video;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * BigBlueButton meeting ids of briefings, {@code lz-<tenant>-<briefing>-<tag>}: readable back, so that
 * the recording-ready callback finds its municipality and briefing, and unguessable, as the tag is an
 * HMAC-SHA256 of both ids with the shared secret (128 bits, hex). The meeting's attendee and moderator
 * passwords are derived from the secret and the meeting id the same way, so every {@code create} of a
 * meeting sends the same ones, as BigBlueButton insists.
 */
final class MeetingIds {

    private static final Pattern FORMAT = Pattern.compile(
            "lz-([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})-"
                    + "([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})-([0-9a-f]{32})");

    private final SecretKeySpec key;

    MeetingIds(String secret) {
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** The meeting id of a briefing. */
    String of(UUID tenantId, UUID briefingId) {
        return "lz-" + tenantId + "-" + briefingId + "-" + tag(tenantId, briefingId);
    }

    /** The briefing a meeting id was made for; empty for one that is malformed or whose tag does not match. */
    Optional<Briefing> briefingOf(String meetingId) {
        Matcher matcher = FORMAT.matcher(meetingId);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        UUID tenantId = UUID.fromString(matcher.group(1));
        UUID briefingId = UUID.fromString(matcher.group(2));
        boolean genuine = MessageDigest.isEqual(tag(tenantId, briefingId).getBytes(StandardCharsets.US_ASCII),
                matcher.group(3).getBytes(StandardCharsets.US_ASCII));
        return genuine ? Optional.of(new Briefing(tenantId, briefingId)) : Optional.empty();
    }

    /** The meeting's moderator or attendee password, the same on every call. */
    String password(String meetingId, boolean moderator) {
        return hmac((moderator ? "moderator:" : "attendee:") + meetingId).substring(0, 32);
    }

    private String tag(UUID tenantId, UUID briefingId) {
        return hmac("meeting:" + tenantId + ":" + briefingId).substring(0, 32);
    }

    private String hmac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** A municipality's briefing, as named by a meeting id. */
    record Briefing(UUID tenantId, UUID briefingId) {
    }
}
