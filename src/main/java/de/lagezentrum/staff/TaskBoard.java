package de.lagezentrum.staff;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The task board of the user's staffs as one page shows it: the tasks found, and the names they are shown
 * with, read together ({@link TaskManagement#board}).
 *
 * @param tasks the tasks found, due first
 * @param topics the topic areas of all the user's staffs, each name once, sorted: what the board filters by
 * @param topic the topic filtered by; null when none was asked for or it is none of {@code topics}
 * @param staffNames the names of the user's staffs, by id
 * @param assigneeNames the names of the people carrying out the tasks found, by id
 * @param departmentNames the names of the departments carrying out the tasks found, by id
 */
public record TaskBoard(List<TaskView> tasks, List<String> topics, @Nullable String topic,
        Map<UUID, String> staffNames, Map<UUID, String> assigneeNames, Map<UUID, String> departmentNames) {

    /** Whose tasks the board shows. */
    public enum Owner {
        /** All tasks of the user's staffs. */
        ALL,
        /** The tasks assigned to the user. */
        MINE,
        /** The tasks of the user's department; none for a user without one. */
        DEPARTMENT
    }
}
