package de.lagezentrum.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The throttle blocks guessing for a while, grows with persistence and always lets the real user back in. */
class LoginThrottleTests {

    final MutableClock clock = new MutableClock(Instant.parse("2026-03-04T09:00:00Z"));
    final LoginThrottle throttle = new LoginThrottle(new SecurityProperties(
            new SecurityProperties.Login(3, 10, Duration.ofMinutes(15), Duration.ofMinutes(1), Duration.ofMinutes(15)),
            30, new SecurityProperties.Argon2(1024, 1, 0), Duration.ofHours(12)), clock);

    @Test
    void allowsAFewMistakes() {
        throttle.failed("beate", "10.0.0.1");
        throttle.failed("beate", "10.0.0.1");

        assertThat(throttle.blockedFor("beate", "10.0.0.1")).isEmpty();
    }

    @Test
    void blocksAfterTooManyFailuresAndUnblocksAfterTheWait() {
        fail("beate", 3);

        assertThat(throttle.blockedFor("beate", "10.0.0.2")).contains(Duration.ofMinutes(1));
        assertThat(throttle.blockedFor("BEATE ", "10.0.0.2")).isPresent();
        assertThat(throttle.blockedFor("jonas", "10.0.0.2")).isEmpty();

        clock.advance(Duration.ofSeconds(61));
        assertThat(throttle.blockedFor("beate", "10.0.0.2")).isEmpty();
    }

    @Test
    void theWaitDoublesButNeverExceedsTheMaximum() {
        fail("beate", 4);
        assertThat(throttle.blockedFor("beate", "x")).contains(Duration.ofMinutes(2));

        fail("beate", 20);
        assertThat(throttle.blockedFor("beate", "x")).contains(Duration.ofMinutes(15));

        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(throttle.blockedFor("beate", "x")).isEmpty();
    }

    @Test
    void successForgetsTheUsernamesFailures() {
        fail("beate", 2);
        throttle.succeeded("beate");
        fail("beate", 2);

        assertThat(throttle.blockedFor("beate", "x")).isEmpty();
    }

    @Test
    void oldFailuresExpire() {
        fail("beate", 2);
        clock.advance(Duration.ofMinutes(16));
        fail("beate", 2);

        assertThat(throttle.blockedFor("beate", "x")).isEmpty();
    }

    @Test
    void sprayingManyUsernamesFromOneAddressIsBlockedToo() {
        for (int i = 0; i < 10; i++) {
            throttle.failed("user" + i, "10.6.6.6");
        }

        assertThat(throttle.blockedFor("someone-else", "10.6.6.6")).isPresent();
        assertThat(throttle.blockedFor("someone-else", "10.0.0.1")).isEmpty();
    }

    private void fail(String username, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(username, "10.0.0.1");
        }
    }

    static final class MutableClock extends Clock {

        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
