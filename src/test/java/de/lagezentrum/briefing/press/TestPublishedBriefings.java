package de.lagezentrum.briefing.press;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import de.lagezentrum.briefing.BriefingManagement;
import de.lagezentrum.briefing.BriefingMedia;
import de.lagezentrum.briefing.BriefingPressKit;
import de.lagezentrum.briefing.BriefingPublications;
import de.lagezentrum.briefing.BriefingQuestions;
import de.lagezentrum.briefing.BriefingView;
import de.lagezentrum.briefing.NewBriefing;
import de.lagezentrum.briefing.NewMedium;
import de.lagezentrum.briefing.NewSoundbite;
import de.lagezentrum.briefing.PressKitItem;
import de.lagezentrum.briefing.QuestionView;
import de.lagezentrum.briefing.RecordingView;
import de.lagezentrum.briefing.SoundbiteView;
import de.lagezentrum.briefing.accreditation.TestAccreditations;
import de.lagezentrum.briefing.media.TestRecordings;
import de.lagezentrum.organisation.PeopleManagement;
import de.lagezentrum.platform.TenantDirectory;
import de.lagezentrum.platform.security.CurrentUser;

/**
 * A held briefing of the installation's first municipality (the one the public press area shows) with
 * everything its public page holds: a six-second WAV recording with captions, an O-Ton cut from it, a
 * question answered in the room at second 3 and a PDF in the press kit; published or not, as a test asks.
 * Every text carries {@link #SCRIPT}.
 */
@Component
public class TestPublishedBriefings {

    public static final String SCRIPT = "<script>alert('x')</script>";

    /** The test's captions with a cue whose text is markup (escaped in WebVTT, so it is text). */
    public static final String CAPTIONS = TestRecordings.CAPTIONS
            + "\n4\n00:05.000 --> 00:06.000\nZitat &lt;script&gt;alert(1)&lt;/script&gt;\n";

    private final BriefingManagement briefings;
    private final BriefingMedia media;
    private final BriefingQuestions questions;
    private final BriefingPressKit pressKit;
    private final BriefingPublications publications;
    private final PeopleManagement people;
    private final TenantDirectory tenants;
    private final Clock clock;

    TestPublishedBriefings(BriefingManagement briefings, BriefingMedia media, BriefingQuestions questions,
            BriefingPressKit pressKit, BriefingPublications publications, PeopleManagement people,
            TenantDirectory tenants, Clock clock) {
        this.briefings = briefings;
        this.media = media;
        this.questions = questions;
        this.pressKit = pressKit;
        this.publications = publications;
        this.people = people;
        this.tenants = tenants;
        this.clock = clock;
    }

    /** The first municipality's press office (demo data). */
    public CurrentUser press() {
        return people.actingAs(tenants.defaultTenantId(), "presse").orElseThrow();
    }

    /** A briefing held two days ago with its material, published with a summary. */
    public Held published(String title) {
        Held held = held(title);
        publications.publish(press(), held.briefing().id(), "Die Turnhalle ist offen.");
        return held;
    }

    /** A briefing held two days ago with its material, not published. */
    public Held held(String title) {
        CurrentUser press = press();
        Instant start = clock.instant().minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.MINUTES);
        BriefingView briefing = briefings.plan(press, new NewBriefing(title + " " + UUID.randomUUID(), "Lage", start,
                start.plus(Duration.ofHours(1)), press.personId(), List.of(), null, "https://meet.example/geheim", null));
        RecordingView recording = media.uploadRecording(press, briefing.id(), new NewMedium("Mitschnitt", null, null),
                new ByteArrayInputStream(TestRecordings.wav(6)), "mitschnitt.wav");
        RecordingView captioned = media.attachCaptions(press, recording.id(), new ByteArrayInputStream(CAPTIONS.getBytes(StandardCharsets.UTF_8)),
                "untertitel.vtt");
        SoundbiteView soundbite = media.defineSoundbite(press, recording.id(),
                new NewSoundbite("Zur Belegung " + SCRIPT, press.personId(), 2, 4, "Wörtlich " + SCRIPT));
        QuestionView question = questions.recordAnswered(press, briefing.id(), "Radio Musterstadt",
                "Wie voll sind die Hallen? " + SCRIPT, start.plusSeconds(3), "Zu 80 Prozent. " + SCRIPT, press.personId());
        PressKitItem document = pressKit.attach(press, briefing.id(), "Lagebild " + SCRIPT,
                new ByteArrayInputStream(TestAccreditations.PDF), "lagebild.pdf");
        return new Held(briefing, captioned, soundbite,
                question, document);
    }

    /** A held briefing and its material. */
    public record Held(BriefingView briefing, RecordingView recording, SoundbiteView soundbite, QuestionView question,
            PressKitItem document) {

        public String page() {
            return "/presse/briefings/" + briefing.id();
        }

        public String recordingUrl() {
            return page() + "/mitschnitt/" + recording.id();
        }

        public String soundbiteUrl() {
            return page() + "/o-toene/" + soundbite.id();
        }

        public String documentUrl() {
            return page() + "/pressemappe/" + document.id();
        }
    }
}
