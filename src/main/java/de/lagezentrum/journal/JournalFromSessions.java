package de.lagezentrum.journal;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import de.lagezentrum.organisation.PeopleManagement;
import de.lagezentrum.organisation.PersonView;
import de.lagezentrum.platform.web.DateFormats;
import de.lagezentrum.staff.DecisionRecorded;
import de.lagezentrum.staff.EntryType;
import de.lagezentrum.staff.MinuteEntryCorrected;
import de.lagezentrum.staff.ProtocolApproved;
import de.lagezentrum.staff.ProtocolCorrected;
import de.lagezentrum.staff.TaskAssigned;

/**
 * Decisions and tasks of a staff's sessions go into its journal by themselves, in reaction to the
 * staff module's events (after its commit, retried after a crash), with the person who recorded them
 * as author and the time they were recorded as time of occurrence.
 */
@Component
class JournalFromSessions {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final JournalChain chain;
    private final PeopleManagement people;
    private final DateFormats dates;

    JournalFromSessions(JournalChain chain, PeopleManagement people, DateFormats dates) {
        this.chain = chain;
        this.people = people;
        this.dates = dates;
    }

    @ApplicationModuleListener
    void on(DecisionRecorded decision) {
        String text = "Beschluss " + decision.number() + ": " + decision.text()
                + (decision.rationale() == null ? "" : "\nBegründung: " + decision.rationale());
        chain.append(decision.tenantId(), decision.staffId(), decision.recordedBy(),
                name(decision.tenantId(), decision.recordedBy()), JournalCategory.DECISION, EntryRules.fitted(text),
                decision.recordedAt(), null);
    }

    @ApplicationModuleListener
    void on(TaskAssigned task) {
        StringBuilder text = new StringBuilder("Auftrag: ").append(task.text());
        if (task.assigneeId() != null) {
            text.append("\nVerantwortlich: ").append(name(task.tenantId(), task.assigneeId()));
        }
        if (task.due() != null) {
            text.append("\nFällig: ").append(DATE.format(task.due()));
        }
        chain.append(task.tenantId(), task.staffId(), task.recordedBy(), name(task.tenantId(), task.recordedBy()),
                JournalCategory.ORDER, EntryRules.fitted(text.toString()), task.recordedAt(), null);
    }

    @ApplicationModuleListener
    void on(ProtocolApproved approved) {
        String text = "Protokoll der Sitzung vom " + DATE.format(approved.sessionStart().atZone(dates.zone(approved.tenantId())))
                + " genehmigt (Version " + approved.version() + ").";
        chain.append(approved.tenantId(), approved.staffId(), approved.approvedBy(),
                name(approved.tenantId(), approved.approvedBy()), JournalCategory.EVENT, EntryRules.fitted(text),
                approved.approvedAt(), null);
    }

    @ApplicationModuleListener
    void on(ProtocolCorrected corrected) {
        String text = "Protokoll der Sitzung vom " + DATE.format(corrected.sessionStart().atZone(dates.zone(corrected.tenantId())))
                + " korrigiert (Version " + corrected.version() + ", wartet auf Genehmigung): " + corrected.text();
        chain.append(corrected.tenantId(), corrected.staffId(), corrected.correctedBy(),
                name(corrected.tenantId(), corrected.correctedBy()), JournalCategory.NOTE, EntryRules.fitted(text),
                corrected.correctedAt(), null);
    }

    /** A decision or task corrected before its protocol was finalised; notes are not journalled. */
    @ApplicationModuleListener
    void on(MinuteEntryCorrected corrected) {
        String text = switch (corrected.type()) {
            case DECISION -> "Beschluss " + corrected.decisionNumber() + " berichtigt: " + corrected.text()
                    + (corrected.rationale() == null ? "" : "\nBegründung: " + corrected.rationale());
            case TASK -> "Auftrag berichtigt: " + corrected.text();
            case NOTE -> null;
        };
        if (text != null) {
            chain.append(corrected.tenantId(), corrected.staffId(), corrected.correctedBy(),
                    name(corrected.tenantId(), corrected.correctedBy()),
                    corrected.type() == EntryType.DECISION ? JournalCategory.DECISION : JournalCategory.ORDER,
                    EntryRules.fitted(text), corrected.correctedAt(), null);
        }
    }

    private String name(UUID tenantId, UUID personId) {
        return people.peopleOfTenant(tenantId, List.of(personId)).values().stream().map(PersonView::displayName)
                .findFirst().orElse("?");
    }
}
