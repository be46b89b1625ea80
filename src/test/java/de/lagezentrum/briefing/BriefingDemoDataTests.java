package de.lagezentrum.briefing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import de.lagezentrum.Administrator;
import de.lagezentrum.IntegrationTest;
import de.lagezentrum.briefing.demo.HeldBriefingDemo;
import de.lagezentrum.organisation.DemoCityLoaded;
import de.lagezentrum.organisation.PeopleManagement;
import de.lagezentrum.platform.TenantDirectory;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Musterstadt's briefings: the weekly "Pressebriefing zur Lage" on Thursdays at 11:00, led by the mayor
 * with department heads on the panel, last Thursday's one held and published with recording, captions,
 * O-Töne and answered questions, a press release, and one upcoming special briefing; loaded once.
 */
@IntegrationTest
class BriefingDemoDataTests {

    @Autowired
    BriefingSeriesManagement series;

    @Autowired
    BriefingManagement briefings;

    @Autowired
    BriefingQuestions questions;

    @Autowired
    BriefingMedia media;

    @Autowired
    BriefingPublications publications;

    @Autowired
    PressReleases releases;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    @Administrator
    JdbcClient jdbc;

    @Autowired
    PeopleManagement people;

    @Autowired
    TenantDirectory tenants;

    @Autowired
    Clock clock;

    @Test
    void musterstadtBriefsThePressEveryThursdayAtElevenAndOnceMoreSoon() {
        CurrentUser press = people.actingAs(tenants.defaultTenantId(), "presse").orElseThrow();
        await().atMost(Duration.ofSeconds(30)).until(() -> !weekly(press).isEmpty());

        BriefingSeriesView weekly = weekly(press).get(0);
        assertThat(weekly.weekday()).isEqualTo(DayOfWeek.THURSDAY);
        assertThat(weekly.time()).isEqualTo(LocalTime.of(11, 0));
        assertThat(weekly.chair().displayName()).isEqualTo("Dr. Julia Berger");
        assertThat(weekly.panelMembers()).extracting(BriefingPerson::displayName)
                .contains("Beate Sommer", "Petra Lang", "Ali Karimi");
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Berlin")));
        List<BriefingView> coming = briefings.briefings(press, today, today.plusDays(14), new PageRequest(0, 50)).items();
        assertThat(coming).extracting(BriefingView::title).contains("Pressebriefing zur Lage",
                "Sonderbriefing: Notunterkunft Messehalle");
        // Other tests plan briefings in the first municipality too: the demo's is found by its title.
        assertThat(coming).filteredOn(BriefingDemoDataTests::special).singleElement().satisfies(special -> {
            assertThat(special.seriesId()).isNull();
            assertThat(special.guests()).isNotEmpty();
            assertThat(questions.queue(press, special.id())).hasSize(2).allSatisfy(question -> {
                assertThat(question.status()).isEqualTo(QuestionStatus.PENDING);
                assertThat(question.authorName()).isEqualTo("Tobias Klein");
            });
        });
        // The social affairs head sits on the panel: her dashboard shows the briefings.
        CurrentUser panel = people.actingAs(tenants.defaultTenantId(), "stabsleitung").orElseThrow();
        assertThat(briefings.mine(panel, 28)).isNotEmpty();

        // A redelivered event leaves the briefings as they are: once its listeners are done (the publication
        // registry marks each handled event complete), there is still one series and one special briefing,
        // and the held one has what it had.
        UUID held = demoRelease(press).orElseThrow().briefingId();
        List<String> before = material(press, held);
        transaction.executeWithoutResult(status -> events.publishEvent(new DemoCityLoaded(tenants.defaultTenantId())));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "SELECT count(*) FROM platform.event_publication WHERE completion_date IS NULL").query(Long.class)
                .single() == 0);
        assertThat(weekly(press)).hasSize(1);
        assertThat(briefings.briefings(press, today, today.plusDays(14), new PageRequest(0, 50)).items())
                .filteredOn(BriefingDemoDataTests::special).hasSize(1);
        assertThat(releases.releases(press)).filteredOn(each -> each.title().equals(HeldBriefingDemo.RELEASE_TITLE))
                .hasSize(1);
        assertThat(material(press, held)).isEqualTo(before);
    }

    @Test
    void lastThursdaysBriefingWasRecordedAnsweredAtItsTimeCodesAndPublished() throws IOException {
        CurrentUser press = people.actingAs(tenants.defaultTenantId(), "presse").orElseThrow();
        PressReleaseView release = await().atMost(Duration.ofSeconds(30)).until(() -> demoRelease(press),
                Optional::isPresent).orElseThrow();
        assertThat(release.isPublic()).isTrue();
        assertThat(release.briefingId()).isNotNull();
        assertThat(release.bodyHtml()).contains("href=\"/presse/briefings/" + release.briefingId() + "\"");

        BriefingView held = briefings.briefing(press, release.briefingId());
        assertThat(held.seriesId()).isEqualTo(weekly(press).get(0).id());
        assertThat(held.occurrenceDate().getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY);
        assertThat(held.end()).isBefore(clock.instant());
        assertThat(publications.isPublished(tenants.defaultTenantId(), held.id())).isTrue();
        assertThat(publications.publication(press, held.id()).orElseThrow().summaryHtml())
                .contains("<strong>Unterbringung:</strong>", "<strong>Registrierung:</strong>",
                        "<strong>Versorgung:</strong>");

        RecordingView recording = media.recordings(press, held.id()).get(0);
        assertThat(media.recordings(press, held.id())).hasSize(1);
        assertThat(recording.contentType()).isEqualTo("audio/wav");
        assertThat(recording.recordingStartedAt()).isEqualTo(held.start());
        assertThat(recording.durationSeconds()).isBetween(12.0, 20.0);
        assertThat(recording.hasCaptions()).isTrue();
        assertThat(loudestSample(media.open(press, recording.id()).resource().getInputStream()))
                .as("the recording is not silence").isGreaterThan(5_000);
        try (InputStream captions = media.captions(press, recording.id()).resource().getInputStream()) {
            assertThat(new String(captions.readAllBytes(), StandardCharsets.UTF_8)).startsWith("WEBVTT")
                    .contains("<v Dr. Julia Berger>", "<v Beate Sommer>", "Bürgeramt Mitte");
        }

        assertThat(media.soundbites(press, held.id())).hasSize(2).allSatisfy(soundbite -> {
            assertThat(soundbite.recordingId()).isEqualTo(recording.id());
            assertThat(soundbite.title()).isNotBlank();
            assertThat(soundbite.transcript()).isNotBlank();
            assertThat(soundbite.startSeconds()).isNotNegative();
            assertThat(soundbite.endSeconds()).isGreaterThan(soundbite.startSeconds())
                    .isLessThanOrEqualTo(recording.durationSeconds());
        }).extracting(soundbite -> soundbite.speaker().displayName()).containsExactly("Dr. Julia Berger", "Beate Sommer");

        List<QuestionView> answered = questions.answeredForPublication(tenants.defaultTenantId(), held.id());
        assertThat(answered).hasSize(3).allSatisfy(question -> {
            assertThat(question.status()).isEqualTo(QuestionStatus.ANSWERED);
            assertThat(question.answer()).isNotBlank();
            assertThat(recording.timeCode(question.answeringStartedAt())).isNotNegative()
                    .isLessThan(recording.durationSeconds().longValue());
        });
        assertThat(answered).filteredOn(question -> question.assigneeId() != null).singleElement()
                .satisfies(question -> assertThat(held.panel()).contains(question.assigneeId()));
    }

    /** The largest amplitude among the samples of a 16-bit mono WAV with a canonical 44-byte header. */
    private static int loudestSample(InputStream wav) throws IOException {
        try (wav) {
            ByteBuffer samples = ByteBuffer.wrap(wav.readAllBytes()).order(ByteOrder.LITTLE_ENDIAN).position(44);
            int loudest = 0;
            while (samples.remaining() >= 2) {
                loudest = Math.max(loudest, Math.abs(samples.getShort()));
            }
            return loudest;
        }
    }

    /** What the held briefing has: its recordings, O-Töne and answered questions. */
    private List<String> material(CurrentUser press, UUID held) {
        return Stream.of(media.recordings(press, held).stream().map(RecordingView::id),
                media.soundbites(press, held).stream().map(SoundbiteView::id),
                questions.queue(press, held).stream().map(QuestionView::id))
                .flatMap(ids -> ids.map(UUID::toString)).toList();
    }

    private Optional<PressReleaseView> demoRelease(CurrentUser press) {
        return releases.releases(press).stream().filter(each -> each.title().equals(HeldBriefingDemo.RELEASE_TITLE))
                .findFirst();
    }

    private static boolean special(BriefingView briefing) {
        return briefing.title().equals("Sonderbriefing: Notunterkunft Messehalle");
    }

    private List<BriefingSeriesView> weekly(CurrentUser press) {
        return series.allSeries(press).stream().filter(each -> each.title().equals(BriefingDemoData.SERIES_TITLE))
                .toList();
    }
}
