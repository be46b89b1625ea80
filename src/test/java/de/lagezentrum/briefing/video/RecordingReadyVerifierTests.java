package de.lagezentrum.briefing.video;

import java.util.Base64;
import java.util.Map;

import com.nimbusds.jose.JWSAlgorithm;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** BigBlueButton's recording-ready token: only HS256 with the shared secret and both claims passes. */
class RecordingReadyVerifierTests {

    /** 64 bytes, so that an HS512 forgery can be made with the same secret. */
    static final String SECRET = "bbb-callback-secret-0123456789abcdefghijklmnopqrstuvwxyz-ABCDEFGH";

    final RecordingReadyVerifier verifier = new RecordingReadyVerifier(SECRET);

    @Test
    void aTokenSignedWithTheSecretIsAccepted() {
        RecordingReadyVerifier.Callback ready = verifier.verify(CallbackTokens.signed(SECRET, "meeting-1", "record-1"));

        assertThat(ready).isEqualTo(new RecordingReadyVerifier.Callback("meeting-1", "record-1"));
    }

    @Test
    void aTokenSignedWithAnotherSecretIsForged() {
        String forged = CallbackTokens.signed(SECRET.replace('b', 'c'), "meeting-1", "record-1");

        assertThatThrownBy(() -> verifier.verify(forged)).isInstanceOf(ForgedCallbackException.class)
                .hasMessageContaining("not signed with the shared secret");
    }

    @Test
    void aChangedPayloadBreaksTheSignature() {
        String[] parts = CallbackTokens.signed(SECRET, "meeting-1", "record-1").split("\\.");
        String otherPayload = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"meeting_id\":\"meeting-2\",\"record_id\":\"record-1\"}".getBytes());

        assertThatThrownBy(() -> verifier.verify(parts[0] + "." + otherPayload + "." + parts[2]))
                .isInstanceOf(ForgedCallbackException.class);
    }

    @Test
    void anUnsignedTokenIsForged() {
        assertThatThrownBy(() -> verifier.verify(CallbackTokens.unsigned("meeting-1", "record-1")))
                .isInstanceOf(ForgedCallbackException.class);
    }

    @Test
    void anotherAlgorithmIsRefusedEvenWithTheRightSecret() {
        String hs512 = CallbackTokens.signed(JWSAlgorithm.HS512, SECRET,
                Map.of("meeting_id", "meeting-1", "record_id", "record-1"));

        assertThatThrownBy(() -> verifier.verify(hs512)).isInstanceOf(ForgedCallbackException.class)
                .hasMessageContaining("HS512");
    }

    @Test
    void aTokenWithoutEitherClaimIsRefused() {
        assertThatThrownBy(() -> verifier.verify(CallbackTokens.signed(JWSAlgorithm.HS256, SECRET,
                Map.of("record_id", "record-1")))).isInstanceOf(ForgedCallbackException.class)
                .hasMessageContaining("lacks");
        assertThatThrownBy(() -> verifier.verify(CallbackTokens.signed(JWSAlgorithm.HS256, SECRET,
                Map.of("meeting_id", "meeting-1", "record_id", " ")))).isInstanceOf(ForgedCallbackException.class);
        assertThatThrownBy(() -> verifier.verify(CallbackTokens.signed(JWSAlgorithm.HS256, SECRET,
                Map.of("meeting_id", 42, "record_id", "record-1")))).isInstanceOf(ForgedCallbackException.class);
        assertThatThrownBy(() -> verifier.verify(CallbackTokens.signed(SECRET, "meeting-1", "r".repeat(201))))
                .isInstanceOf(ForgedCallbackException.class);
    }

    @Test
    void somethingThatIsNoTokenIsRefused() {
        assertThatThrownBy(() -> verifier.verify("no.token")).isInstanceOf(ForgedCallbackException.class);
        assertThatThrownBy(() -> verifier.verify("")).isInstanceOf(ForgedCallbackException.class);
    }

    @Test
    void aSecretTooShortForHs256IsAConfigurationError() {
        assertThatThrownBy(() -> new RecordingReadyVerifier("short")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("32 bytes");
    }
}
