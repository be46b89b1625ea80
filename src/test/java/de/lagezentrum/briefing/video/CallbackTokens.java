package de.lagezentrum.briefing.video;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

/** The {@code signed_parameters} BigBlueButton sends with its recording-ready callback, and forgeries of it. */
final class CallbackTokens {

    private CallbackTokens() {
    }

    static String signed(JWSAlgorithm algorithm, String secret, Map<String, Object> claims) {
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder();
        claims.forEach(builder::claim);
        SignedJWT jwt = new SignedJWT(new JWSHeader(algorithm), builder.build());
        try {
            jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    static String signed(String secret, String meetingId, String recordId) {
        return signed(JWSAlgorithm.HS256, secret, Map.of("meeting_id", meetingId, "record_id", recordId));
    }

    static String unsigned(String meetingId, String recordId) {
        return new PlainJWT(new JWTClaimsSet.Builder().claim("meeting_id", meetingId).claim("record_id", recordId)
                .build()).serialize();
    }
}
