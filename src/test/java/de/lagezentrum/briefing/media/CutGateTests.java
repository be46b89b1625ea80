package de.lagezentrum.briefing.media;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** One ffmpeg per O-Ton and only so many at all, however many listeners ask at once. */
class CutGateTests {

    @Test
    void aSecondCutOfTheSameOTonOrBeyondThePermitsWaitsForNoneAndIsRefused() {
        CutGate gate = new CutGate(1);
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();

        assertThat(gate.enter(first)).isTrue();
        assertThat(gate.enter(first)).as("the same O-Ton is being cut").isFalse();
        assertThat(gate.enter(second)).as("the one permit is taken").isFalse();

        gate.leave(first);
        assertThat(gate.enter(second)).as("a refused O-Ton was not left marked as being cut").isTrue();
        assertThat(gate.enter(first)).isFalse();
        gate.leave(second);
        assertThat(gate.enter(first)).isTrue();
    }

    @Test
    void twoPermitsCutTwoOTonesAtOnce() {
        CutGate gate = new CutGate(2);
        assertThat(gate.enter(UUID.randomUUID())).isTrue();
        assertThat(gate.enter(UUID.randomUUID())).isTrue();
        assertThat(gate.enter(UUID.randomUUID())).isFalse();
    }
}
