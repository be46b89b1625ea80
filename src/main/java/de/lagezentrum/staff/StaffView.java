package de.lagezentrum.staff;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A staff as its members see it.
 *
 * @param description what the staff is for; may be null
 * @param topics the names of its topic areas, in order
 * @param topicDetails the topic areas with their owning departments
 * @param members everyone in the staff, the lead first
 * @param version for optimistic locking of edits
 */
public record StaffView(UUID id, String name, @Nullable String description, UUID leadId, String leadName,
        List<String> topics, List<TopicView> topicDetails, List<MemberView> members, long version) {

    /**
     * A topic area.
     *
     * @param departmentId owning department; may be null
     * @param departmentName its name; may be null
     */
    public record TopicView(int index, String name, @Nullable UUID departmentId, @Nullable String departmentName) {
    }

    /**
     * A member.
     *
     * @param function what the person does in the staff; may be null
     * @param departmentName the person's department; may be null
     * @param lead whether the person leads the staff
     */
    public record MemberView(UUID personId, String displayName, @Nullable String function,
            @Nullable String departmentName, boolean lead) {
    }
}
