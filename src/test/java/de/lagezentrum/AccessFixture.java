package de.lagezentrum;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import de.lagezentrum.Endpoints.Endpoint;
import de.lagezentrum.briefing.BriefingManagement;
import de.lagezentrum.briefing.BriefingPressKit;
import de.lagezentrum.briefing.BriefingQuestions;
import de.lagezentrum.briefing.BriefingMedia;
import de.lagezentrum.briefing.NewMedium;
import de.lagezentrum.briefing.NewSoundbite;
import de.lagezentrum.briefing.BriefingSeriesManagement;
import de.lagezentrum.briefing.NewBriefing;
import de.lagezentrum.briefing.NewBriefingSeries;
import de.lagezentrum.briefing.NewPressRelease;
import de.lagezentrum.briefing.PressReleases;
import de.lagezentrum.briefing.accreditation.TestAccreditations;
import de.lagezentrum.briefing.media.TestRecordings;
import de.lagezentrum.journal.JournalManagement;
import de.lagezentrum.journal.NewJournalEntry;
import de.lagezentrum.organisation.ApiTokens;
import de.lagezentrum.organisation.DepartmentCommand;
import de.lagezentrum.organisation.OrganisationManagement;
import de.lagezentrum.organisation.Role;
import de.lagezentrum.organisation.TestOrganisation;
import de.lagezentrum.organisation.TestOrganisation.TestTenant;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.staff.AgendaItemView;
import de.lagezentrum.staff.EntryType;
import de.lagezentrum.staff.EntryView;
import de.lagezentrum.staff.MinutesManagement;
import de.lagezentrum.staff.NewAgendaItem;
import de.lagezentrum.staff.NewEntry;
import de.lagezentrum.staff.NewMember;
import de.lagezentrum.staff.NewSeries;
import de.lagezentrum.staff.NewSession;
import de.lagezentrum.staff.SessionKind;
import de.lagezentrum.staff.SessionManagement;
import de.lagezentrum.staff.StaffManagement;
import de.lagezentrum.staff.sessions.CalendarFeeds;

/**
 * A municipality prepared through the real facades for calls to every endpoint: an account for each
 * role (the staff lead leads a staff, the staff member belongs to it, nobody else does), a staff with a
 * series, a session, an accepted agenda item, a note, a task and a journal entry, a department, a
 * person without a role, a briefing (chaired by that person, the employee on its panel) and a briefing
 * series of the press office, and the admin of a second municipality. Fills the path variables of an
 * endpoint with these ids, by the path segment before the variable.
 */
final class AccessFixture {

    private static final Pattern VARIABLE = Pattern.compile("/([^/{}]+)/\\{([^}:]+)(:[^}]*)?}");

    final TestTenant tenant;
    final Map<Caller, CurrentUser> users = new EnumMap<>(Caller.class);
    final CurrentUser spare;
    final UUID departmentId;
    final UUID staffId;
    final UUID seriesId;
    final UUID sessionId;
    final UUID itemId;
    final UUID noteId;
    final UUID taskId;
    final UUID journalEntryId;
    final UUID feedbackId;
    final UUID briefingId;
    final UUID briefingSeriesId;
    final UUID accreditationId;
    final UUID pressReleaseId;
    final UUID questionId;
    final UUID pressKitItemId;
    final UUID recordingId;
    final UUID soundbiteId;
    final UUID eventId;
    final UUID pollId;
    final UUID postId;
    final UUID commentId;
    final UUID ideaId;
    /** A question a participant asked in the live event: the console's moderation form takes only its own. */
    final UUID liveQuestionId;
    private final de.lagezentrum.live.LiveIdeas liveIdeas;
    final String joinCode;
    // lessons: workshops
    /** A workshop of the facilitator, planned for next week. */
    final UUID workshopId;
    // lessons: board
    /** An observation on the matrix workshop's board. */
    final UUID observationId;
    // lessons: knowledge
    /** A recommendation of the facilitator; factors are made per call (see {@link #newFactor}). */
    final UUID recommendationId;
    private final de.lagezentrum.lessons.ResilienceFactors factors;
    /** A second facilitator, who submits the factors the matrix's facilitator publishes (four eyes). */
    private final CurrentUser secondFacilitator;
    // lessons: proposals
    /** A proposal of the matrix workshop, made by the facilitator. */
    final UUID proposalId;
    // lessons: lessons
    /** A lesson identified by the facilitator, with an action the facilitator owns. */
    final UUID lessonId;
    final UUID lessonActionId;
    private final de.lagezentrum.live.LiveEvents liveEvents;
    private final BriefingMedia media;
    final LocalDate today;

    private final OrganisationManagement organisation;
    private final CalendarFeeds feeds;
    private final ApiTokens tokens;
    private final JdbcClient administrator;

    AccessFixture(ApplicationContext context) {
        organisation = context.getBean(OrganisationManagement.class);
        feeds = context.getBean(CalendarFeeds.class);
        tokens = context.getBean(ApiTokens.class);
        Clock clock = context.getBean(Clock.class);
        today = LocalDate.now(clock);
        tenant = context.getBean(TestOrganisation.class).newTenant("Matrixstadt " + UUID.randomUUID());
        for (Caller caller : Caller.values()) {
            if (caller.role() != null && caller != Caller.OTHER_TENANT_ADMIN) {
                users.put(caller, tenant.user("Matrix " + caller.column(), caller.role()));
            }
        }
        users.put(Caller.OTHER_TENANT_ADMIN, context.getBean(TestOrganisation.class)
                .newTenant("Andere Stadt " + UUID.randomUUID()).admin());
        spare = tenant.user("Matrix Ersatz", Role.EMPLOYEE);
        departmentId = newDepartment();
        CurrentUser lead = users.get(Caller.STAFF_LEAD);
        CurrentUser member = users.get(Caller.STAFF_MEMBER);
        var staffs = context.getBean(StaffManagement.class);
        staffId = staffs.create(lead, new de.lagezentrum.staff.NewStaff("Matrixstab", null, null,
                List.of("Unterbringung"))).id();
        staffs.addMember(lead, staffId, new NewMember(member.personId(), "Protokoll"));
        var sessions = context.getBean(SessionManagement.class);
        seriesId = sessions.createSeries(lead, staffId, new NewSeries(DayOfWeek.WEDNESDAY, LocalTime.of(10, 0), 90,
                null, today.plusDays(7), null, null)).id();
        Instant start = clock.instant().plus(Duration.ofDays(1));
        sessionId = sessions.call(lead, staffId, new NewSession(start, start.plus(Duration.ofMinutes(90)),
                SessionKind.REGULAR, "Matrixsitzung", null)).id();
        var minutes = context.getBean(MinutesManagement.class);
        AgendaItemView item = minutes.propose(lead, sessionId, new NewAgendaItem("Lage", "Unterbringung", null));
        itemId = minutes.accept(lead, sessionId, item.id()).id();
        noteId = minutes.record(member, sessionId, itemId,
                new NewEntry(EntryType.NOTE, "Sachstand", null, null, null, null)).id();
        EntryView task = minutes.record(member, sessionId, itemId, new NewEntry(EntryType.TASK, "Betten zählen", null,
                member.personId(), null, today.plusDays(7)));
        taskId = task.taskId();
        journalEntryId = context.getBean(JournalManagement.class)
                .append(lead, staffId, NewJournalEntry.note("Lagemeldung")).id();
        // The press office's briefing: the spare person chairs it, the employee sits on its panel.
        CurrentUser press = users.get(Caller.PRESS_OFFICE);
        briefingId = context.getBean(BriefingManagement.class).plan(press, new NewBriefing("Matrixbriefing", null,
                start, start.plus(Duration.ofHours(1)), spare.personId(), List.of(users.get(Caller.EMPLOYEE).personId()),
                null, "https://meet.example/matrix", null)).id();
        briefingSeriesId = context.getBean(BriefingSeriesManagement.class).create(press, new NewBriefingSeries(
                today.plusDays(7).getDayOfWeek(), LocalTime.of(11, 0), 60, "Matrixreihe", today, null, null, null, null,
                null, null)).id();
        // A question of the journalist to the briefing and a document in its press kit.
        questionId = context.getBean(BriefingQuestions.class).ask(users.get(Caller.JOURNALIST), briefingId,
                "Matrixfrage").id();
        pressKit = context.getBean(BriefingPressKit.class);
        pressKitItemId = newPressKitItem();
        // The briefing's recording (a WAV of two seconds) with captions, and an O-Ton in it.
        media = context.getBean(BriefingMedia.class);
        recordingId = media.uploadRecording(press, briefingId, new NewMedium("Matrixmitschnitt", null, null),
                new java.io.ByteArrayInputStream(TestRecordings.wav(2)), "matrix.wav").id();
        media.attachCaptions(press, recordingId, new java.io.ByteArrayInputStream(
                TestRecordings.CAPTIONS.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "matrix.vtt");
        soundbiteId = newSoundbite();
        // A confirmed accreditation with a proof, waiting for the press office.
        accreditationId = context.getBean(TestAccreditations.class).pendingWithProof(tenant.admin(), "Matrix Journalistin",
                TestAccreditations.address("matrix"));
        // A draft press release of the press office.
        pressReleaseId = context.getBean(PressReleases.class).draft(press, new NewPressRelease("Matrixmitteilung",
                "Text", null, 0)).id();
        // A live event of the event host, running now, that anybody with the code joins.
        liveEvents = context.getBean(de.lagezentrum.live.LiveEvents.class);
        Instant eventStart = clock.instant().minus(Duration.ofHours(1));
        var event = liveEvents.create(users.get(Caller.EVENT_HOST), de.lagezentrum.live.EventDetails.of(
                "Matrixveranstaltung", eventStart, eventStart.plus(Duration.ofHours(8)), List.of()));
        eventId = event.id();
        joinCode = event.joinCode();
        // A draft poll, a post with a comment, and the post marked as an idea, all of the event host.
        CurrentUser eventHost = users.get(Caller.EVENT_HOST);
        pollId = context.getBean(de.lagezentrum.live.LivePolls.class).create(eventHost, eventId,
                new de.lagezentrum.live.PollDetails("Matrixumfrage?", de.lagezentrum.live.PollType.SINGLE,
                        List.of("Ja", "Nein"), null, null, null, null, null)).id();
        var blog = context.getBean(de.lagezentrum.live.LiveBlog.class);
        var hostActor = blog.actor(eventHost, eventId);
        postId = blog.write(hostActor, new de.lagezentrum.live.NewPost("Matrixbeitrag", "Text")).id();
        commentId = blog.comment(hostActor, postId, new de.lagezentrum.live.NewComment("Kommentar", null)).id();
        liveIdeas = context.getBean(de.lagezentrum.live.LiveIdeas.class);
        ideaId = liveIdeas.mark(eventHost, eventId,
                de.lagezentrum.live.IdeaKind.POST, postId).idea().id();
        liveQuestionId = context.getBean(de.lagezentrum.live.LiveQuestions.class)
                .ask(liveEvents.join(joinCode, null, null).participant(), "Matrixfrage?", false).id();
        // lessons: workshops. A workshop of the facilitator, next week.
        workshopId = context.getBean(de.lagezentrum.lessons.Workshops.class).create(users.get(Caller.FACILITATOR),
                new de.lagezentrum.lessons.NewWorkshop("Matrixwerkstatt", clock.instant().plus(Duration.ofDays(7)),
                        clock.instant().plus(Duration.ofDays(7).plusHours(3)), null, List.of())).id();
        // lessons: board. An observation of the facilitator on that workshop's board.
        observationId = context.getBean(de.lagezentrum.lessons.WorkshopBoard.class).post(
                context.getBean(de.lagezentrum.lessons.Workshops.class).member(users.get(Caller.FACILITATOR), workshopId),
                new de.lagezentrum.lessons.NewObservation("Matrixbeobachtung", de.lagezentrum.lessons.ObservationKind.WENT_WELL,
                        null)).id();
        // lessons: knowledge. A recommendation; a second facilitator writes and submits factors.
        recommendationId = context.getBean(de.lagezentrum.lessons.Recommendations.class).create(
                users.get(Caller.FACILITATOR), new de.lagezentrum.lessons.NewRecommendation("Matrixempfehlung", "Text",
                        List.of(), List.of())).id();
        factors = context.getBean(de.lagezentrum.lessons.ResilienceFactors.class);
        secondFacilitator = tenant.user("Matrix Zweitmoderation", Role.FACILITATOR);
        // lessons: proposals. A proposal of the matrix workshop.
        proposalId = context.getBean(de.lagezentrum.lessons.Proposals.class).create(users.get(Caller.FACILITATOR),
                workshopId, new de.lagezentrum.lessons.NewProposal("Matrixvorschlag", "Beschreibung",
                        de.lagezentrum.lessons.Invasiveness.MINIMAL, de.lagezentrum.lessons.Transferability.TRANSFERABLE,
                        List.of())).id();
        // lessons: lessons. A lesson from the board's observation.
        lessons = context.getBean(de.lagezentrum.lessons.Lessons.class);
        lessonId = newLesson();
        lessonActionId = lessons.addAction(
                users.get(Caller.FACILITATOR), lessonId, new de.lagezentrum.lessons.NewLessonAction("Matrixmaßnahme",
                        users.get(Caller.FACILITATOR).personId(), null, today.plusDays(7))).id();
        feedbackId = UUID.randomUUID();
        // Feedback has no facade to write it as a municipality: the superuser's client puts it in place.
        administrator = context.getBean("administratorJdbc", JdbcClient.class);
        administrator.sql("""
                INSERT INTO platform.accessibility_feedback (id, tenant_id, created_at, message)
                VALUES (?, ?, ?, 'Kontrast zu schwach')""")
                .params(feedbackId, tenant.id(), clock.instant().atOffset(ZoneOffset.UTC)).update();
    }

    private final BriefingPressKit pressKit;

    // lessons: lessons
    private final de.lagezentrum.lessons.Lessons lessons;

    /** A lesson of the facilitator without actions: validating it makes it learned, so each call takes a new one. */
    private UUID newLesson() {
        return lessons.create(users.get(Caller.FACILITATOR),
                new de.lagezentrum.lessons.NewLesson("Matrixlesson", List.of(observationId), null)).id();
    }

    /** A new document in the briefing's press kit (removing one takes a document made for that call). */
    private UUID newPressKitItem() {
        return pressKit.attach(users.get(Caller.PRESS_OFFICE), briefingId, "Matrixmappe",
                new java.io.ByteArrayInputStream(TestAccreditations.PDF), "matrix.pdf").id();
    }

    private @Nullable UUID passkey;

    /**
     * A passkey of the employee, put in place once every caller has signed in (with a passkey the
     * employee's sign-in would ask for it). Its key material is a placeholder: the matrix never uses it.
     */
    private synchronized UUID passkey() {
        if (passkey == null) {
            CurrentUser owner = users.get(Caller.EMPLOYEE);
            byte[] handle = UUID.randomUUID().toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            administrator.sql("""
                    INSERT INTO organisation.passkey_user (account_id, tenant_id, user_handle, created_at)
                    VALUES (?, ?, ?, now()) ON CONFLICT (account_id) DO NOTHING""")
                    .params(owner.accountId(), owner.tenantId(), handle).update();
            passkey = UUID.randomUUID();
            administrator.sql("""
                    INSERT INTO organisation.passkey (id, tenant_id, account_id, credential_id, label, public_key,
                        signature_count, uv_initialized, backup_eligible, backup_state, attestation_object,
                        client_data_json, created_at)
                    VALUES (?, ?, ?, ?, 'Matrixschlüssel', '\\x00', 0, false, false, false, '\\x00', '\\x00', now())""")
                    .params(passkey, owner.tenantId(), owner.accountId(), handle).update();
        }
        return passkey;
    }

    /** The user of a caller; null for {@link Caller#ANONYMOUS}. */
    @Nullable CurrentUser user(Caller caller) {
        return users.get(caller);
    }

    /** Signs every caller in once: a session cookie for pages and a bearer token for the API. */
    Map<Caller, Credentials> signIn(MockMvcTester mvc) {
        Map<Caller, Credentials> credentials = new EnumMap<>(Caller.class);
        credentials.put(Caller.ANONYMOUS, new Credentials(null, null));
        users.forEach((caller, user) -> credentials.put(caller, new Credentials(
                WebTestSupport.login(mvc, user.username(), TestOrganisation.PASSWORD),
                ApiTestSupport.bearer(mvc, user.username(), TestOrganisation.PASSWORD))));
        passkey();
        return credentials;
    }

    /** The endpoint's path with every variable filled by an id of this municipality. */
    String path(Endpoint endpoint) {
        String pattern = endpoint.pattern().replace("/**", "/" + wildcardTail(endpoint.pattern()));
        Matcher matcher = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            String value = valueAfter(matcher.group(1), endpoint).get();
            matcher.appendReplacement(path, Matcher.quoteReplacement("/" + matcher.group(1) + "/" + value));
        }
        matcher.appendTail(path);
        return path.toString();
    }

    private Supplier<String> valueAfter(String segment, Endpoint endpoint) {
        boolean deletes = endpoint.method().equals("DELETE") || endpoint.pattern().endsWith("/delete");
        return switch (segment) {
            case "staffs" -> staffId::toString;
            case "sessions" -> sessionId::toString;
            case "agenda" -> itemId::toString;
            case "entries" -> noteId::toString;
            case "journal" -> journalEntryId::toString;
            case "tasks" -> taskId::toString;
            case "people" -> spare.personId()::toString;
            // Deleting takes a department made for this one call, so later rows still find theirs.
            case "departments" -> deletes ? () -> newDepartment().toString() : departmentId::toString;
            case "series" -> endpoint.pattern().contains("/briefings/series/") ? briefingSeriesId::toString
                    : seriesId::toString;
            case "briefings" -> briefingId::toString;
            case "versions" -> () -> "1";
            case "topics" -> () -> "0";
            // Renewing the lead's feed replaces its token: each call gets the current one.
            case "feeds" -> () -> feeds.renew(users.get(Caller.STAFF_LEAD));
            case "feedback" -> feedbackId::toString;
            case "accreditations", "akkreditierungen" -> accreditationId::toString;
            case "mitteilungen" -> pressReleaseId::toString;
            // Only the current DGS video of the first municipality has an address; any other file is 404.
            case "video" -> UUID.randomUUID()::toString;
            // The live event's console moderates only the event's questions; elsewhere a briefing's question.
            case "questions", "queue" -> endpoint.pattern().startsWith("/events/") ? liveQuestionId::toString
                    : questionId::toString;
            case "press-kit" -> deletes ? () -> newPressKitItem().toString() : pressKitItemId::toString;
            case "media", "mitschnitt" -> recordingId::toString;
            case "o-toene" -> soundbiteId::toString;
            case "pressemappe" -> pressKitItemId::toString;
            // Deleting takes an O-Ton made for this one call, so later rows still find theirs.
            case "soundbites" -> deletes ? () -> newSoundbite().toString() : soundbiteId::toString;
            case "events", "live" -> eventId::toString;
            case "join" -> () -> joinCode;
            case "polls" -> pollId::toString;
            case "posts" -> postId::toString;
            case "comments" -> commentId::toString;
            // Unmarking takes the post marked anew for this one call (marking an unmarked post makes a new idea).
            case "ideas" -> deletes ? () -> liveIdeas
                    .mark(users.get(Caller.EVENT_HOST), eventId, de.lagezentrum.live.IdeaKind.POST, postId).idea().id()
                    .toString() : ideaId::toString;
            // Taking someone off the team takes the spare person, put on it again for each call.
            case "team" -> () -> {
                liveEvents.putMember(users.get(Caller.EVENT_HOST), eventId, spare.personId(),
                        de.lagezentrum.live.TeamRole.MODERATOR);
                return spare.personId().toString();
            };
            // lessons: workshops
            case "workshops" -> workshopId::toString;
            // lessons: board
            case "observations" -> observationId::toString;
            // lessons: knowledge. Each call gets its own factor: in review (by the second facilitator) for publishing.
            case "recommendations" -> recommendationId::toString;
            case "wissen" -> () -> "matrixfaktor-ohne-veroeffentlichung";
            case "resilience-factors" -> () -> newFactor(endpoint.pattern().endsWith("/publish")).toString();
            // lessons: proposals
            case "proposals" -> proposalId::toString;
            // lessons: lessons. Validating takes a lesson made for this one call.
            case "lessons" -> endpoint.pattern().endsWith("/validate") ? () -> newLesson().toString() : lessonId::toString;
            case "lesson-actions" -> lessonActionId::toString;
            case "tenants" -> tenant.id()::toString;
            case "passkeys" -> () -> passkey().toString();
            // A token of the lead made for this call, so revoking it leaves the lead's own token alone.
            case "tokens" -> () -> tokens.issue(users.get(Caller.STAFF_LEAD).username(), TestOrganisation.PASSWORD,
                    null, "127.0.0.1").orElseThrow().id().toString();
            case "api-docs" -> () -> "springdocDefault";
            case "sbom" -> () -> "application";
            default -> throw new IllegalStateException("AccessFixture has no value for the variable after /"
                    + segment + "/ in " + endpoint + ": add one to AccessFixture.valueAfter");
        };
    }

    private static String wildcardTail(String pattern) {
        return switch (pattern) {
            case "/webjars/**" -> "htmx.org/dist/htmx.min.js";
            case "/actuator/health/**" -> "liveness";
            case "/v3/api-docs/**" -> "springdocDefault";
            default -> "css/lagezentrum.css";
        };
    }

    /** A factor of the second facilitator, a draft or submitted for review. */
    private UUID newFactor(boolean inReview) {
        UUID id = factors.create(secondFacilitator, new de.lagezentrum.lessons.NewResilienceFactor("Matrixfaktor",
                "Kurz", "Text", "Krisenmanagement", null, null, List.of(), List.of())).id();
        return inReview ? factors.submit(secondFacilitator, id).id() : id;
    }

    private UUID newSoundbite() {
        return media.defineSoundbite(users.get(Caller.PRESS_OFFICE), recordingId,
                new NewSoundbite("Matrix-O-Ton", null, 0, 1, null)).id();
    }

    private UUID newDepartment() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        return organisation.createDepartment(tenant.admin(), new DepartmentCommand("Matrixamt " + unique, unique))
                .id();
    }

    /** How a caller proves who it is: a page session and an API bearer token, both null when anonymous. */
    record Credentials(@Nullable Cookie session, @Nullable String bearer) {
    }
}
