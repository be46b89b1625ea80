package de.lagezentrum.live.ideas.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import de.lagezentrum.live.IdeaView;
import de.lagezentrum.live.ideas.IdeaCsv;

/** The downloads of an event's ideas, the same from the API and from the console. */
final class IdeaExports {

    private IdeaExports() {
    }

    /** The JSON file: the event and its ideas, in the shape of the API's list. */
    record Export(UUID eventId, List<IdeaView> items) {
    }

    static ResponseEntity<String> csv(UUID eventId, List<IdeaView> ideas) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment("ideen-" + eventId + ".csv"))
                .body(IdeaCsv.of(ideas));
    }

    static ResponseEntity<Export> json(UUID eventId, List<IdeaView> ideas) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment("ideen-" + eventId + ".json"))
                .body(new Export(eventId, ideas));
    }

    private static String attachment(String name) {
        return ContentDisposition.attachment().filename(name).build().toString();
    }
}
