package de.lagezentrum;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestContextManager;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import de.lagezentrum.AccessFixture.Credentials;
import de.lagezentrum.ApiFuzzingTests.FuzzCall;
import de.lagezentrum.Endpoints.Endpoint;
import de.lagezentrum.organisation.DepartmentCommand;
import de.lagezentrum.organisation.OrganisationManagement;
import de.lagezentrum.platform.security.CurrentUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@link ApiFuzzingTests} fuzzes: the application context of the {@link IntegrationTest}s (jqwik
 * runs no Spring extension, so the context comes from Spring's test context cache, shared with the
 * Jupiter tests), an {@link AccessFixture} with signed-in callers, and the checks every call must pass.
 */
final class FuzzTarget {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static @Nullable FuzzTarget instance;

    private final MockMvc mvc;
    private final AccessFixture fixture;
    private final MatrixRequests requests;
    private final Map<Caller, Credentials> credentials;
    private final AccessTable table = AccessTable.parse(AuthorisationMatrixTests.TABLE);
    private final List<Endpoint> endpoints;
    private final TenantRows rows;
    private final String otherTenantSecret = "Geheimamt " + UUID.randomUUID();

    private FuzzTarget(ApplicationContext context) {
        mvc = context.getBean(MockMvc.class);
        fixture = new AccessFixture(context);
        requests = new MatrixRequests(fixture);
        credentials = fixture.signIn(context.getBean(MockMvcTester.class));
        endpoints = Endpoints.byKey(Endpoints.of(context)).values().stream()
                .filter(endpoint -> !MatrixRequests.REVOKES_OWN_CREDENTIALS.contains(endpoint.key())).toList();
        // Counted as the superuser: row-level security would hide the rows of every municipality but one.
        rows = new TenantRows(context.getBean("administratorJdbc", JdbcClient.class));
        context.getBean(OrganisationManagement.class).createDepartment(other(),
                new DepartmentCommand(otherTenantSecret, "GEHEIM"));
    }

    static synchronized FuzzTarget get() {
        if (instance == null) {
            instance = new FuzzTarget(new TestContextManager(ApiFuzzingTests.class).getTestContext()
                    .getApplicationContext());
        }
        return instance;
    }

    MatrixRequests requests() {
        return requests;
    }

    AccessTable table() {
        return table;
    }

    Endpoint endpoint(String key) {
        return endpoints.stream().filter(endpoint -> endpoint.key().equals(key)).findFirst().orElseThrow();
    }

    List<Endpoint> endpoints(Predicate<Endpoint> filter) {
        return endpoints.stream().filter(filter).toList();
    }

    /** A caller the access table lets through to the endpoint's handler; the staff lead if none. */
    Caller allowedCaller(Endpoint endpoint) {
        Map<Caller, String> row = table.row(endpoint.key());
        List<Caller> preferred = new ArrayList<>(List.of(Caller.STAFF_LEAD, Caller.ADMIN));
        preferred.addAll(List.of(Caller.values()));
        return preferred.stream().filter(caller -> row != null && AccessTable.OK.equals(row.get(caller)))
                .findFirst().orElse(Caller.STAFF_LEAD);
    }

    /** The municipality a caller would like to see with a forged tenant: the one it does not belong to. */
    UUID tenantSpiedOnBy(Caller spy) {
        return spy == Caller.OTHER_TENANT_ADMIN ? fixture.tenant.id() : other().tenantId();
    }

    /** Texts of that municipality that must never reach the spy. */
    List<String> secretsHiddenFrom(Caller spy) {
        return spy == Caller.OTHER_TENANT_ADMIN
                ? List.of(fixture.tenant.name(), fixture.users.get(Caller.STAFF_LEAD).username(),
                        fixture.spare.username())
                : List.of(other().tenantName(), other().username(), otherTenantSecret);
    }

    /**
     * Makes the call and checks what every call must satisfy: no 5xx, an API 4xx is a problem detail,
     * and after a 4xx both municipalities have the rows they had.
     */
    MockHttpServletResponse check(FuzzCall call) throws Exception {
        // Built first: filling the path may make the fixture's row for this one call (a factor to publish,
        // a lesson to validate), which is the fixture's doing, not the call's.
        MockHttpServletRequestBuilder request = request(call);
        Map<String, Long> before = rowsOfBoth();
        MockHttpServletResponse response = perform(call, request);
        int status = response.getStatus();
        assertThat(status).as("%s answers below 500", call).isLessThan(500);
        if (status >= 400) {
            if (call.endpoint().isApi()) {
                assertIsProblem(call, response);
            }
            assertThat(rowsOfBoth()).as("%s answered %d and changed nothing", call, status).isEqualTo(before);
        }
        return response;
    }

    /** Only makes the call; an exception no handler turned into a response fails, as it would be a 500. */
    MockHttpServletResponse perform(FuzzCall call) {
        return perform(call, request(call));
    }

    private MockHttpServletRequestBuilder request(FuzzCall call) {
        MockHttpServletRequestBuilder request = requests.request(call.endpoint(), credentials.get(call.caller()),
                call.json(), call.parameters());
        call.headers().forEach(request::header);
        return request;
    }

    private MockHttpServletResponse perform(FuzzCall call, MockHttpServletRequestBuilder request) {
        try {
            return mvc.perform(request).andReturn().getResponse();
        }
        catch (Exception e) {
            throw new AssertionError(call + " failed with an uncaught " + e, e);
        }
    }

    private static void assertIsProblem(FuzzCall call, MockHttpServletResponse response) throws Exception {
        assertThat(response.getContentType()).as("%s answers a problem", call).isNotNull();
        assertThat(MediaType.parseMediaType(response.getContentType()).isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .as("%s answers application/problem+json, not %s", call, response.getContentType()).isTrue();
        JsonNode problem = JSON.readTree(response.getContentAsByteArray());
        assertThat(problem.path("type").isString() && problem.path("title").isString())
                .as("%s: a problem has type and title: %s", call, problem).isTrue();
        assertThat(problem.path("status").asInt()).as("%s: the problem's status", call)
                .isEqualTo(response.getStatus());
    }

    private Map<String, Long> rowsOfBoth() {
        return rows.of(List.of(fixture.tenant.id(), other().tenantId()));
    }

    private CurrentUser other() {
        return fixture.users.get(Caller.OTHER_TENANT_ADMIN);
    }
}
