package de.lagezentrum.briefing.video;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.jspecify.annotations.Nullable;

/**
 * Checks BigBlueButton's recording-ready callback: its form field {@code signed_parameters} is a JWT
 * that BigBlueButton's {@code post_publish_recording_ready_callback.rb} signs with HS256 and the shared
 * secret, carrying {@code meeting_id} (the meeting id we created it with) and {@code record_id}. Any other
 * algorithm ({@code none} and RS256 included), a wrong signature, a missing claim, or an {@code exp} or
 * {@code nbf} outside the present (BigBlueButton sets neither, others may) is refused.
 */
class RecordingReadyVerifier {

    private static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

    private final MACVerifier verifier;
    private final Clock clock;

    /** @param secret BigBlueButton's shared secret, at least 32 bytes as HS256 requires */
    RecordingReadyVerifier(String secret, Clock clock) {
        this.clock = clock;
        try {
            this.verifier = new MACVerifier(secret.getBytes(StandardCharsets.UTF_8));
        } catch (JOSEException e) {
            throw new IllegalArgumentException("The BigBlueButton secret is too short for HS256 (32 bytes at least)",
                    e);
        }
    }

    /** The callback's meeting and recording, or a {@link ForgedCallbackException}. */
    Callback verify(String signedParameters) {
        SignedJWT jwt;
        try {
            jwt = SignedJWT.parse(signedParameters);
        } catch (ParseException e) {
            throw new ForgedCallbackException("signed_parameters is no signed JWT", e);
        }
        if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm())) {
            throw new ForgedCallbackException("signed_parameters uses " + jwt.getHeader().getAlgorithm()
                    + ", not HS256");
        }
        try {
            if (!jwt.verify(verifier)) {
                throw new ForgedCallbackException("signed_parameters is not signed with the shared secret");
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            checkTimes(claims.getExpirationTime(), claims.getNotBeforeTime());
            String meetingId = claims.getStringClaim("meeting_id");
            String recordId = claims.getStringClaim("record_id");
            if (meetingId == null || meetingId.isBlank() || recordId == null || recordId.isBlank()) {
                throw new ForgedCallbackException("signed_parameters lacks meeting_id or record_id");
            }
            return new Callback(meetingId, recordId);
        } catch (JOSEException | ParseException e) {
            throw new ForgedCallbackException("signed_parameters cannot be verified", e);
        }
    }

    private void checkTimes(@Nullable Date expires, @Nullable Date notBefore) {
        Instant now = clock.instant();
        if (expires != null && expires.toInstant().plus(CLOCK_SKEW).isBefore(now)) {
            throw new ForgedCallbackException("signed_parameters expired at " + expires.toInstant());
        }
        if (notBefore != null && notBefore.toInstant().minus(CLOCK_SKEW).isAfter(now)) {
            throw new ForgedCallbackException("signed_parameters is not valid before " + notBefore.toInstant());
        }
    }

    /** What a verified callback says. */
    record Callback(String meetingId, String recordId) {
    }
}
