package de.lagezentrum.organisation.mfa;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import org.apache.commons.codec.binary.Base32;

/**
 * Time-based one-time passwords (RFC 6238) as every authenticator app speaks them: HMAC-SHA1, six
 * digits, 30-second steps, a 160-bit secret in Base32. A code of the step before or after is accepted
 * too (clock drift); the caller refuses a step that was already used.
 */
final class Totp {

    static final Duration STEP = Duration.ofSeconds(30);
    private static final int DIGITS = 6;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base32 BASE32 = new Base32();

    private Totp() {
    }

    /** A new random secret, Base32 without padding. */
    static String newSecret() {
        byte[] secret = new byte[20];
        RANDOM.nextBytes(secret);
        return BASE32.encodeToString(secret).replace("=", "");
    }

    /** The time step of {@code now}. */
    static long step(Instant now) {
        return now.getEpochSecond() / STEP.toSeconds();
    }

    /** The code of a given time step. */
    static String code(String secret, long step) {
        var generator = new TimeBasedOneTimePasswordGenerator(STEP, DIGITS);
        try {
            return generator.generateOneTimePasswordString(
                    new SecretKeySpec(BASE32.decode(secret), generator.getAlgorithm()),
                    Instant.ofEpochSecond(step * STEP.toSeconds()));
        }
        catch (InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA1 accepts every key", e);
        }
    }

    /** The time step whose code this is (now, one before or one after), if any. */
    static OptionalLong matchingStep(String secret, String code, Instant now) {
        String candidate = code.strip().replace(" ", "");
        if (!candidate.matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        long current = step(now);
        for (long step = current - 1; step <= current + 1; step++) {
            if (java.security.MessageDigest.isEqual(code(secret, step).getBytes(StandardCharsets.US_ASCII),
                    candidate.getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** The {@code otpauth://} URI that authenticator apps read from the QR code. */
    static String uri(String issuer, String accountName, String secret) {
        String label = encode(issuer) + ":" + encode(accountName);
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP.toSeconds();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
