package de.lagezentrum.briefing.accreditation.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import de.lagezentrum.briefing.accreditation.Registrations;
import de.lagezentrum.platform.files.UploadLimit;
import de.lagezentrum.platform.security.PublicEndpoint;
import de.lagezentrum.platform.security.PublicPage;
import de.lagezentrum.platform.web.NavigationItem;

/**
 * What the platform needs to know about the accreditation pages: which are public (and so rate-limited),
 * where uploads go, and the press office's navigation entry.
 *
 * <p>The registration page is a {@link PublicPage}: the same, cacheable page for every anonymous visitor,
 * no session and no CSRF token; its form posts anonymously. The pages behind the mailed links are
 * {@link PublicEndpoint}s instead: their address carries a personal token, so they are never shared or
 * cached, and their forms carry the CSRF token of the cookie (no session either). They sit outside
 * {@code /presse/**}, which is the public, cached press area.
 */
@Configuration(proxyBeanMethods = false)
class AccreditationPages {

    static final String REGISTRATION = "/presse/akkreditierung";
    static final String CONFIRMATION = "/akkreditierung/bestaetigen";
    static final String ANSWER = "/akkreditierung/ergaenzen";
    static final String REVIEW = "/pressestelle/akkreditierungen";
    static final String API = "/api/v1/press/accreditations";

    @Bean
    PublicPage accreditationRegistrationPage() {
        return new PublicPage(REGISTRATION, REGISTRATION);
    }

    @Bean
    PublicEndpoint accreditationRegistrationApi() {
        return new PublicEndpoint(HttpMethod.POST, API);
    }

    @Bean
    PublicEndpoint accreditationConfirmationPage() {
        return new PublicEndpoint(HttpMethod.GET, CONFIRMATION);
    }

    @Bean
    PublicEndpoint accreditationConfirmation() {
        return new PublicEndpoint(HttpMethod.POST, CONFIRMATION);
    }

    @Bean
    PublicEndpoint accreditationAnswerPage() {
        return new PublicEndpoint(HttpMethod.GET, ANSWER);
    }

    @Bean
    PublicEndpoint accreditationAnswer() {
        return new PublicEndpoint(HttpMethod.POST, ANSWER);
    }

    /** The registration carries an optional proof (press card, assignment). */
    @Bean
    UploadLimit accreditationProofUpload() {
        return UploadLimit.of(HttpMethod.POST, REGISTRATION, Registrations.PROOF_MAX);
    }

    @Bean
    UploadLimit accreditationProofUploadApi() {
        return UploadLimit.of(HttpMethod.POST, API, Registrations.PROOF_MAX);
    }

    @Bean
    NavigationItem accreditationNavigation() {
        return new NavigationItem("nav.accreditations", REVIEW, 300, Set.of("PRESS_OFFICE"));
    }
}
