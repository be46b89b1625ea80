package de.lagezentrum.staff.staffs;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.stereotype.Component;

import de.lagezentrum.organisation.DepartmentView;
import de.lagezentrum.organisation.OrganisationManagement;
import de.lagezentrum.organisation.PeopleManagement;
import de.lagezentrum.organisation.PersonView;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.staff.StaffView;

/** Builds {@link StaffView}s with the names of people and departments from the organisation module. */
@Component
public class StaffViews {

    private final PeopleManagement people;
    private final OrganisationManagement organisation;

    StaffViews(PeopleManagement people, OrganisationManagement organisation) {
        this.people = people;
        this.organisation = organisation;
    }

    public StaffView of(CurrentUser user, Staff staff) {
        Set<UUID> ids = new HashSet<>();
        staff.members().forEach(member -> ids.add(member.personId()));
        ids.add(staff.leadId());
        Map<UUID, PersonView> persons = people.people(user, ids);
        Map<UUID, String> departments = organisation.allDepartments(user).stream()
                .collect(Collectors.toMap(DepartmentView::id, DepartmentView::name));
        List<StaffView.MemberView> members = staff.members().stream()
                .map(member -> {
                    PersonView person = persons.get(member.personId());
                    return new StaffView.MemberView(member.personId(),
                            person == null ? "?" : person.displayName(), member.function(),
                            person == null ? null : person.departmentName(), staff.isLead(member.personId()));
                })
                .sorted(Comparator.comparing((StaffView.MemberView member) -> !member.lead())
                        .thenComparing(StaffView.MemberView::displayName, String.CASE_INSENSITIVE_ORDER))
                .toList();
        List<StaffView.TopicView> topics = IntStream.range(0, staff.topics().size())
                .mapToObj(index -> {
                    Topic topic = staff.topics().get(index);
                    return new StaffView.TopicView(index, topic.name(), topic.departmentId(),
                            topic.departmentId() == null ? null : departments.get(topic.departmentId()));
                })
                .toList();
        PersonView lead = persons.get(staff.leadId());
        return new StaffView(staff.id(), staff.name(), staff.description(), staff.leadId(),
                lead == null ? "?" : lead.displayName(), topics.stream().map(StaffView.TopicView::name).toList(),
                topics, members, staff.version());
    }
}
