package de.lagezentrum.organisation.mfa;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** TOTP against the test vectors of RFC 6238 (SHA-1, last six digits) and the tolerance of one step. */
class TotpTests {

    static final String RFC_SECRET = new Base32().encodeToString("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    @Test
    void codesMatchTheRfcTestVectors() {
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(59)))).isEqualTo("287082");
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1111111109)))).isEqualTo("081804");
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(2000000000)))).isEqualTo("279037");
    }

    @Test
    void aCodeOfTheStepBeforeOrAfterIsAcceptedAndNamesItsStep() {
        Instant now = Instant.ofEpochSecond(1111111109);
        long step = Totp.step(now);

        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step - 1), now)).hasValue(step - 1);
        assertThat(Totp.matchingStep(RFC_SECRET, " 081 804 ", now)).hasValue(step);
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step + 1), now)).hasValue(step + 1);
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step + 2), now)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, "08180", now)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, "abcdef", now)).isEmpty();
    }

    @Test
    void newSecretsAre160BitsInBase32AndTheUriNamesIssuerAndAccount() {
        String secret = Totp.newSecret();

        assertThat(secret).matches("[A-Z2-7]{32}");
        assertThat(Totp.newSecret()).isNotEqualTo(secret);
        assertThat(Totp.uri("Lagezentrum Musterstadt", "b.sommer", secret)).isEqualTo(
                "otpauth://totp/Lagezentrum%20Musterstadt:b.sommer?secret=" + secret
                        + "&issuer=Lagezentrum%20Musterstadt&algorithm=SHA1&digits=6&period=30");
    }
}
