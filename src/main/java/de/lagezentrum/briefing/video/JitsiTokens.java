package de.lagezentrum.briefing.video;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Join addresses of a Jitsi server with token authentication: {@code https://host/<room>?jwt=…}, the
 * token signed with HS256 and the application secret as Prosody's token module checks it
 * ({@code aud} "jitsi", {@code iss} the application id, {@code sub} the host, {@code room}, and
 * {@code context.user} with the moderator flag). The room name is derived from the briefing's id with
 * the secret, so nobody can guess it.
 */
public class JitsiTokens {

    private final URI server;
    private final String appId;
    private final String secret;
    private final MACSigner signer;
    private final Duration margin;

    /**
     * @param server the server's address, e.g. {@code https://meet.example}
     * @param appId the application id (the token's issuer)
     * @param secret the application secret, at least 32 bytes
     * @param margin how long before the start and after the end the token is valid
     */
    public JitsiTokens(URI server, String appId, String secret, Duration margin) {
        if (!"https".equals(server.getScheme()) || server.getHost() == null) {
            throw new IllegalArgumentException("The Jitsi address must be https with a host: " + server);
        }
        this.server = server;
        this.appId = appId;
        this.secret = secret;
        this.margin = margin;
        try {
            this.signer = new MACSigner(secret.getBytes(StandardCharsets.UTF_8));
        } catch (JOSEException e) {
            throw new IllegalArgumentException("The Jitsi secret is too short for HS256 (32 bytes at least)", e);
        }
    }

    /** The room of a briefing. */
    public String room(String briefingId) {
        return RoomNames.derive(secret, briefingId);
    }

    /** The address that lets this participant into the briefing's room between its start and end. */
    public URI joinUrl(String briefingId, Instant start, Instant end, String name, String userId,
            boolean moderator) {
        String room = room(briefingId);
        return URI.create(server.getScheme() + "://" + server.getRawAuthority() + "/" + room + "?jwt="
                + token(room, start, end, name, userId, moderator));
    }

    String token(String room, Instant start, Instant end, String name, String userId, boolean moderator) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .audience("jitsi")
                .issuer(appId)
                .subject(server.getHost())
                .claim("room", room)
                .notBeforeTime(Date.from(start.minus(margin)))
                .expirationTime(Date.from(end.plus(margin)))
                .claim("context", Map.of("user", Map.of("name", name, "id", userId,
                        "moderator", Boolean.toString(moderator))))
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
