package de.lagezentrum.lessons.workshops;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import de.lagezentrum.Administrator;
import de.lagezentrum.IntegrationTest;
import de.lagezentrum.lessons.NewWorkshop;
import de.lagezentrum.lessons.WorkshopPhase;
import de.lagezentrum.lessons.Workshops;
import de.lagezentrum.organisation.Role;
import de.lagezentrum.organisation.TestOrganisation;
import de.lagezentrum.organisation.TestOrganisation.TestTenant;
import de.lagezentrum.platform.database.TenantScope;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.ConflictException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Facilitators moving a workshop at the same moment: the phase changes with a conditional update, so only
 * one of them publishes the stream's {@code phase} from a given phase, never two with the same {@code from}.
 */
@IntegrationTest
class PhaseRaceTests {

    private static final int FACILITATORS = 6;

    @Autowired
    Workshops workshops;

    @Autowired
    TestOrganisation organisation;

    @Autowired
    @Administrator
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void facilitatorsMovingAWorkshopAtOncePublishOnePhaseChangeFromEachPhase() throws Exception {
        TestTenant tenant = organisation.newTenant("Wettlaufstadt " + UUID.randomUUID());
        List<CurrentUser> facilitators = new ArrayList<>();
        for (int i = 0; i < FACILITATORS; i++) {
            facilitators.add(tenant.user("Moderation " + i, Role.FACILITATOR));
        }
        UUID id = workshops.create(facilitators.get(0), new NewWorkshop("Rückschau",
                clock.instant().plus(Duration.ofDays(1)), clock.instant().plus(Duration.ofDays(1).plusHours(2)), null,
                List.of())).id();

        // Half of them move it to the inventory, the other half to the exchange, all at the same moment.
        CyclicBarrier start = new CyclicBarrier(FACILITATORS);
        ExecutorService pool = Executors.newFixedThreadPool(FACILITATORS);
        List<Future<String>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < FACILITATORS; i++) {
                CurrentUser facilitator = facilitators.get(i);
                WorkshopPhase target = i % 2 == 0 ? WorkshopPhase.INVENTORY : WorkshopPhase.EXCHANGE;
                outcomes.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    try {
                        return TenantScope.call(tenant.id(),
                                () -> workshops.changePhase(facilitator, id, target).phase().name());
                    }
                    catch (ConflictException e) {
                        return "409";
                    }
                }));
            }
            for (Future<String> outcome : outcomes) {
                assertThat(outcome.get(30, TimeUnit.SECONDS)).isIn("INVENTORY", "EXCHANGE", "409");
            }
        }
        finally {
            pool.shutdownNow();
        }

        List<String> published = jdbc.sql("""
                SELECT data FROM platform.live_event_payload WHERE topic = ? AND name = 'phase' ORDER BY id""")
                .param("workshop:" + id).query(String.class).list();
        assertThat(published).isNotEmpty();
        List<String> froms = published.stream()
                .map(data -> data.replaceAll(".*\"from\":\"([A-Z_]+)\".*", "$1")).toList();
        assertThat(froms).doesNotHaveDuplicates();
        assertThat(froms.get(0)).isEqualTo("REVIEW");
        // What the stream said last is where the workshop is.
        String last = published.get(published.size() - 1).replaceAll(".*\"phase\":\"([A-Z_]+)\".*", "$1");
        assertThat(jdbc.sql("SELECT phase FROM lessons.workshop WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo(last);
    }
}
