package de.lagezentrum.platform.accessibility;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import de.lagezentrum.platform.security.PublicPage;

/** The accessibility statement is a public page: no session, cacheable, its feedback form open to all. */
@Configuration(proxyBeanMethods = false)
class AccessibilityPages {

    @Bean
    PublicPage accessibilityStatementPage() {
        return new PublicPage("/barrierefreiheit", "/barrierefreiheit/feedback");
    }
}
