package de.lagezentrum.briefing.media;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import de.lagezentrum.briefing.BriefingPerson;
import de.lagezentrum.briefing.RecordingView;
import de.lagezentrum.briefing.SoundbiteView;
import de.lagezentrum.organisation.PeopleManagement;
import de.lagezentrum.organisation.PersonView;

/** Media as views: speakers' names from the organisation module, transcripts from typed text or captions. */
@Component
public class MediaViews {

    private final MediaStore store;
    private final MediaContents contents;
    private final PeopleManagement people;

    MediaViews(MediaStore store, MediaContents contents, PeopleManagement people) {
        this.store = store;
        this.contents = contents;
        this.people = people;
    }

    /** A briefing's recordings and O-Töne. */
    public record Media(List<RecordingView> recordings, List<SoundbiteView> soundbites) {
    }

    /** Every medium of a briefing as views. */
    public Media ofBriefing(UUID tenantId, UUID briefingId) {
        List<StoredMedium> all = store.ofBriefing(tenantId, briefingId);
        Map<UUID, PersonView> speakers = people.peopleOfTenant(tenantId,
                all.stream().map(StoredMedium::speakerId).filter(Objects::nonNull).distinct().toList());
        Map<UUID, StoredMedium> recordings = new HashMap<>();
        all.stream().filter(StoredMedium::isRecording).forEach(recording -> recordings.put(recording.id(), recording));
        Map<UUID, String> captions = new HashMap<>();
        return new Media(
                all.stream().filter(StoredMedium::isRecording).map(medium -> recording(medium, speakers)).toList(),
                all.stream().filter(medium -> !medium.isRecording())
                        .map(medium -> soundbite(medium, recordings.get(medium.recordingId()), speakers, captions))
                        .toList());
    }

    /** One medium as a recording's view. */
    public RecordingView recording(StoredMedium medium) {
        return recording(medium, speakersOf(medium));
    }

    /** One medium as an O-Ton's view. */
    public SoundbiteView soundbite(StoredMedium medium) {
        StoredMedium recording = medium.recordingId() == null ? null
                : store.find(medium.tenantId(), medium.recordingId()).orElse(null);
        return soundbite(medium, recording, speakersOf(medium), new HashMap<>());
    }

    private RecordingView recording(StoredMedium medium, Map<UUID, PersonView> speakers) {
        Long duration = medium.durationMillis();
        return new RecordingView(medium.id(), medium.briefingId(), medium.title(), medium.speakerId(),
                person(speakers, medium.speakerId()), Objects.requireNonNull(medium.contentType()),
                Objects.requireNonNull(medium.bytes()), Objects.requireNonNull(medium.sha256()),
                Objects.requireNonNull(medium.recordingStartedAt()), duration == null ? null : duration / 1000.0,
                medium.captionsFileId() != null, medium.createdAt());
    }

    private SoundbiteView soundbite(StoredMedium medium, @Nullable StoredMedium recording,
            Map<UUID, PersonView> speakers, Map<UUID, String> captions) {
        String transcript = medium.transcript();
        if (transcript == null && recording != null && recording.captionsFileId() != null) {
            String vtt = captions.computeIfAbsent(recording.id(), id -> {
                String text = contents.captionsText(recording);
                return text == null ? "" : text;
            });
            String derived = WebVttCues.transcript(vtt, medium.startMillis(), medium.endMillis());
            transcript = derived.isEmpty() ? null : derived;
        }
        return new SoundbiteView(medium.id(), medium.briefingId(), medium.recordingId(), medium.title(),
                medium.speakerId(), person(speakers, medium.speakerId()), seconds(medium.startMillis()),
                seconds(medium.endMillis()), transcript, Objects.requireNonNullElse(medium.contentType(),
                "application/octet-stream"), medium.bytes(), medium.sha256(), contents.delivery(medium, recording), medium.createdAt());
    }

    private Map<UUID, PersonView> speakersOf(StoredMedium medium) {
        return medium.speakerId() == null ? Map.of() : people.peopleOfTenant(medium.tenantId(), List.of(medium.speakerId()));
    }

    private static @Nullable Double seconds(@Nullable Long millis) {
        return millis == null ? null : millis / 1000.0;
    }

    private static @Nullable BriefingPerson person(Map<UUID, PersonView> found, @Nullable UUID id) {
        PersonView person = id == null ? null : found.get(id);
        return person == null ? null : new BriefingPerson(person.id(), person.displayName(), person.jobTitle());
    }
}
