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
 * Names of video rooms, derived from a briefing with a secret (HMAC-SHA256), so that nobody who knows
 * or guesses a briefing's id can name its room or join another briefing's room by changing a parameter.
 *
 * <p>A BigBlueButton meeting id carries the municipality and the briefing in the clear, followed by a
 * 128-bit tag over both: BigBlueButton's recording-ready callback names only the meeting, and the tag
 * lets {@link #briefingOf} map it back while refusing any meeting id this installation did not make. A
 * Jitsi room is the tag alone.
 */
final class RoomIds {

    private static final Pattern MEETING_ID = Pattern.compile(
            "lz-([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})-"
                    + "([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})-([0-9a-f]{32})");
    private static final int TAG_HEX = 32;

    private final SecretKeySpec key;

    RoomIds(String secret) {
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** The BigBlueButton meeting id of a briefing: {@code lz-<tenant>-<briefing>-<tag>}, 109 characters. */
    String meetingId(UUID tenantId, UUID briefingId) {
        return "lz-" + tenantId + "-" + briefingId + "-" + tag("meeting", tenantId + "/" + briefingId);
    }

    /** The briefing of a meeting id made by {@link #meetingId}; empty for any other text. */
    Optional<Briefing> briefingOf(String meetingId) {
        Matcher matcher = MEETING_ID.matcher(meetingId);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String expected = tag("meeting", matcher.group(1) + "/" + matcher.group(2));
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                matcher.group(3).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        return Optional.of(new Briefing(UUID.fromString(matcher.group(1)), UUID.fromString(matcher.group(2))));
    }

    /** The Jitsi room of a briefing: 32 lowercase hex digits. */
    String room(UUID tenantId, UUID briefingId) {
        return tag("room", tenantId + "/" + briefingId);
    }

    /**
     * A password of a meeting for one role. BigBlueButton answers a repeated create with the same
     * passwords as a harmless duplicate, so they must be the same on every call; servers before role
     * support let participants in by them.
     */
    String password(String role, String meetingId) {
        return tag("password:" + role, meetingId);
    }

    private String tag(String purpose, String subject) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal((purpose + "\n" + subject).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, TAG_HEX);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** A briefing of a municipality. */
    record Briefing(UUID tenantId, UUID briefingId) {
    }
}
