package de.lagezentrum.live.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import de.lagezentrum.IntegrationTest;
import de.lagezentrum.live.EventView;
import de.lagezentrum.live.JoinPolicy;
import de.lagezentrum.live.Joined;
import de.lagezentrum.live.TestLive;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Participant tokens hold until a day after the event's end, are bound to their event's key and to every
 * claim, and are checked without the participant's row once the event's key is known.
 */
@IntegrationTest
class ParticipantTokensTests {

    @Autowired
    TestLive fixtures;

    @Autowired
    ParticipantTokens tokens;

    @Autowired
    Clock clock;

    @Test
    void aTokenHoldsUntilADayAfterTheEndAndNotASecondLonger() {
        EventView event = fixtures.running(fixtures.hosts("Tokenstadt"), "Ablauftag", JoinPolicy.ANONYMOUS);
        Joined joined = fixtures.join(event, "Anna Amt");

        assertThat(joined.expires()).isEqualTo(event.end().plus(ParticipantTokens.AFTER_END));
        assertThat(tokens.verify(joined.participantToken(), clock.instant())).isPresent();
        assertThat(tokens.verify(joined.participantToken(), joined.expires().minusSeconds(1))).isPresent();
        assertThat(tokens.verify(joined.participantToken(), joined.expires())).isEmpty();
    }

    @Test
    void aTokenSignedWithAnotherEventsKeyOrWithAChangedClaimIsRefused() {
        var hosts = fixtures.hosts("Schlüsselstadt");
        EventView event = fixtures.running(hosts, "Erster Tag", JoinPolicy.ANONYMOUS);
        EventView other = fixtures.running(hosts, "Zweiter Tag", JoinPolicy.ANONYMOUS);
        Joined joined = fixtures.join(event, null);
        Instant later = clock.instant().plus(Duration.ofDays(30));

        String foreignKey = tokens.issue(event.tenantId(), other.id(), joined.participant().id(), later,
                ParticipantTokens.newKey());
        assertThat(tokens.verify(foreignKey, clock.instant())).isEmpty();
        String[] parts = joined.participantToken().split("\\.");
        String longer = String.join(".", parts[0], parts[1], parts[2], Long.toString(later.getEpochSecond()), parts[4]);
        assertThat(tokens.verify(longer, clock.instant())).isEmpty();
        String otherTenant = String.join(".", other.id().toString(), parts[1], parts[2], parts[3], parts[4]);
        assertThat(tokens.verify(otherTenant, clock.instant())).isEmpty();
        assertThat(tokens.verify("a.b.c.d.e", clock.instant())).isEmpty();
        assertThat(tokens.verify("x".repeat(300), clock.instant())).isEmpty();
    }
}
