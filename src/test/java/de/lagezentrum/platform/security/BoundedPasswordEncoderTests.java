package de.lagezentrum.platform.security;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A rush of sign-ins hashes at most the permitted number of passwords at once, and every one is checked. */
class BoundedPasswordEncoderTests {

    @Test
    void twentySignInsAtOnceHashTwoAtATimeAndAllAreAnswered() throws Exception {
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        PasswordEncoder slow = new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return "{x}" + raw;
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                try {
                    // Holds its permit until the test has seen the queue.
                    assertThat(release.await(30, TimeUnit.SECONDS)).isTrue();
                    return encoded.equals("{x}" + raw);
                }
                catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                finally {
                    inside.decrementAndGet();
                }
            }
        };
        BoundedPasswordEncoder bounded = new BoundedPasswordEncoder(slow, 2);
        ExecutorService callers = Executors.newFixedThreadPool(20);
        try {
            List<Future<Boolean>> answers = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String password = "Passwort-" + i;
                answers.add(callers.submit(() -> bounded.matches(password, hashOf(password))));
            }

            await().atMost(Duration.ofSeconds(30)).until(() -> inside.get() == 2 && bounded.waiting() == 18);
            release.countDown();

            for (Future<Boolean> answer : answers) {
                assertThat(answer.get(30, TimeUnit.SECONDS)).isTrue();
            }
        }
        finally {
            callers.shutdownNow();
        }
        assertThat(most).hasValue(2);
        assertThat(bounded.waiting()).isZero();
    }

    @Test
    void theRealEncoderStillHashesAndChecks() {
        BoundedPasswordEncoder bounded = new BoundedPasswordEncoder(new Argon2PasswordEncoder(16, 32, 1, 1024, 1), 1);

        String hash = bounded.encode("Deichwache-2026!");

        assertThat(bounded.matches("Deichwache-2026!", hash)).isTrue();
        assertThat(bounded.matches("Deichwache-2027!", hash)).isFalse();
        assertThat(bounded.waiting()).isZero();
        assertThat(BoundedPasswordEncoder.permits(0)).isGreaterThanOrEqualTo(2);
        assertThat(BoundedPasswordEncoder.permits(3)).isEqualTo(3);
    }

    private static String hashOf(String password) {
        return "{x}" + password;
    }

    @Test
    void aPasswordThatIsNoValidTextMatchesNothingInsteadOfFailing() {
        BoundedPasswordEncoder encoder = new BoundedPasswordEncoder(Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(), 1);
        String stored = encoder.encode("Richtiges Passwort \ud83d\ude92");

        assertThat(encoder.matches("Richtiges Passwort \ud83d\ude92", stored)).isTrue();
        assertThat(encoder.matches("\ud800", stored)).isFalse();
        assertThat(encoder.matches("Richtiges Passwort \ude92", stored)).isFalse();
        assertThat(BoundedPasswordEncoder.isValidText("a\ud83d\ude92b")).isTrue();
        assertThat(BoundedPasswordEncoder.isValidText("a\ud83d")).isFalse();
    }
}
