package de.lagezentrum.briefing.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import de.lagezentrum.briefing.BriefingManagement;
import de.lagezentrum.briefing.BriefingView;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.security.PublicPage;
import de.lagezentrum.platform.web.DashboardSection;
import de.lagezentrum.platform.web.NavigationItem;

/** The briefing module's entry in the navigation, its dashboard card and its public calendar pages. */
@Configuration(proxyBeanMethods = false)
class BriefingPages {

    /** How far ahead the dashboard looks. */
    static final int DASHBOARD_DAYS = 28;

    @Bean
    NavigationItem briefingsNavigation() {
        return new NavigationItem("nav.briefings", "/briefings", 200, Set.of("PRESS_OFFICE", "ADMIN"));
    }

    @Bean
    PublicPage briefingCalendarPage() {
        return new PublicPage("/presse/briefings.ics");
    }

    @Bean
    PublicPage singleBriefingCalendarPage() {
        return new PublicPage("/presse/briefings/*.ics");
    }

    /**
     * The press office sees the next briefings of the municipality; chair and panel members theirs. No card
     * for anybody else.
     */
    @Bean
    DashboardSection myBriefingsCard(BriefingManagement briefings) {
        return new DashboardSection() {
            @Override
            public int order() {
                return 200;
            }

            @Override
            public String fragment() {
                return "briefing/dashboard :: briefings";
            }

            @Override
            public Optional<Map<String, Object>> model(CurrentUser user) {
                if (user.hasRole("PRESS_OFFICE")) {
                    return Optional.of(Map.of("briefings", briefings.upcoming(user, 5), "pressOffice", true));
                }
                List<BriefingView> mine = briefings.mine(user, DASHBOARD_DAYS);
                return mine.isEmpty() ? Optional.empty() : Optional.of(Map.of("briefings", mine, "pressOffice", false));
            }
        };
    }
}
