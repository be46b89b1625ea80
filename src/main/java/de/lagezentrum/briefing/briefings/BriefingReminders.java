package de.lagezentrum.briefing.briefings;

import java.time.Clock;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import de.lagezentrum.organisation.TenantManagement;

/**
 * The day before a briefing, its reminder goes to every journalist of the municipality: a scheduled job
 * (every ten minutes, {@code lagezentrum.briefing.reminder-cron}) that goes through every municipality,
 * each on its own ({@link ReminderMail}), so that a fault in one holds up no other.
 */
@Component
public class BriefingReminders {

    private static final Logger LOG = LoggerFactory.getLogger(BriefingReminders.class);

    private final TenantManagement tenants;
    private final ReminderMail mail;
    private final Clock clock;

    BriefingReminders(TenantManagement tenants, ReminderMail mail, Clock clock) {
        this.tenants = tenants;
        this.mail = mail;
        this.clock = clock;
    }

    @Scheduled(cron = "${lagezentrum.briefing.reminder-cron:0 */10 * * * *}")
    void run() {
        remind(clock);
    }

    /**
     * Sends the reminders that are due at the clock's time, each briefing's once.
     *
     * @return how many briefings' reminders went out
     */
    public int remind(Clock at) {
        int sent = 0;
        for (UUID tenantId : tenants.allTenantIds()) {
            try {
                sent += mail.remind(tenantId, at.instant());
            }
            catch (RuntimeException e) {
                // Tried again on the next run: nothing of a failed reminder was recorded.
                LOG.warn("Briefing reminders of municipality {} failed", tenantId, e);
            }
        }
        return sent;
    }
}
