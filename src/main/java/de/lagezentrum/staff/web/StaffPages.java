package de.lagezentrum.staff.web;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.security.PublicEndpoint;
import de.lagezentrum.platform.web.DashboardSection;
import de.lagezentrum.platform.web.NavigationItem;
import de.lagezentrum.staff.StaffManagement;

/** The staff module's entry in the navigation and its card on the dashboard. */
@Configuration(proxyBeanMethods = false)
class StaffPages {

    /** Calendar clients fetch the personal feed without login; it is public and rate-limited. */
    @Bean
    PublicEndpoint calendarFeedEndpoint() {
        return new PublicEndpoint(HttpMethod.GET, "/feeds/*/sitzungen.ics");
    }

    @Bean
    NavigationItem staffsNavigation() {
        return new NavigationItem("nav.staffs", "/staffs", 100, Set.of());
    }

    @Bean
    DashboardSection myStaffsCard(StaffManagement staffs) {
        return new DashboardSection() {
            @Override
            public int order() {
                return 100;
            }

            @Override
            public String fragment() {
                return "staff/dashboard :: staffs";
            }

            @Override
            public Optional<Map<String, Object>> model(CurrentUser user) {
                return Optional.of(Map.of("staffs", staffs.myStaffs(user),
                        "canCreate", user.hasRole("STAFF_LEAD") || user.hasRole("ADMIN")));
            }
        };
    }
}
