package de.lagezentrum.briefing.demo;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import de.lagezentrum.briefing.BriefingManagement;
import de.lagezentrum.briefing.BriefingMedia;
import de.lagezentrum.briefing.BriefingPublications;
import de.lagezentrum.briefing.BriefingQuestions;
import de.lagezentrum.briefing.BriefingView;
import de.lagezentrum.briefing.NewMedium;
import de.lagezentrum.briefing.NewPressRelease;
import de.lagezentrum.briefing.NewSoundbite;
import de.lagezentrum.briefing.PressReleases;
import de.lagezentrum.briefing.RecordingView;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.DateFormats;
import de.lagezentrum.platform.web.PageRequest;

/**
 * Last Thursday's "Pressebriefing zur Lage", held and published: its recording with captions, two O-Töne
 * (the mayor on the situation, the social affairs head on the housing), three questions asked in the room
 * and answered at their time codes, the summary, and a press release that points to it. Written through
 * the facades, as the press office would after the briefing; loaded once (the press release is the mark).
 */
@Component
public class HeldBriefingDemo {

    /** The demo's press release; when it exists, the held briefing has been loaded. */
    public static final String RELEASE_TITLE = "Alle Geflüchteten in Musterstadt untergebracht";

    static final String SUMMARY = """
            Oberbürgermeisterin Dr. Julia Berger, Sozialdezernentin Beate Sommer, Ali Karimi (Ausländerbehörde) \
            und Amtsärztin Petra Lang berichteten zur Lage.

            - **Unterbringung:** Seit Montag sind 120 Geflüchtete neu angekommen. Alle sind untergebracht; die \
            Turnhalle Nord und die beiden Gemeinschaftsunterkünfte sind zu 85 Prozent belegt, rund 60 Plätze \
            sind frei.
            - **Registrierung:** im Bürgeramt Mitte, montags bis samstags von 8 bis 18 Uhr; niemand wartet \
            länger als einen Tag.
            - **Versorgung:** tägliche Sprechstunde des Gesundheitsamts in der Turnhalle Nord, Impfangebote ab \
            Montag.

            Das nächste Briefing ist am Donnerstag um 11 Uhr.""";

    private final BriefingManagement briefings;
    private final BriefingMedia media;
    private final BriefingQuestions questions;
    private final BriefingPublications publications;
    private final PressReleases releases;
    private final DateFormats dates;
    private final Clock clock;

    HeldBriefingDemo(BriefingManagement briefings, BriefingMedia media, BriefingQuestions questions,
            BriefingPublications publications, PressReleases releases, DateFormats dates, Clock clock) {
        this.briefings = briefings;
        this.media = media;
        this.questions = questions;
        this.publications = publications;
        this.releases = releases;
        this.dates = dates;
        this.clock = clock;
    }

    /**
     * Loads the held briefing into the weekly series, unless it is loaded already or the series held none
     * last Thursday (then quietly nothing).
     */
    public void load(CurrentUser press, UUID seriesId, Speakers speakers) {
        if (releases.releases(press).stream().anyMatch(release -> release.title().equals(RELEASE_TITLE))) {
            return;
        }
        BriefingView held = lastThursday(press, seriesId);
        if (held == null || publications.publication(press, held.id()).isPresent()) {
            return;
        }
        RecordingView recording = media.uploadRecording(press, held.id(),
                new NewMedium("Mitschnitt: " + held.title(), null, held.start()),
                new ByteArrayInputStream(DemoRecording.wav()), "pressebriefing.wav");
        media.attachCaptions(press, recording.id(),
                new ByteArrayInputStream(DemoRecording.captions().getBytes(StandardCharsets.UTF_8)),
                "pressebriefing.vtt");
        media.defineSoundbite(press, recording.id(), new NewSoundbite("Oberbürgermeisterin zur Lage",
                speakers.mayor(), 0, 8, DemoRecording.transcript(0, 8)));
        media.defineSoundbite(press, recording.id(), new NewSoundbite("Sozialdezernentin zur Unterbringung",
                speakers.social(), 8, 12, DemoRecording.transcript(8, 12)));
        answered(press, held, "Radio Musterstadt", "Wie viele Plätze sind in den Unterkünften noch frei?", 8,
                speakers.social());
        answered(press, held, "Tobias Klein, Musterstädter Anzeiger",
                "Wie lange müssen Geflüchtete auf ihre Registrierung warten?", 12, null);
        answered(press, held, "Stadtkanal Musterstadt", "Wie werden die Menschen in den Unterkünften medizinisch versorgt?",
                16, null);
        publications.publish(press, held.id(), SUMMARY);
        releases.publish(press, releases.draft(press, new NewPressRelease(RELEASE_TITLE, """
                Musterstadt hat alle 120 Geflüchteten, die seit Montag angekommen sind, untergebracht. Das sagte \
                Oberbürgermeisterin Dr. Julia Berger im wöchentlichen Pressebriefing zur Lage.

                Registriert wird im Bürgeramt Mitte, montags bis samstags von 8 bis 18 Uhr. Das Gesundheitsamt \
                hält täglich eine Sprechstunde in der Turnhalle Nord.

                [Zum Briefing mit Mitschnitt und O-Tönen](/presse/briefings/%s)""".formatted(held.id()), held.id(), 0))
                .id());
    }

    /** A question asked in the room; its answer is what the recording says from that second on. */
    private void answered(CurrentUser press, BriefingView held, String askedBy, String question, int second,
            @Nullable UUID answeredBy) {
        questions.recordAnswered(press, held.id(), askedBy, question, held.start().plusSeconds(second),
                DemoRecording.transcript(second, second + 4), answeredBy);
    }

    /** The series' briefing of the last Thursday before today, if it took place and is over. */
    private @Nullable BriefingView lastThursday(CurrentUser press, UUID seriesId) {
        LocalDate day = dates.today(press.tenantId(), clock).minusDays(1)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.THURSDAY));
        return briefings.briefings(press, day, day, new PageRequest(0, 50)).items().stream()
                .filter(briefing -> seriesId.equals(briefing.seriesId()))
                .filter(briefing -> !briefing.cancelled() && briefing.end().isBefore(clock.instant()))
                .findFirst().orElse(null);
    }

    /** The people who speak in the recording. */
    public record Speakers(UUID mayor, UUID social) {
    }
}
