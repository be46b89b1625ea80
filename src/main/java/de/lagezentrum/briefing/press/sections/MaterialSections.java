package de.lagezentrum.briefing.press.sections;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import de.lagezentrum.briefing.BriefingPerson;
import de.lagezentrum.briefing.CaptionCue;
import de.lagezentrum.briefing.PressKitItem;
import de.lagezentrum.briefing.PublishedBriefing;
import de.lagezentrum.briefing.QuestionView;
import de.lagezentrum.briefing.RecordingView;
import de.lagezentrum.briefing.SoundbiteView;
import de.lagezentrum.briefing.press.PublicBriefingSection;
import de.lagezentrum.briefing.press.PublicMaterial;

/**
 * The sections of a published briefing's page, in this order: the recording (players with captions, a
 * download, the transcript as text), the answered questions with a link to the moment their answer began in
 * the recording, the O-Töne, the press kit. Each shows only what it has; the fragments are in
 * {@code templates/briefing/press/sections.html}.
 */
@Configuration(proxyBeanMethods = false)
class MaterialSections {

    static final String TEMPLATE = "briefing/press/sections :: ";

    @Bean
    PublicBriefingSection recordingSection(PublicMaterial material) {
        return new Section(10, "recordings", briefing -> {
            UUID id = briefing.briefing().id();
            List<Recording> recordings = material.recordingsOf(id).stream().map(recording -> new Recording(recording,
                    PublicMaterial.recording(id, recording.id()),
                    recording.hasCaptions() ? PublicMaterial.captions(id, recording.id()) : null,
                    material.transcriptOf(id, recording.id()).stream().map(Cue::of).toList())).toList();
            return recordings.isEmpty() ? Optional.empty() : Optional.of(Map.of("recordings", recordings));
        });
    }

    @Bean
    PublicBriefingSection answersSection(PublicMaterial material) {
        return new Section(20, "answers", briefing -> {
            UUID id = briefing.briefing().id();
            List<QuestionView> answered = material.answersOf(id);
            if (answered.isEmpty()) {
                return Optional.empty();
            }
            List<RecordingView> recordings = material.recordingsOf(id);
            List<Answer> answers = new ArrayList<>();
            for (QuestionView question : answered) {
                answers.add(Answer.of(question, recordings, answerer(briefing, question.assigneeId())));
            }
            return Optional.of(Map.of("answers", answers));
        });
    }

    @Bean
    PublicBriefingSection soundbitesSection(PublicMaterial material) {
        return new Section(30, "soundbites", briefing -> {
            UUID id = briefing.briefing().id();
            List<UUID> captioned = material.recordingsOf(id).stream().filter(RecordingView::hasCaptions)
                    .map(RecordingView::id).toList();
            List<Soundbite> soundbites = material.soundbitesOf(id).stream()
                    .map(soundbite -> Soundbite.of(soundbite, captioned)).toList();
            return soundbites.isEmpty() ? Optional.empty() : Optional.of(Map.of("soundbites", soundbites));
        });
    }

    @Bean
    PublicBriefingSection pressKitSection(PublicMaterial material) {
        return new Section(40, "pressKit", briefing -> {
            UUID id = briefing.briefing().id();
            List<Document> documents = material.pressKitOf(id).stream()
                    .map(item -> new Document(item, PublicMaterial.document(id, item.id()))).toList();
            return documents.isEmpty() ? Optional.empty() : Optional.of(Map.of("documents", documents));
        });
    }

    /** The chair or panel member a question was assigned to, who answered it; null when none is named. */
    static @Nullable BriefingPerson answerer(PublishedBriefing briefing, @Nullable UUID personId) {
        if (personId == null) {
            return null;
        }
        BriefingPerson chair = briefing.briefing().chair();
        if (chair != null && chair.id().equals(personId)) {
            return chair;
        }
        return briefing.briefing().panelMembers().stream().filter(member -> member.id().equals(personId)).findFirst()
                .orElse(null);
    }

    /** Seconds as {@code mm:ss}, with hours when there are any. */
    static String timeCode(double seconds) {
        long whole = (long) Math.floor(seconds);
        return whole >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", whole / 3600, whole / 60 % 60, whole % 60)
                : String.format(Locale.ROOT, "%02d:%02d", whole / 60, whole % 60);
    }

    /** A section as the page asks for it. */
    record Section(int order, String selector, Function<PublishedBriefing, Optional<Map<String, Object>>> content)
            implements PublicBriefingSection {

        @Override
        public String fragment() {
            return TEMPLATE + selector;
        }

        @Override
        public Optional<Map<String, Object>> model(PublishedBriefing briefing) {
            return content.apply(briefing);
        }
    }

    /**
     * A recording on the page.
     *
     * @param captions the captions' address; null without captions
     */
    record Recording(RecordingView view, String source, @Nullable String captions, List<Cue> transcript) {

        public String player() {
            return "player-" + view.id();
        }

        public @Nullable String duration() {
            return view.durationSeconds() == null ? null : timeCode(view.durationSeconds());
        }
    }

    /** A cue of a recording's transcript. */
    record Cue(String at, double seconds, String text) {

        static Cue of(CaptionCue cue) {
            return new Cue(timeCode(cue.startSeconds()), cue.startSeconds(), cue.text());
        }
    }

    /**
     * An answered question.
     *
     * @param timeCode where its answer began in the recording, {@code mm:ss}; null when no recording holds it
     * @param link the recording from there ({@code #t=} Media Fragment); null as {@code timeCode}
     * @param player the id of the container of the page's player of that recording
     * @param answeredBy the chair or panel member who answered; null when none is named
     */
    record Answer(QuestionView question, @Nullable Long seconds, @Nullable String timeCode, @Nullable String link,
            @Nullable String player, @Nullable BriefingPerson answeredBy) {

        static Answer of(QuestionView question, List<RecordingView> recordings, @Nullable BriefingPerson answeredBy) {
            if (question.answeringStartedAt() != null) {
                for (RecordingView recording : recordings) {
                    long seconds = recording.timeCode(question.answeringStartedAt());
                    if (seconds >= 0 && (recording.durationSeconds() == null || seconds <= recording.durationSeconds())) {
                        return new Answer(question, seconds, MaterialSections.timeCode(seconds),
                                PublicMaterial.recording(recording.briefingId(), recording.id()) + "#t=" + seconds,
                                "player-" + recording.id(), answeredBy);
                    }
                }
            }
            return new Answer(question, null, null, null, null, answeredBy);
        }
    }

    /**
     * An O-Ton on the page.
     *
     * @param source what its player plays: its own file, or the recording with {@code #t=start,end}
     * @param download its own file to save, or the whole recording when it is played as a range of it
     * @param address its own public address
     * @param captions the recording's captions for a range played from the recording; else null
     */
    record Soundbite(SoundbiteView view, String source, String download, String address, @Nullable String captions,
            @Nullable String duration) {

        static Soundbite of(SoundbiteView view, List<UUID> captionedRecordings) {
            String address = PublicMaterial.soundbite(view.briefingId(), view.id());
            String duration = view.startSeconds() == null || view.endSeconds() == null ? null
                    : timeCode(Math.round(view.endSeconds() - view.startSeconds()));
            if (view.delivery() == SoundbiteView.Delivery.FRAGMENT && view.recordingId() != null) {
                String recording = PublicMaterial.recording(view.briefingId(), view.recordingId());
                return new Soundbite(view, recording + view.mediaFragment(), recording + "?download=true", address,
                        captionedRecordings.contains(view.recordingId())
                                ? PublicMaterial.captions(view.briefingId(), view.recordingId()) : null, duration);
            }
            return new Soundbite(view, address, address + "?download=true", address, null, duration);
        }

        public boolean fragment() {
            return view.delivery() == SoundbiteView.Delivery.FRAGMENT;
        }
    }

    /** A document of the press kit. */
    record Document(PressKitItem item, String href) {

        public boolean pdf() {
            return item.contentType().equals("application/pdf");
        }

        public long kilobytes() {
            return (item.bytes() + 1023) / 1024;
        }
    }
}
