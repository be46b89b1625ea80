package de.lagezentrum.staff.staffs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A crisis staff: it guards who belongs to it and which topics it works on. */
@Table(schema = "staff", name = "staff")
public class Staff {

    /** The topic areas of a coordination staff as in Ludwigshafen's Ukraine staff (seed 000). */
    static final List<String> DEFAULT_TOPICS = List.of("Unterstützung und Hilfe", "Unterbringung", "Integration",
            "Registrierung", "Ehrenamt", "Kommunikation", "Besondere Zielgruppen");

    @Id
    private final UUID id;
    private final UUID tenantId;
    private String name;
    private @Nullable String description;
    private UUID leadId;
    private final Instant createdAt;
    @MappedCollection(idColumn = "staff_id")
    private Set<StaffMember> members;
    @MappedCollection(idColumn = "staff_id", keyColumn = "position")
    private List<Topic> topics;
    @Version
    private @Nullable Long version;

    Staff(UUID id, UUID tenantId, String name, @Nullable String description, UUID leadId, Instant createdAt,
            Set<StaffMember> members, List<Topic> topics, @Nullable Long version) {
        this.id = id;
        this.tenantId = tenantId;
        this.name = name;
        this.description = description;
        this.leadId = leadId;
        this.createdAt = createdAt;
        this.members = members;
        this.topics = topics;
        this.version = version;
    }

    public static Staff create(UUID tenantId, String name, @Nullable String description, UUID leadId,
            List<String> topics, Instant now) {
        var staff = new Staff(UUID.randomUUID(), tenantId, name.strip(),
                description == null || description.isBlank() ? null : description.strip(), leadId, now,
                new LinkedHashSet<>(), new ArrayList<>(), null);
        staff.members.add(new StaffMember(tenantId, leadId, null, now));
        (topics.isEmpty() ? DEFAULT_TOPICS : topics).stream().map(String::strip).distinct()
                .forEach(topic -> staff.topics.add(new Topic(tenantId, topic, null)));
        return staff;
    }

    /** Adds a member or changes the function of an existing one. */
    public Staff addMember(UUID personId, @Nullable String function, Instant now) {
        String cleaned = function == null || function.isBlank() ? null : function.strip();
        members.removeIf(member -> member.personId().equals(personId));
        members.add(new StaffMember(tenantId, personId, cleaned, now));
        return this;
    }

    /** Sets the department owning a topic. */
    public Staff assignTopic(int index, @Nullable UUID departmentId) {
        Topic topic = topics.get(index);
        topics.set(index, new Topic(tenantId, topic.name(), departmentId));
        return this;
    }

    public boolean hasMember(UUID personId) {
        return members.stream().anyMatch(member -> member.personId().equals(personId));
    }

    public boolean isLead(UUID personId) {
        return leadId.equals(personId);
    }

    public UUID id() {
        return id;
    }

    public UUID tenantId() {
        return tenantId;
    }

    public String name() {
        return name;
    }

    @Nullable String description() {
        return description;
    }

    UUID leadId() {
        return leadId;
    }

    public Set<StaffMember> members() {
        return members;
    }

    public List<Topic> topics() {
        return topics;
    }

    long version() {
        return version == null ? 0 : version;
    }
}
