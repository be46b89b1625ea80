package de.lagezentrum.organisation.mfa;

import java.time.Instant;

/** Codes of an authenticator app, for tests: the code of the current time step, or of one before or after. */
public final class TestTotp {

    private TestTotp() {
    }

    /** The code for the secret (spaces allowed) at now plus {@code offsetSteps} steps of 30 seconds. */
    public static String code(String secret, int offsetSteps) {
        return Totp.code(secret.replace(" ", ""), Totp.step(Instant.now()) + offsetSteps);
    }

    /** A six-digit code that is none of the codes accepted now. */
    public static String wrongCode(String secret) {
        int candidate = Integer.parseInt(code(secret, 0));
        while (true) {
            candidate = (candidate + 1) % 1_000_000;
            String wrong = String.format("%06d", candidate);
            if (!wrong.equals(code(secret, -1)) && !wrong.equals(code(secret, 0)) && !wrong.equals(code(secret, 1))) {
                return wrong;
            }
        }
    }
}
