package de.lagezentrum.staff;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.lagezentrum.organisation.PeopleManagement;
import de.lagezentrum.platform.audit.AuditLog;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.InvalidInputException;
import de.lagezentrum.platform.web.NotFoundException;
import de.lagezentrum.staff.staffs.Staff;
import de.lagezentrum.staff.staffs.StaffAccess;
import de.lagezentrum.staff.staffs.StaffRepository;
import de.lagezentrum.staff.staffs.StaffViews;
import de.lagezentrum.staff.staffs.Topic;

/**
 * The staff module's facade. Transparency inside, nothing outside: every member sees everything of a
 * staff, anybody else gets "not found". Staff leads and admins set staffs up; the lead manages
 * members and topics.
 */
@Service
public class StaffManagement {

    private final StaffRepository staffs;
    private final StaffAccess access;
    private final PeopleManagement people;
    private final StaffViews views;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StaffManagement(StaffRepository staffs, StaffAccess access, PeopleManagement people, StaffViews views,
            AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.staffs = staffs;
        this.access = access;
        this.people = people;
        this.views = views;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The staffs the user belongs to, by name. */
    @Transactional(readOnly = true)
    public List<StaffView> myStaffs(CurrentUser user) {
        return staffs.findAllWithMember(user.tenantId(), user.personId()).stream()
                .map(staff -> views.of(user, staff)).toList();
    }

    /** A staff the user belongs to; anything else is not found. */
    @Transactional(readOnly = true)
    public StaffView staff(CurrentUser user, UUID staffId) {
        return views.of(user, access.membersOnly(user, staffId));
    }

    /** Whether the user belongs to the staff (for other modules' checks). */
    @Transactional(readOnly = true)
    public boolean isMember(CurrentUser user, UUID staffId) {
        return staffs.isMember(user.tenantId(), staffId, user.personId());
    }

    /** Sets up a staff; staff leads and admins only. The lead becomes its first member. */
    @Transactional
    public StaffView create(CurrentUser user, NewStaff command) {
        if (!user.hasRole("STAFF_LEAD") && !user.hasRole("ADMIN")) {
            throw new AccessDeniedException("Staff leads and admins set up staffs");
        }
        UUID leadId = command.leadId() != null ? command.leadId() : user.personId();
        requirePerson(user, leadId, "leadId");
        if (staffs.nameTaken(user.tenantId(), command.name().strip())) {
            throw new InvalidInputException("name", "staff.name.taken");
        }
        Staff staff = staffs.save(Staff.create(user.tenantId(), command.name(), command.description(), leadId,
                command.topics() == null ? List.of() : command.topics(), clock.instant()));
        audit.record(user.tenantId(), "CREATED", "Staff", staff.id(), staff.name(), null,
                Map.of("name", staff.name(), "lead", leadId.toString(), "topics", staff.topics().stream()
                        .map(Topic::name).toList()));
        events.publishEvent(new StaffCreated(user.tenantId(), staff.id(), staff.name(), leadId));
        return views.of(user, staff);
    }

    /** Adds a member (or changes the function of one); the lead only. */
    @Transactional
    public StaffView addMember(CurrentUser user, UUID staffId, NewMember command) {
        Staff staff = access.leadOnly(user, staffId);
        requirePerson(user, command.personId(), "personId");
        staffs.save(staff.addMember(command.personId(), command.function(), clock.instant()));
        audit.record(user.tenantId(), "MEMBER_ADDED", "Staff", staffId, staff.name(), null,
                Map.of("person", command.personId().toString(), "function",
                        command.function() == null ? "" : command.function()));
        events.publishEvent(new StaffMemberAdded(user.tenantId(), staffId, command.personId()));
        return views.of(user, staff);
    }

    /** Sets the department that owns a topic; the lead only. */
    @Transactional
    public StaffView assignTopic(CurrentUser user, UUID staffId, int topicIndex, @Nullable UUID departmentId) {
        Staff staff = access.leadOnly(user, staffId);
        if (topicIndex < 0 || topicIndex >= staff.topics().size()) {
            throw new NotFoundException("Topic");
        }
        staffs.save(staff.assignTopic(topicIndex, departmentId));
        return views.of(user, staff);
    }

    private void requirePerson(CurrentUser user, UUID personId, String field) {
        if (people.people(user, List.of(personId)).isEmpty()) {
            throw new InvalidInputException(field, "staff.person.unknown");
        }
    }
}
