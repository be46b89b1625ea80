package de.lagezentrum.lessons.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

import de.lagezentrum.lessons.ActionStatus;
import de.lagezentrum.lessons.ClusterView;
import de.lagezentrum.lessons.FactorExample;
import de.lagezentrum.lessons.Invasiveness;
import de.lagezentrum.lessons.LessonActionChange;
import de.lagezentrum.lessons.LessonActionView;
import de.lagezentrum.lessons.LessonView;
import de.lagezentrum.lessons.Lessons;
import de.lagezentrum.lessons.NewLesson;
import de.lagezentrum.lessons.NewLessonAction;
import de.lagezentrum.lessons.NewObservation;
import de.lagezentrum.lessons.NewProposal;
import de.lagezentrum.lessons.NewRecommendation;
import de.lagezentrum.lessons.NewResilienceFactor;
import de.lagezentrum.lessons.NewWorkshop;
import de.lagezentrum.lessons.ObservationKind;
import de.lagezentrum.lessons.ObservationView;
import de.lagezentrum.lessons.ProposalView;
import de.lagezentrum.lessons.Proposals;
import de.lagezentrum.lessons.RecommendationView;
import de.lagezentrum.lessons.ResilienceFactorView;
import de.lagezentrum.lessons.ResilienceFactors;
import de.lagezentrum.lessons.Recommendations;
import de.lagezentrum.lessons.Transferability;
import de.lagezentrum.lessons.WorkshopBoard;
import de.lagezentrum.lessons.WorkshopMember;
import de.lagezentrum.lessons.WorkshopPhase;
import de.lagezentrum.lessons.WorkshopView;
import de.lagezentrum.lessons.Workshops;
import de.lagezentrum.organisation.DemoCityLoaded;
import de.lagezentrum.organisation.PeopleManagement;
import de.lagezentrum.platform.security.CurrentUser;

/**
 * Musterstadt's reflection after the pandemic (seeds 001 and 002, PanReflex): a debriefing workshop five weeks
 * ago with observations in each of its phases, clustered, and an innovation workshop three weeks ago whose
 * proposals the participants rated — from crisis officers in every department (minimal-invasive, like
 * fire-safety officers) through an internal reserve pool to trust networks in civil society. Two lessons
 * came of it: one learned (its action done and validated), one whose action for the staff lead
 * {@code stabsleitung} is overdue, so it shows on her dashboard and task list. Three resilience factors
 * are published on {@code /wissen}: written and submitted by {@code moderation}, published by
 * {@code moderation2} (four eyes). Loaded once: any resilience factor of the municipality is the mark.
 */
@Component
class LessonsDemoData {

    static final String DEBRIEFING = "Rückschau Pandemie: Was hat uns getragen?";
    static final String INNOVATION = "Innovationswerkstatt: Vorbereitet auf die nächste Krise";

    private final Workshops workshops;
    private final WorkshopBoard board;
    private final Proposals proposals;
    private final Lessons lessons;
    private final Recommendations recommendations;
    private final ResilienceFactors factors;
    private final PeopleManagement people;
    private final Clock clock;

    LessonsDemoData(Workshops workshops, WorkshopBoard board, Proposals proposals, Lessons lessons,
            Recommendations recommendations, ResilienceFactors factors, PeopleManagement people, Clock clock) {
        this.workshops = workshops;
        this.board = board;
        this.proposals = proposals;
        this.lessons = lessons;
        this.recommendations = recommendations;
        this.factors = factors;
        this.people = people;
        this.clock = clock;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(DemoCityLoaded loaded) {
        UUID tenant = loaded.tenantId();
        CurrentUser facilitator = people.actingAs(tenant, "moderation").orElse(null);
        CurrentUser second = people.actingAs(tenant, "moderation2").orElse(null);
        if (facilitator == null || second == null
                || !factors.factors(facilitator).isEmpty()) {
            return;
        }
        List<CurrentUser> voices = new ArrayList<>();
        for (String username : List.of("stabsleitung", "stab", "presse", "veranstaltung", "mitarbeiterin")) {
            people.actingAs(tenant, username).ifPresent(voices::add);
        }
        voices.add(second);
        Debriefing debriefing = debriefing(facilitator, voices);
        List<ProposalView> rated = innovation(facilitator, voices, debriefing.observations());
        List<LessonView> learned = lessons(facilitator, debriefing);
        publish(facilitator, second, rated, learned);
    }

    private record Debriefing(WorkshopView workshop, List<ObservationView> observations) {
    }

    private Debriefing debriefing(CurrentUser facilitator, List<CurrentUser> voices) {
        Instant start = clock.instant().truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(35)).plus(Duration.ofHours(8));
        WorkshopView workshop = workshops.create(facilitator, new NewWorkshop(DEBRIEFING, start,
                start.plus(Duration.ofHours(5)), "Ratssaal, Rathaus Musterstadt",
                List.of("Nachbarstadt", "Kreisstadt Beispielhausen")));
        List<ObservationView> posted = new ArrayList<>();
        String[][][] phases = {
                // Rückschau
                {{"WENT_BADLY", "Krisenmanagement", "Die ersten Entscheidungen im März haben Pfade festgelegt, die wir monatelang nicht mehr verlassen konnten."},
                        {"WENT_WELL", "Krisenmanagement", "Der Krisenstab war in zwei Stunden arbeitsfähig, weil die Alarmierungsliste aktuell war."},
                        {"CHALLENGE", "Recht und Information", "Die Coronaschutzverordnung änderte sich teils im Wochentakt; wir haben Auslegungen oft aus der Presse erfahren."}},
                // Bestandsaufnahme
                {{"WENT_BADLY", "Personal", "Für die Kontaktnachverfolgung mussten wir Personal binnen Tagen gewinnen und schulen; es gab keine Liste, wer was kann."},
                        {"WENT_WELL", "Krisenkommunikation", "Die wöchentliche Pressekonferenz hat Gerüchte spürbar eingedämmt."},
                        {"CHALLENGE", "vulnerable Gruppen", "Menschen ohne festen Wohnsitz und Geflüchtete in Sammelunterkünften haben wir zu spät erreicht."}},
                // Erfahrungsaustausch
                {{"WENT_WELL", "interkommunale Zusammenarbeit", "Der Austausch mit den Nachbarkommunen über Allgemeinverfügungen hat Doppelarbeit vermieden."},
                        {"WENT_BADLY", "Personal", "Die Akteurinnen und Akteure selbst waren nach Monaten erschöpft; für ihren Schutz gab es kein Konzept."},
                        {"CHALLENGE", "Krisenmanagement", "Zwischen Bund, Land und Kommune war oft unklar, wer entscheidet und wer nur umsetzt."}},
                // Ausblick
                {{"CHALLENGE", "Krisenmanagement", "In jedem Amt fehlt eine feste Ansprechperson, die Lagen kennt und Meldungen weitergibt."},
                        {"WENT_WELL", "vulnerable Gruppen", "Die Zusammenarbeit mit der Suchthilfe und den Wohlfahrtsverbänden hat Vertrauen geschaffen, das wir halten sollten."}},
                // Brainstorming
                {{"CHALLENGE", "Personal", "Ein interner Personalpool, der vorab geschult ist, könnte in der nächsten Lage in Tagen statt Wochen helfen."},
                        {"CHALLENGE", "Krisenkommunikation", "Mehrsprachige Informationen sollten vorbereitet in der Schublade liegen."}}};
        WorkshopPhase[] order = {WorkshopPhase.REVIEW, WorkshopPhase.INVENTORY, WorkshopPhase.EXCHANGE,
                WorkshopPhase.OUTLOOK, WorkshopPhase.BRAINSTORMING};
        int voice = 0;
        for (int phase = 0; phase < phases.length; phase++) {
            if (phase > 0) {
                workshops.changePhase(facilitator, workshop.id(), order[phase]);
            }
            for (String[] row : phases[phase]) {
                CurrentUser author = voices.get(voice++ % voices.size());
                posted.add(board.post(member(workshop, author, false),
                        new NewObservation(row[2], ObservationKind.valueOf(row[0]), row[1])));
            }
        }
        WorkshopMember lead = member(workshop, facilitator, true);
        ClusterView staff = board.createCluster(lead, "Personal gewinnen, schulen und schützen");
        ClusterView structure = board.createCluster(lead, "Verantwortung in der Fläche");
        for (ObservationView observation : posted) {
            if ("Personal".equals(observation.theme())) {
                board.cluster(lead, observation.id(), staff.id());
            }
            else if ("Krisenmanagement".equals(observation.theme())) {
                board.cluster(lead, observation.id(), structure.id());
            }
        }
        workshops.changePhase(facilitator, workshop.id(), WorkshopPhase.CLOSED);
        return new Debriefing(workshop, posted);
    }

    private List<ProposalView> innovation(CurrentUser facilitator, List<CurrentUser> voices,
            List<ObservationView> debriefing) {
        Instant start = clock.instant().truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(21)).plus(Duration.ofHours(9));
        WorkshopView workshop = workshops.create(facilitator, new NewWorkshop(INNOVATION, start,
                start.plus(Duration.ofHours(4)), "Videokonferenz", List.of("Nachbarstadt")));
        workshops.changePhase(facilitator, workshop.id(), WorkshopPhase.BRAINSTORMING);
        WorkshopMember lead = member(workshop, facilitator, true);
        ObservationView idea = board.post(lead, new NewObservation(
                "Brandschutzbeauftragte gibt es in jedem Amt – warum nicht auch Krisenbeauftragte?",
                ObservationKind.CHALLENGE, "Krisenmanagement"));
        Object[][] rows = {
                {"Krisenbeauftragte in jedem Amt", "Jedes Amt benennt eine Krisenbeauftragte oder einen Krisenbeauftragten mit Vertretung, nach dem Vorbild der Brandschutzbeauftragten: Sie kennen die Lagen, geben Meldungen weiter und bereiten Übungen vor.",
                        Invasiveness.MINIMAL, Transferability.TRANSFERABLE, new int[][] {{4, 1}, {5, 2}, {4, 2}, {5, 1}, {4, 1}}},
                {"Interner Personalpool für Krisen", "Beschäftigte melden sich freiwillig für einen Pool, werden vorab geschult (Kontaktnachverfolgung, Bürgertelefon, Lagedienst) und können in einer Lage binnen Tagen eingesetzt werden.",
                        Invasiveness.MODERATE, Transferability.TRANSFERABLE, new int[][] {{5, 3}, {4, 3}, {5, 4}, {4, 3}, {5, 3}}},
                {"Vertrauensnetzwerke in der Zivilgesellschaft", "Die Stadt pflegt dauerhaft Kontakte zu Wohlfahrtsverbänden, Migrantenorganisationen, Suchthilfe und Nachbarschaftsinitiativen, damit sie in der Krise vulnerable Gruppen erreicht.",
                        Invasiveness.LONG_TERM, Transferability.TRANSFERABLE, new int[][] {{5, 4}, {4, 5}, {5, 4}, {3, 4}}},
                {"Impfzentrum in städtischer Regie", "Ein eigenes Impfzentrum mit städtischem Personal, vorbereitet für eine nächste Impfkampagne.",
                        Invasiveness.STRUCTURAL, Transferability.CRISIS_SPECIFIC, new int[][] {{3, 5}, {2, 4}, {3, 5}}}};
        List<ProposalView> made = new ArrayList<>();
        for (Object[] row : rows) {
            List<UUID> cited = row[0].equals("Krisenbeauftragte in jedem Amt") ? List.of(idea.id()) : List.of();
            ProposalView proposal = proposals.create(facilitator, workshop.id(), new NewProposal((String) row[0],
                    (String) row[1], (Invasiveness) row[2], (Transferability) row[3], cited));
            int[][] ratings = (int[][]) row[4];
            for (int i = 0; i < ratings.length; i++) {
                CurrentUser rater = voices.get(i % voices.size());
                proposal = proposals.rate(member(workshop, rater, false), proposal.id(), ratings[i][0], ratings[i][1]);
            }
            made.add(proposal);
        }
        workshops.changePhase(facilitator, workshop.id(), WorkshopPhase.CLOSED);
        return made;
    }

    private List<LessonView> lessons(CurrentUser facilitator, Debriefing debriefing) {
        List<ObservationView> observations = debriefing.observations();
        ZoneId zone = ZoneId.of("Europe/Berlin");
        LocalDate today = LocalDate.now(clock.withZone(zone));
        // Learned: the alarm list's upkeep (its action done, the evidence written).
        LessonView alarm = lessons.create(facilitator, new NewLesson("Ansprechpersonen in den Ämtern sind nicht verbindlich benannt",
                List.of(find(observations, "feste Ansprechperson").id(), find(observations, "wer entscheidet").id()),
                "Krisenaufgaben hingen an Einzelnen; wer ausfiel, riss Lücken in die Meldewege."));
        CurrentUser lead = people.actingAs(facilitator.tenantId(), "stabsleitung").orElse(facilitator);
        LessonActionView officers = lessons.addAction(facilitator, alarm.id(), new NewLessonAction(
                "Krisenbeauftragte und Vertretungen in allen zwölf Ämtern benennen und in die Alarmierungsliste aufnehmen",
                lead.personId(), null, today.minusDays(10)));
        lessons.updateAction(lead, officers.id(), new LessonActionChange(ActionStatus.DONE,
                "Alle zwölf Ämter haben benannt; die Liste ist im Lagezentrum gepflegt."));
        LessonView learned = lessons.validate(facilitator, alarm.id(),
                "Die Alarmierungsübung vom letzten Monat hat alle zwölf Krisenbeauftragten binnen 30 Minuten erreicht.");
        // Identified: the reserve pool, its training overdue for the staff lead.
        LessonView pool = lessons.create(facilitator, new NewLesson("Personal für die Lage fehlt in den ersten Wochen",
                List.of(find(observations, "Kontaktnachverfolgung").id(), find(observations, "Personalpool").id()),
                "Es gab weder eine Übersicht über Qualifikationen noch vorab geschulte Freiwillige."));
        lessons.addAction(facilitator, pool.id(), new NewLessonAction(
                "Internen Personalpool ausschreiben und die erste Schulung durchführen", lead.personId(), null,
                today.minusDays(3)));
        return List.of(learned, lessons.lesson(facilitator, pool.id()));
    }

    private void publish(CurrentUser facilitator, CurrentUser second, List<ProposalView> rated, List<LessonView> learned) {
        RecommendationView officers = recommendations.create(facilitator, new NewRecommendation(
                "Krisenbeauftragte in jedem Amt benennen",
                "Jedes Amt benennt eine **Krisenbeauftragte** oder einen **Krisenbeauftragten** und eine Vertretung.\n\n"
                        + "- Sie kennen die Meldewege des Krisenstabs.\n- Sie geben Lagen ins Amt weiter.\n"
                        + "- Sie nehmen einmal im Jahr an einer Übung teil.",
                List.of(rated.get(0).id()), List.of(learned.get(0).id())));
        RecommendationView pool = recommendations.create(facilitator, new NewRecommendation(
                "Einen internen Personalpool aufbauen",
                "Freiwillige aus allen Ämtern werden **vorab geschult** und können in einer Lage binnen Tagen eingesetzt werden. "
                        + "Die Personalabteilung führt eine Übersicht über Qualifikationen.",
                List.of(rated.get(1).id()), List.of(learned.get(1).id())));
        RecommendationView networks = recommendations.create(facilitator, new NewRecommendation(
                "Vertrauensnetzwerke vor der Krise pflegen",
                "Die Stadt trifft sich regelmäßig mit Wohlfahrtsverbänden, Migrantenorganisationen und Suchthilfe – "
                        + "nicht erst, wenn sie sie braucht.",
                List.of(rated.get(2).id()), List.of()));
        factor(facilitator, second, new NewResilienceFactor("Verantwortung in der Fläche",
                "Krisenbeauftragte in allen Ämtern tragen die Arbeit des Krisenstabs in die ganze Verwaltung.",
                "Ein Krisenstab ist nur so gut wie seine Verbindungen in die Ämter. Wo Krisenaufgaben an Einzelnen hängen, "
                        + "reißen Ausfälle Lücken in die Meldewege. Feste, geschulte Ansprechpersonen in jedem Amt – "
                        + "wie die Brandschutzbeauftragten – machen die Verwaltung in jeder Lage erreichbar.",
                "Krisenmanagement", "MINIMAL", "TRANSFERABLE", List.of(officers.id()),
                List.of(new FactorExample("Musterstadt", "Zwölf Krisenbeauftragte, in der Alarmierungsübung binnen 30 Minuten erreicht."))));
        factor(facilitator, second, new NewResilienceFactor("Personalreserve für die Lage",
                "Ein vorab geschulter interner Personalpool verkürzt die Zeit, bis eine Verwaltung in der Lage handlungsfähig ist.",
                "In den ersten Wochen einer Krise fehlt Personal für neue Aufgaben: Bürgertelefon, Kontaktnachverfolgung, "
                        + "Lagedienst. Wer vorab Freiwillige gewinnt und schult, gewinnt Tage.",
                "Personal", "MODERATE", "TRANSFERABLE", List.of(pool.id()),
                List.of(new FactorExample("Nachbarstadt", "Ein Pool von 80 Beschäftigten, zweimal im Jahr geschult."))));
        factor(facilitator, second, new NewResilienceFactor("Vertrauen in der Zivilgesellschaft",
                "Langfristige Vertrauensnetzwerke erreichen in der Krise die Menschen, die die Verwaltung allein nicht erreicht.",
                "Vulnerable Gruppen erreicht eine Stadt in der Krise über Menschen, denen sie vertrauen. Diese Netzwerke "
                        + "entstehen nicht in der Krise, sondern davor.",
                "vulnerable Gruppen", "LONG_TERM", "TRANSFERABLE", List.of(networks.id()),
                List.of(new FactorExample("Musterstadt", "Ein Runder Tisch mit Suchthilfe und Wohlfahrtsverbänden, der seit der Pandemie weiter tagt."))));
    }

    private void factor(CurrentUser author, CurrentUser publisher, NewResilienceFactor factor) {
        ResilienceFactorView draft = factors.create(author, factor);
        factors.submit(author, draft.id());
        factors.publish(publisher, draft.id());
    }

    private static WorkshopMember member(WorkshopView workshop, CurrentUser user, boolean facilitator) {
        return new WorkshopMember(user.tenantId(), workshop.id(), user.personId(), user.displayName(), false, facilitator);
    }

    private static ObservationView find(List<ObservationView> observations, String fragment) {
        return observations.stream().filter(o -> o.text().contains(fragment)).findFirst().orElseThrow();
    }
}
