package de.lagezentrum.organisation.web;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import de.lagezentrum.organisation.PeopleManagement;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.security.PublicEndpoint;
import de.lagezentrum.platform.web.DashboardSection;
import de.lagezentrum.platform.web.NavigationItem;
import de.lagezentrum.platform.web.PageRequest;

/** The organisation's entries in navigation and on the dashboard. */
@Configuration(proxyBeanMethods = false)
class OrganisationPages {

    /** A set-password link is opened by someone not signed in yet; public and rate-limited. */
    @Bean
    PublicEndpoint passwordSetPage() {
        return new PublicEndpoint(HttpMethod.GET, "/password/set");
    }

    @Bean
    PublicEndpoint passwordSetForm() {
        return new PublicEndpoint(HttpMethod.POST, "/password/set");
    }

    @Bean
    NavigationItem municipalityNavigation() {
        return new NavigationItem("nav.municipality", "/admin/municipality", 895, Set.of("ADMIN"));
    }

    @Bean
    NavigationItem tenantsNavigation() {
        return new NavigationItem("nav.tenants", "/operator/tenants", 950, Set.of("OPERATOR"));
    }

    @Bean
    NavigationItem departmentsNavigation() {
        return new NavigationItem("nav.departments", "/admin/departments", 900, Set.of("ADMIN"));
    }

    @Bean
    NavigationItem peopleNavigation() {
        return new NavigationItem("nav.people", "/admin/people", 905, Set.of("ADMIN"));
    }

    @Bean
    NavigationItem securityNavigation() {
        return new NavigationItem("nav.security", "/admin/security", 910, Set.of("ADMIN"));
    }

    @Bean
    DashboardSection myProfileCard(PeopleManagement people) {
        return new DashboardSection() {
            @Override
            public int order() {
                return 1000;
            }

            @Override
            public String fragment() {
                return "organisation/dashboard :: me";
            }

            @Override
            public Optional<Map<String, Object>> model(CurrentUser user) {
                return Optional.of(Map.of("me", people.person(user, user.personId())));
            }
        };
    }

    @Bean
    DashboardSection organisationCard(PeopleManagement people,
            de.lagezentrum.organisation.OrganisationManagement organisation) {
        return new DashboardSection() {
            @Override
            public int order() {
                return 1010;
            }

            @Override
            public String fragment() {
                return "organisation/dashboard :: organisation";
            }

            @Override
            public Optional<Map<String, Object>> model(CurrentUser user) {
                if (!user.hasRole("ADMIN")) {
                    return Optional.empty();
                }
                return Optional.of(Map.of(
                        "departmentCount", organisation.departments(user, new PageRequest(0, 1)).total(),
                        "peopleCount", people.people(user, null, null, new PageRequest(0, 1)).total()));
            }
        };
    }
}
