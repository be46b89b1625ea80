package de.lagezentrum.platform.database;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import de.lagezentrum.IntegrationTest;
import de.lagezentrum.organisation.Role;
import de.lagezentrum.organisation.TestOrganisation;
import de.lagezentrum.platform.security.CurrentUser;

import static de.lagezentrum.ApiTestSupport.bearer;
import static de.lagezentrum.WebTestSupport.SESSION_COOKIE;
import static de.lagezentrum.WebTestSupport.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The connection and thread budget of {@code application.yaml} under a crisis burst: 200 signed-in
 * requests at once over real HTTP, half of them a page with a session cookie and half {@code GET
 * /api/v1/me} with a bearer token, more than Tomcat has threads spare and twenty times the pool. Each
 * request holds a connection only inside its transactions, so all are answered while the rest wait for
 * a connection, none waits until the pool's timeout, and the pool is idle again afterwards.
 */
@IntegrationTest
class ConnectionBudgetTests {

    private static final int REQUESTS = 200;
    /** Generous: the burst takes a few seconds on a busy machine; a timeout here is a failure, not a figure. */
    private static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(60);

    @LocalServerPort
    int port;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisation organisation;

    @Autowired
    DataSource dataSource;

    @Autowired
    MeterRegistry meters;

    @Test
    void twoHundredConcurrentSignedInRequestsAreAllAnsweredAndLeaveThePoolIdle() throws Exception {
        CurrentUser user = organisation.newTenant("Laststadt " + UUID.randomUUID()).user("Lea Last", Role.EMPLOYEE);
        Cookie session = login(mvc, user.username(), TestOrganisation.PASSWORD);
        String token = bearer(mvc, user.username(), TestOrganisation.PASSWORD);
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        Counter timeouts = meters.find("hikaricp.connections.timeout").tag("pool", pool.getPoolName()).counter();
        assertThat(timeouts).as("Hikari's metrics are bound").isNotNull();
        double timeoutsBefore = timeouts.count();

        HttpRequest page = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                .header("Cookie", SESSION_COOKIE + "=" + session.getValue()).timeout(CLIENT_TIMEOUT).build();
        HttpRequest me = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/me"))
                .header("Authorization", token).header("Accept", "application/json").timeout(CLIENT_TIMEOUT).build();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(CLIENT_TIMEOUT).build();
        ExecutorService callers = Executors.newFixedThreadPool(REQUESTS);
        try {
            CountDownLatch ready = new CountDownLatch(REQUESTS);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                HttpRequest request = i % 2 == 0 ? page : me;
                answers.add(callers.submit(() -> {
                    ready.countDown();
                    start.await();
                    return client.send(request, HttpResponse.BodyHandlers.ofString());
                }));
            }
            assertThat(ready.await(CLIENT_TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isTrue();
            start.countDown();

            List<String> failures = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.get(CLIENT_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
                // A page without the session would be a redirect to the login, the API a 401.
                if (response.statusCode() != 200 || !response.body().contains(user.displayName())) {
                    failures.add(response.request().uri().getPath() + " " + response.statusCode());
                }
            }
            assertThat(failures).as("requests not answered 200 for the signed-in user").isEmpty();
        }
        finally {
            callers.shutdownNow();
        }

        assertThat(timeouts.count()).as("requests that found no connection within the pool's timeout")
                .isEqualTo(timeoutsBefore);
        HikariPoolMXBean state = pool.getHikariPoolMXBean();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(state.getActiveConnections()).as("connections still in use").isZero();
            assertThat(state.getThreadsAwaitingConnection()).as("threads waiting for a connection").isZero();
        });
        assertThat(state.getTotalConnections()).isLessThanOrEqualTo(pool.getMaximumPoolSize());
    }
}
