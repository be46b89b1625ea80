package de.lagezentrum.lessons.learning.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import de.lagezentrum.lessons.LessonActionView;
import de.lagezentrum.lessons.Lessons;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.DashboardSection;

/** The lessons' card on the dashboard: the user's overdue remedial actions (their own or their department's). */
@Configuration(proxyBeanMethods = false)
class LessonPages {

    @Bean
    DashboardSection overdueLessonActionsCard(Lessons lessons) {
        return new DashboardSection() {
            @Override
            public int order() {
                return 115;
            }

            @Override
            public String fragment() {
                return "lessons/dashboard :: overdue";
            }

            @Override
            public Optional<Map<String, Object>> model(CurrentUser user) {
                List<LessonActionView> overdue = lessons.overdue(user);
                return overdue.isEmpty() ? Optional.empty() : Optional.of(Map.of("actions", overdue));
            }
        };
    }
}
