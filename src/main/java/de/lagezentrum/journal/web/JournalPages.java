package de.lagezentrum.journal.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import de.lagezentrum.journal.JournalManagement;
import de.lagezentrum.journal.RecentJournalEntry;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.DashboardSection;

/** The journal's card on the dashboard: what was recorded last in the user's staffs' journals. */
@Configuration(proxyBeanMethods = false)
class JournalPages {

    @Bean
    DashboardSection latestJournalEntriesCard(JournalManagement journal) {
        return new DashboardSection() {
            @Override
            public int order() {
                return 130;
            }

            @Override
            public String fragment() {
                return "journal/dashboard :: entries";
            }

            /** No card for someone in no staff: there is no journal to show. */
            @Override
            public Optional<Map<String, Object>> model(CurrentUser user) {
                List<RecentJournalEntry> entries = journal.latest(user, 5);
                if (entries.isEmpty() && !journal.hasJournals(user)) {
                    return Optional.empty();
                }
                return Optional.of(Map.of("entries", entries));
            }
        };
    }
}
