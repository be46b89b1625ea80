package de.lagezentrum.staff.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.security.PublicEndpoint;
import de.lagezentrum.platform.web.DashboardSection;
import de.lagezentrum.platform.web.NavigationItem;
import de.lagezentrum.staff.MinutesManagement;
import de.lagezentrum.staff.SessionManagement;
import de.lagezentrum.staff.SessionView;
import de.lagezentrum.staff.StaffManagement;
import de.lagezentrum.staff.StaffView;
import de.lagezentrum.staff.TaskManagement;
import de.lagezentrum.staff.TaskStatus;
import de.lagezentrum.staff.TaskView;

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
    NavigationItem tasksNavigation() {
        return new NavigationItem("nav.tasks", "/tasks", 110, Set.of());
    }

    @Bean
    DashboardSection myTasksCard(TaskManagement tasks) {
        return new DashboardSection() {
            @Override
            public int order() {
                return 110;
            }

            @Override
            public String fragment() {
                return "staff/dashboard :: tasks";
            }

            @Override
            public Optional<Map<String, Object>> model(CurrentUser user) {
                List<TaskView> open = tasks.tasks(user, user.personId(), null, null, null, false).stream()
                        .filter(task -> task.status() == TaskStatus.OPEN || task.status() == TaskStatus.IN_PROGRESS)
                        .limit(5).toList();
                long overdue = tasks.tasks(user, null, null, null, null, true).size();
                return Optional.of(Map.of("tasks", open, "overdue", overdue));
            }
        };
    }

    /** The newest decisions of the user's staffs; no card for someone in no staff. */
    @Bean
    DashboardSection latestDecisionsCard(MinutesManagement minutes, StaffManagement staffs) {
        return new DashboardSection() {
            @Override
            public int order() {
                return 120;
            }

            @Override
            public String fragment() {
                return "staff/dashboard :: decisions";
            }

            @Override
            public Optional<Map<String, Object>> model(CurrentUser user) {
                if (staffs.myStaffs(user).isEmpty()) {
                    return Optional.empty();
                }
                return Optional.of(Map.of("decisions", minutes.latestDecisions(user, 5)));
            }
        };
    }

    @Bean
    DashboardSection myStaffsCard(StaffManagement staffs, SessionManagement sessions) {
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
                List<StaffCard> cards = staffs.myStaffs(user).stream()
                        .map(staff -> new StaffCard(staff, sessions.upcoming(user, staff.id(), 28).stream()
                                .findFirst().orElse(null)))
                        .toList();
                return Optional.of(Map.of("staffs", cards,
                        "canCreate", user.hasRole("STAFF_LEAD") || user.hasRole("ADMIN")));
            }
        };
    }

    /**
     * A staff on the dashboard with its next session.
     *
     * @param next the next planned session within four weeks; null if there is none
     */
    record StaffCard(StaffView staff, @Nullable SessionView next) {
    }
}
