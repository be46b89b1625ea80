package de.lagezentrum.briefing.press;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import de.lagezentrum.briefing.BriefingMedia;
import de.lagezentrum.briefing.BriefingPressKit;
import de.lagezentrum.briefing.BriefingPublications;
import de.lagezentrum.briefing.BriefingQuestions;
import de.lagezentrum.briefing.CaptionCue;
import de.lagezentrum.briefing.PressKitItem;
import de.lagezentrum.briefing.QuestionView;
import de.lagezentrum.briefing.RecordingView;
import de.lagezentrum.briefing.SoundbiteView;
import de.lagezentrum.platform.TenantDirectory;
import de.lagezentrum.platform.database.TenantScope;
import de.lagezentrum.platform.files.FileContent;
import de.lagezentrum.platform.web.NotFoundException;

/**
 * What a published briefing shows the public beyond its summary: its recordings with their transcripts, the
 * answered questions at their moments in the recording, the O-Töne and the press kit, for the municipality
 * that answers anonymous visitors; and their files under public addresses. Every file answers 404 unless its
 * briefing is published now and it belongs to that briefing, also under a guessed address.
 */
@Component
public class PublicMaterial {

    private final BriefingPublications publications;
    private final BriefingMedia media;
    private final BriefingQuestions questions;
    private final BriefingPressKit pressKit;
    private final TenantDirectory tenants;
    private final PublicReads reads;

    PublicMaterial(BriefingPublications publications, BriefingMedia media, BriefingQuestions questions,
            BriefingPressKit pressKit, TenantDirectory tenants, PublicReads reads) {
        this.publications = publications;
        this.media = media;
        this.questions = questions;
        this.pressKit = pressKit;
        this.tenants = tenants;
        this.reads = reads;
    }

    /** The briefing's public address. */
    public static String page(UUID briefingId) {
        return "/presse/briefings/" + briefingId;
    }

    /** A recording's public address (add {@code ?download=true} to save it). */
    public static String recording(UUID briefingId, UUID recordingId) {
        return page(briefingId) + "/mitschnitt/" + recordingId;
    }

    /** A recording's captions' public address. */
    public static String captions(UUID briefingId, UUID recordingId) {
        return recording(briefingId, recordingId) + "/untertitel.vtt";
    }

    /** An O-Ton's own public address. */
    public static String soundbite(UUID briefingId, UUID soundbiteId) {
        return page(briefingId) + "/o-toene/" + soundbiteId;
    }

    /** A press kit document's public address. */
    public static String document(UUID briefingId, UUID itemId) {
        return page(briefingId) + "/pressemappe/" + itemId;
    }

    /** The published briefing's recordings; for a section of its page, which is asked only when it is published. */
    public List<RecordingView> recordingsOf(UUID briefingId) {
        return reads.read(tenantId -> media.recordingsOf(tenantId, briefingId));
    }

    /** The cues of a published briefing's recording's captions. */
    public List<CaptionCue> transcriptOf(UUID briefingId, UUID recordingId) {
        return reads.read(tenantId -> media.captionCuesOf(tenantId, briefingId, recordingId));
    }

    /** The published briefing's O-Töne. */
    public List<SoundbiteView> soundbitesOf(UUID briefingId) {
        return reads.read(tenantId -> media.soundbitesOf(tenantId, briefingId));
    }

    /** The published briefing's answered questions, in the order their answers began. */
    public List<QuestionView> answersOf(UUID briefingId) {
        return reads.read(tenantId -> questions.answeredForPublication(tenantId, briefingId));
    }

    /** The published briefing's press kit. */
    public List<PressKitItem> pressKitOf(UUID briefingId) {
        return reads.read(tenantId -> pressKit.itemsForPublication(tenantId, briefingId));
    }

    /**
     * A recording of a published briefing, with Range support.
     *
     * @throws NotFoundException unless the briefing is published and the id is one of its recordings
     */
    public FileContent recordingFile(UUID briefingId, UUID recordingId) {
        RecordingView recording = published(briefingId, tenantId -> media.recordingsOf(tenantId, briefingId).stream()
                .filter(each -> each.id().equals(recordingId)).findFirst());
        return open(briefingId, recording.id()).named(FileNames.of("mitschnitt", recording.title(),
                recording.contentType()));
    }

    /** The WebVTT captions of a published briefing's recording; 404 as {@link #recordingFile}, or without captions. */
    public FileContent captionsFile(UUID briefingId, UUID recordingId) {
        return published(briefingId, tenantId -> Optional.of(media.captionsForBriefing(tenantId, briefingId, recordingId)))
                .named("untertitel.vtt");
    }

    /** An O-Ton of a published briefing; 404 as {@link #recordingFile}. */
    public SoundbiteView soundbiteOf(UUID briefingId, UUID soundbiteId) {
        return published(briefingId, tenantId -> media.soundbitesOf(tenantId, briefingId).stream()
                .filter(each -> each.id().equals(soundbiteId)).findFirst());
    }

    /** The content of an O-Ton of a published briefing that is a file (uploaded or cut); 404 as {@link #recordingFile}. */
    public FileContent soundbiteFile(SoundbiteView soundbite) {
        FileContent content = open(soundbite.briefingId(), soundbite.id());
        return content.named(FileNames.of("o-ton", soundbite.title(), content.contentType().toString()));
    }

    /** A document of a published briefing's press kit; 404 as {@link #recordingFile}. */
    public FileContent documentFile(UUID briefingId, UUID itemId) {
        return published(briefingId, tenantId -> Optional.of(pressKit.contentForPublication(tenantId, briefingId, itemId)));
    }

    private FileContent open(UUID briefingId, UUID mediumId) {
        UUID tenantId = tenants.defaultTenantId();
        // Outside a transaction: a cut by ffmpeg writes in transactions of its own.
        return TenantScope.call(tenantId, () -> media.openForBriefing(tenantId, briefingId, mediumId));
    }

    private <T> T published(UUID briefingId, Function<UUID, Optional<T>> find) {
        if (!publications.isPublished(briefingId)) {
            throw new NotFoundException("Briefing");
        }
        return reads.read(find).orElseThrow(() -> new NotFoundException("Medium"));
    }

    /** File names to save public files under: the kind, the title in plain letters, the extension. */
    static final class FileNames {

        private static final Map<String, String> EXTENSIONS = Map.of("audio/wav", ".wav", "audio/mpeg", ".mp3",
                "audio/ogg", ".ogg", "audio/flac", ".flac", "audio/webm", ".webm", "video/webm", ".webm",
                "video/mp4", ".mp4", "audio/mp4", ".m4a", "video/ogg", ".ogv");

        private FileNames() {
        }

        static String of(String kind, String title, @Nullable String contentType) {
            String plain = title.toLowerCase(Locale.GERMAN).replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
                    .replace("ß", "ss").replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
            if (plain.length() > 60) {
                plain = plain.substring(0, 60).replaceAll("-+$", "");
            }
            String type = contentType == null ? "" : contentType.split(";")[0].strip();
            return kind + (plain.isEmpty() ? "" : "-" + plain) + EXTENSIONS.getOrDefault(type, "");
        }
    }
}
