package de.lagezentrum.staff.web;

import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;

import de.lagezentrum.staff.TaskBoard;
import de.lagezentrum.staff.TaskStatus;
import de.lagezentrum.staff.TaskView;

/**
 * The rows of the task board, written here rather than by the template. The board shows up to 500 tasks,
 * and in Thymeleaf each row cost some thirty attribute evaluations (links, texts, one select with its
 * options, a button): about three quarters of the page's time. Written here, a row costs a few string
 * appends. The markup is the template's: a row header with the task's link, a labelled status select and
 * a save button per row, both described by the task's link; {@code staff/tasks.html} holds the table
 * around it. Every text from the database goes through {@link #text}, which escapes it.
 *
 * <p>The board is one form: the button pressed sends {@code task=id:version}, and the row's select is
 * named {@code status-id} ({@link TaskPageController#changeStatusOnBoard}).
 */
final class TaskBoardRows {

    /** The prefix of each row's select name. */
    static final String SELECT = "status-";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final String contextPath;
    private final String statusLabel;
    private final String overdueBadge;
    private final String saveLabel;
    /** The options of a row's select, one variant for each status selected. */
    private final Map<TaskStatus, String> options = new EnumMap<>(TaskStatus.class);

    TaskBoardRows(MessageSource messages, Locale locale, String contextPath) {
        this.contextPath = contextPath;
        this.statusLabel = text(messages.getMessage("tasks.status", null, locale));
        this.overdueBadge = " <span class=\"badge badge--alert\">"
                + text(messages.getMessage("tasks.overdue", null, locale)) + "</span>";
        this.saveLabel = text(messages.getMessage("action.save", null, locale));
        for (TaskStatus selected : TaskStatus.values()) {
            StringBuilder html = new StringBuilder();
            for (TaskStatus status : TaskStatus.values()) {
                html.append("<option value=\"").append(status.name()).append('"')
                        .append(status == selected ? " selected" : "").append('>')
                        .append(text(messages.getMessage("task.status." + status.name(), null, locale)))
                        .append("</option>");
            }
            options.put(selected, html.toString());
        }
    }

    /** The rows of the board's tasks, in its order. */
    String html(TaskBoard board) {
        StringBuilder html = new StringBuilder(board.tasks().size() * 1100);
        for (TaskView task : board.tasks()) {
            row(html, task, board);
        }
        return html.toString();
    }

    private void row(StringBuilder html, TaskView task, TaskBoard board) {
        UUID id = task.id();
        html.append("<tr>\n<th scope=\"row\"><a id=\"task-").append(id).append("\" href=\"").append(contextPath)
                .append("/tasks/").append(id).append("\">").append(text(task.text())).append("</a><br>")
                .append("<a class=\"hint\" href=\"").append(contextPath).append("/staffs/").append(task.staffId())
                .append("\">").append(text(board.staffNames().get(task.staffId()))).append("</a></th>\n");
        html.append("<td>").append(task.topic() == null ? "–" : text(task.topic())).append("</td>\n");
        html.append("<td>").append(owner(task, board)).append("</td>\n");
        html.append("<td>").append(task.due() == null ? "–" : DAY.format(task.due()))
                .append(task.overdue() ? overdueBadge : "").append("</td>\n");
        html.append("<td><div class=\"inline-form\"><label class=\"visually-hidden\" for=\"").append(SELECT).append(id)
                .append("\">").append(statusLabel).append("</label>")
                .append("<select id=\"").append(SELECT).append(id).append("\" name=\"").append(SELECT).append(id)
                .append("\" aria-describedby=\"task-").append(id).append("\">").append(options.get(task.status()))
                .append("</select>\n<button type=\"submit\" name=\"task\" value=\"").append(id).append(':')
                .append(task.version()).append("\" class=\"button button--secondary\" aria-describedby=\"task-")
                .append(id).append("\">").append(saveLabel).append("</button></div></td>\n</tr>\n");
    }

    /** The person and the department carrying the task out, as far as known. */
    private static String owner(TaskView task, TaskBoard board) {
        String person = task.assigneeId() == null ? null : board.assigneeNames().get(task.assigneeId());
        String department = task.departmentId() == null ? null : board.departmentNames().get(task.departmentId());
        if (person == null) {
            return text(department);
        }
        return department == null ? text(person) : text(person) + " " + text(department);
    }

    /** A text for the page, escaped for elements and quoted attributes alike; nothing for none. */
    static String text(@Nullable String text) {
        if (text == null) {
            return "";
        }
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case '<', '>', '&', '"', '\'' -> {
                    return HtmlUtils.htmlEscape(text, "UTF-8");
                }
                default -> {
                }
            }
        }
        return text;
    }
}
