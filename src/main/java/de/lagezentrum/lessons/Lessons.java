package de.lagezentrum.lessons;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.lagezentrum.lessons.learning.LessonStore;
import de.lagezentrum.lessons.learning.LessonStore.ActionRow;
import de.lagezentrum.lessons.learning.LessonStore.LessonRow;
import de.lagezentrum.organisation.DepartmentView;
import de.lagezentrum.organisation.OrganisationManagement;
import de.lagezentrum.organisation.PeopleManagement;
import de.lagezentrum.organisation.PersonView;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.ConflictException;
import de.lagezentrum.platform.web.DateFormats;
import de.lagezentrum.platform.web.InvalidInputException;
import de.lagezentrum.platform.web.NotFoundException;

/**
 * The lessons module's facade for lessons identified and learned (NATO's lessons-learned process): a
 * facilitator identifies a lesson from observations with its root cause and gives it remedial actions, each
 * owned by a person or a department of the municipality; the owners (the person, or the department's members)
 * report status and progress; once every action is done, a facilitator validates the lesson with evidence and
 * it is learned, and final. The municipality's city accounts read its lessons.
 */
@Service
public class Lessons {

    private static final String LESSON = "Lesson";
    private static final String ACTION = "LessonAction";
    private static final String FACILITATOR = "FACILITATOR";
    private static final String JOURNALIST = "JOURNALIST";

    private final LessonStore store;
    private final PeopleManagement people;
    private final OrganisationManagement organisation;
    private final DateFormats dates;
    private final Clock clock;

    Lessons(LessonStore store, PeopleManagement people, OrganisationManagement organisation, DateFormats dates,
            Clock clock) {
        this.store = store;
        this.people = people;
        this.organisation = organisation;
        this.dates = dates;
        this.clock = clock;
    }

    /** Identifies a lesson (facilitators): a title, at least one observation of the municipality, a root cause. */
    @Transactional
    public LessonView create(CurrentUser user, NewLesson lesson) {
        requireFacilitator(user);
        String title = LessonTexts.required(lesson.title(), "title", 200);
        String rootCause = LessonTexts.optional(lesson.rootCause(), "rootCause", 5000);
        Set<UUID> observations = new LinkedHashSet<>(lesson.observationIds() == null ? List.of() : lesson.observationIds());
        if (observations.isEmpty() || observations.size() > 200 || observations.contains(null)
                || store.observationsOfTenant(user.tenantId(), observations) != observations.size()) {
            throw new InvalidInputException("observationIds", "lessons.lesson.observations.unknown");
        }
        UUID id = UUID.randomUUID();
        store.insert(user.tenantId(), id, title, rootCause, List.copyOf(observations), user.personId(), clock.instant());
        return lesson(user, id);
    }

    /** A lesson of the municipality with its observations and actions. */
    @Transactional(readOnly = true)
    public LessonView lesson(CurrentUser user, UUID id) {
        return view(user, find(user, id));
    }

    /** The municipality's lessons, newest first; with a status, only those. */
    @Transactional(readOnly = true)
    public List<LessonView> lessons(CurrentUser user, @Nullable LessonStatus status) {
        if (user.hasRole(JOURNALIST)) {
            return List.of();
        }
        return store.all(user.tenantId()).stream().filter(row -> status == null || row.status() == status)
                .map(row -> view(user, row)).toList();
    }

    /** Gives a lesson not yet learned a remedial action (facilitators). */
    @Transactional
    public LessonActionView addAction(CurrentUser user, UUID lessonId, NewLessonAction action) {
        LessonRow lesson = open(user, lessonId);
        requireFacilitator(user);
        String text = LessonTexts.required(action.text(), "text", 2000);
        if (action.ownerId() == null && action.departmentId() == null) {
            throw new InvalidInputException("ownerId", "lessons.action.owner.required");
        }
        if (action.ownerId() != null && people.peopleOfTenant(user.tenantId(), Set.of(action.ownerId())).isEmpty()) {
            throw new InvalidInputException("ownerId", "lessons.action.owner.unknown");
        }
        if (action.departmentId() != null && organisation.allDepartments(user).stream()
                .noneMatch(department -> department.id().equals(action.departmentId()))) {
            throw new InvalidInputException("departmentId", "lessons.action.owner.unknown");
        }
        if (action.due() == null) {
            throw new InvalidInputException("due", "lessons.text.required");
        }
        UUID id = UUID.randomUUID();
        store.insertAction(user.tenantId(), id, lesson.id(), text, action.ownerId(), action.departmentId(),
                action.due(), clock.instant());
        return action(user, id);
    }

    /** A remedial action of the municipality. */
    @Transactional(readOnly = true)
    public LessonActionView action(CurrentUser user, UUID id) {
        ActionRow row = store.action(user.tenantId(), id).orElseThrow(() -> new NotFoundException(ACTION));
        LessonRow lesson = find(user, row.lessonId());
        return views(user, lesson.title(), List.of(row)).get(0);
    }

    /**
     * The owner of an action (the person, or a member of the owning department) reports its status and
     * progress.
     *
     * @throws AccessDeniedException for anybody else
     * @throws ConflictException once the lesson is learned
     */
    @Transactional
    public LessonActionView updateAction(CurrentUser user, UUID id, LessonActionChange change) {
        ActionRow row = store.action(user.tenantId(), id).orElseThrow(() -> new NotFoundException(ACTION));
        open(user, row.lessonId());
        if (!owns(user, row)) {
            throw new AccessDeniedException("Only the action's owner reports on it");
        }
        if (change.status() == null) {
            throw new InvalidInputException("status", "lessons.text.required");
        }
        String progress = change.progress() == null ? row.progress()
                : LessonTexts.optional(change.progress(), "progress", 2000);
        store.updateAction(user.tenantId(), id, change.status(), progress, clock.instant());
        return action(user, id);
    }

    /** Whether the user may report on the action: its owning person, or a member of its department. */
    public boolean owns(CurrentUser user, LessonActionView action) {
        return user.personId().equals(action.ownerId())
                || action.departmentId() != null && action.departmentId().equals(departmentOf(user));
    }

    /**
     * Validates a lesson (facilitators): with evidence, once every action is done; then it is learned.
     *
     * @throws ConflictException while an action is not done, or once learned
     */
    @Transactional
    public LessonView validate(CurrentUser user, UUID id, @Nullable String evidence) {
        LessonRow lesson = open(user, id);
        requireFacilitator(user);
        String text = LessonTexts.required(evidence, "evidence", 5000);
        if (store.actions(user.tenantId(), id).stream().anyMatch(action -> action.status() != ActionStatus.DONE)) {
            throw new ConflictException("lessons.lesson.actions.open");
        }
        store.validate(user.tenantId(), lesson.id(), text, user.personId(), clock.instant());
        return lesson(user, id);
    }

    /** The user's overdue actions: not done, due before today, owned by them or their department. */
    @Transactional(readOnly = true)
    public List<LessonActionView> overdue(CurrentUser user) {
        List<ActionRow> rows = store.overdue(user.tenantId(), user.personId(), departmentOf(user), today(user));
        Map<UUID, String> titles = new java.util.HashMap<>();
        return rows.stream().map(row -> views(user, titles.computeIfAbsent(row.lessonId(),
                lessonId -> store.find(user.tenantId(), lessonId).orElseThrow().title()), List.of(row)).get(0)).toList();
    }

    private boolean owns(CurrentUser user, ActionRow row) {
        return user.personId().equals(row.ownerId())
                || row.departmentId() != null && row.departmentId().equals(departmentOf(user));
    }

    private @Nullable UUID departmentOf(CurrentUser user) {
        PersonView person = people.peopleOfTenant(user.tenantId(), Set.of(user.personId())).get(user.personId());
        return person == null ? null : person.departmentId();
    }

    /** A lesson of the municipality; the press (journalists' accounts) does not see them. */
    private LessonRow find(CurrentUser user, UUID id) {
        if (user.hasRole(JOURNALIST)) {
            throw new NotFoundException(LESSON);
        }
        return store.find(user.tenantId(), id).orElseThrow(() -> new NotFoundException(LESSON));
    }

    private LessonRow open(CurrentUser user, UUID id) {
        LessonRow lesson = find(user, id);
        if (lesson.status() == LessonStatus.LEARNED) {
            throw new ConflictException("lessons.lesson.learned");
        }
        return lesson;
    }

    private static void requireFacilitator(CurrentUser user) {
        if (!user.hasRole(FACILITATOR)) {
            throw new AccessDeniedException("Only facilitators identify and validate lessons");
        }
    }

    private LocalDate today(CurrentUser user) {
        return dates.today(user.tenantId(), clock);
    }

    private LessonView view(CurrentUser user, LessonRow row) {
        return new LessonView(row.id(), row.title(), row.rootCause(), row.status(),
                store.observations(user.tenantId(), row.id()),
                views(user, row.title(), store.actions(user.tenantId(), row.id())), row.evidence(), row.validatedAt());
    }

    private List<LessonActionView> views(CurrentUser user, String lessonTitle, List<ActionRow> rows) {
        Set<UUID> owners = rows.stream().map(ActionRow::ownerId).filter(java.util.Objects::nonNull)
                .collect(Collectors.toCollection(HashSet::new));
        Map<UUID, PersonView> persons = owners.isEmpty() ? Map.of() : people.peopleOfTenant(user.tenantId(), owners);
        Map<UUID, String> departments = rows.stream().anyMatch(row -> row.departmentId() != null)
                ? organisation.allDepartments(user).stream()
                        .collect(Collectors.toMap(DepartmentView::id, DepartmentView::name))
                : Map.of();
        LocalDate today = today(user);
        return rows.stream().map(row -> new LessonActionView(row.id(), row.lessonId(), lessonTitle, row.text(),
                row.ownerId(), row.ownerId() == null || !persons.containsKey(row.ownerId()) ? null
                        : persons.get(row.ownerId()).displayName(),
                row.departmentId(), row.departmentId() == null ? null : departments.get(row.departmentId()),
                row.due(), row.status(), row.progress(), row.doneAt(),
                row.status() != ActionStatus.DONE && row.due().isBefore(today))).toList();
    }
}
