package de.lagezentrum.platform.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The platform's own navigation entries: the dashboard and the admin pages it owns. */
@Configuration(proxyBeanMethods = false)
class PlatformNavigation {

    @Bean
    NavigationItem dashboardNavigation() {
        return new NavigationItem("nav.dashboard", "/", 0, Set.of());
    }

    @Bean
    NavigationItem auditNavigation() {
        return new NavigationItem("nav.audit", "/admin/audit", 910, Set.of("ADMIN"));
    }

    @Bean
    NavigationItem feedbackNavigation() {
        return new NavigationItem("nav.feedback", "/admin/feedback", 920, Set.of("ADMIN"));
    }
}
