package de.lagezentrum.briefing.press.web;

import java.net.URI;
import java.time.Duration;
import java.util.UUID;

import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import de.lagezentrum.briefing.SoundbiteView;
import de.lagezentrum.briefing.press.PublicMaterial;
import de.lagezentrum.platform.files.FileContent;
import de.lagezentrum.platform.files.FileResponses;
import de.lagezentrum.platform.files.FileResponses.Disposition;

/**
 * The files of a published briefing under public addresses: its recordings (Range, 206) and their captions,
 * its O-Töne ({@code ?download=true} saves one as its own file) and its press kit. Every address answers 404
 * unless the briefing is published now and the file belongs to it; an id that is no UUID is 404 too. The
 * answers carry the file's ETag and may be shared by caches for a minute, as the public pages.
 */
@Controller
class PublicFilesController {

    /** As the public pages: a withdrawal reaches every reader within a minute. */
    static final CacheControl SHARED = CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic();

    private final PublicMaterial material;

    PublicFilesController(PublicMaterial material) {
        this.material = material;
    }

    @GetMapping(PressPages.PUBLIC_RECORDING)
    ResponseEntity<Resource> recording(@PathVariable String id, @PathVariable String mediumId,
            @RequestParam(defaultValue = "false") boolean download) {
        return serve(material.recordingFile(PublicIds.parse(id), PublicIds.parse(mediumId)), download);
    }

    @GetMapping(PressPages.PUBLIC_CAPTIONS)
    ResponseEntity<Resource> captions(@PathVariable String id, @PathVariable String mediumId) {
        return serve(material.captionsFile(PublicIds.parse(id), PublicIds.parse(mediumId)), false);
    }

    /** An O-Ton played as a range of the recording has no file of its own: its address leads there. */
    @GetMapping(PressPages.PUBLIC_SOUNDBITE)
    ResponseEntity<Resource> soundbite(@PathVariable String id, @PathVariable String soundbiteId,
            @RequestParam(defaultValue = "false") boolean download) {
        SoundbiteView soundbite = material.soundbiteOf(PublicIds.parse(id), PublicIds.parse(soundbiteId));
        if (soundbite.delivery() == SoundbiteView.Delivery.FRAGMENT && soundbite.recordingId() != null) {
            String recording = PublicMaterial.recording(soundbite.briefingId(), soundbite.recordingId());
            URI target = URI.create(ServletUriComponentsBuilder.fromCurrentContextPath().path(recording)
                    .query(download ? "download=true" : null).build().toUriString() + soundbite.mediaFragment());
            return ResponseEntity.status(HttpStatus.SEE_OTHER).location(target).cacheControl(SHARED).build();
        }
        return serve(material.soundbiteFile(soundbite), download);
    }

    @GetMapping(PressPages.PUBLIC_DOCUMENT)
    ResponseEntity<Resource> document(@PathVariable String id, @PathVariable String itemId) {
        return serve(material.documentFile(PublicIds.parse(id), PublicIds.parse(itemId)), true);
    }

    private static ResponseEntity<Resource> serve(FileContent content, boolean download) {
        return FileResponses.serve(content, download ? Disposition.ATTACHMENT : Disposition.INLINE, SHARED);
    }
}
