package de.lagezentrum.briefing.video;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Join addresses of a Jitsi server with token authentication: {@code https://host/<room>?jwt=…}. The
 * token is signed with HS256 and the application secret and carries what Prosody's token modules check
 * ({@code aud} "jitsi", {@code iss} the application id, {@code sub} the host, {@code room}, {@code nbf},
 * {@code exp}), and in {@code context} the participant ({@code user.moderator} "true" for the panel,
 * "false" for journalists; Jitsi wants every user field as a string) and the features the participant
 * may use. The room is derived from the briefing with the secret ({@link RoomIds#room}), and
 * {@code token_verification} lets a token into its own room only.
 */
class JitsiTokens {

    private final URI server;
    private final String appId;
    private final RoomIds rooms;
    private final MACSigner signer;
    private final Duration validBeforeStart;
    private final Duration validAfterEnd;

    JitsiTokens(URI server, String appId, String secret, Duration validBeforeStart, Duration validAfterEnd) {
        if (!"https".equals(server.getScheme()) || server.getHost() == null) {
            throw new IllegalArgumentException("The Jitsi address must be https with a host: " + server);
        }
        this.server = server;
        this.appId = appId;
        this.rooms = new RoomIds(secret);
        this.validBeforeStart = validBeforeStart;
        this.validAfterEnd = validAfterEnd;
        try {
            this.signer = new MACSigner(secret.getBytes(StandardCharsets.UTF_8));
        } catch (JOSEException e) {
            throw new IllegalArgumentException("The Jitsi secret is too short for HS256 (32 bytes at least)", e);
        }
    }

    /** The address that lets this participant into the briefing's room, from before its start to after its end. */
    URI joinUrl(VideoRooms.Room room, VideoRooms.Participant participant) {
        String name = rooms.room(room.tenantId(), room.briefingId());
        return URI.create(server.getScheme() + "://" + server.getRawAuthority() + "/" + name + "?jwt="
                + token(name, room, participant));
    }

    String token(String roomName, VideoRooms.Room room, VideoRooms.Participant participant) {
        String moderator = Boolean.toString(participant.moderator());
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("id", participant.userId().toString());
        user.put("name", participant.displayName());
        user.put("moderator", moderator);
        user.put("affiliation", participant.moderator() ? "owner" : "member");
        Map<String, Object> features = new LinkedHashMap<>();
        features.put("recording", moderator);
        features.put("livestreaming", "false");
        features.put("transcription", moderator);
        features.put("screen-sharing", moderator);
        features.put("outbound-call", "false");
        features.put("sip-outbound-call", "false");
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .audience("jitsi")
                .issuer(appId)
                .subject(server.getHost().toLowerCase(Locale.ROOT))
                .claim("room", roomName)
                .notBeforeTime(Date.from(room.start().minus(validBeforeStart)))
                .expirationTime(Date.from(room.end().plus(validAfterEnd)))
                .claim("context", Map.of("user", user, "features", features))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(),
                claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("HS256 signing failed", e);
        }
        return jwt.serialize();
    }
}
