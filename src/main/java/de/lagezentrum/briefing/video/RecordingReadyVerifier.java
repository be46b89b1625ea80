package de.lagezentrum.briefing.video;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Checks BigBlueButton's recording-ready callback: its form field {@code signed_parameters} is a JWT
 * signed with HS256 and the shared secret, carrying {@code meeting_id} and {@code record_id}. Any other
 * algorithm ({@code none} included), a wrong signature or a missing claim is refused.
 */
public class RecordingReadyVerifier {

    /** Longer than any id BigBlueButton makes (its record ids have about 54 characters). */
    private static final int MAX_ID_LENGTH = 200;

    private final MACVerifier verifier;

    /** @param secret BigBlueButton's shared secret, at least 32 bytes as HS256 requires */
    public RecordingReadyVerifier(String secret) {
        try {
            this.verifier = new MACVerifier(secret.getBytes(StandardCharsets.UTF_8));
        } catch (JOSEException e) {
            throw new IllegalArgumentException("The BigBlueButton secret is too short for HS256 (32 bytes at least)",
                    e);
        }
    }

    /** The callback's meeting and recording, or a {@link ForgedCallbackException}. */
    public Callback verify(String signedParameters) {
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
            String meetingId = claims.getStringClaim("meeting_id");
            String recordId = claims.getStringClaim("record_id");
            if (meetingId == null || meetingId.isBlank() || recordId == null || recordId.isBlank()
                    || recordId.length() > MAX_ID_LENGTH || meetingId.length() > MAX_ID_LENGTH) {
                throw new ForgedCallbackException("signed_parameters lacks meeting_id or record_id, or one is too long");
            }
            return new Callback(meetingId, recordId);
        } catch (JOSEException | ParseException e) {
            throw new ForgedCallbackException("signed_parameters cannot be verified", e);
        }
    }

    /**
     * What a genuine callback names.
     *
     * @param meetingId the meeting id the room was created with
     * @param recordId BigBlueButton's id of the recording
     */
    public record Callback(String meetingId, String recordId) {
    }
}
