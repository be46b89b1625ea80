package de.lagezentrum.briefing.press.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import de.lagezentrum.briefing.BriefingPublications;
import de.lagezentrum.briefing.PressArea;
import de.lagezentrum.briefing.PressReleaseView;
import de.lagezentrum.briefing.PressReleases;
import de.lagezentrum.briefing.PublishedBriefing;
import de.lagezentrum.briefing.press.PublicBriefingSection;
import de.lagezentrum.platform.files.FileResponses;

/**
 * The public press area, without an account: the front page, a published briefing, a published press
 * release, the Atom feed, the page in Leichte Sprache and the page with the video in German Sign Language.
 * Unpublished and withdrawn material answers 404.
 *
 * <p>A published briefing's page shows its facts and summary, then every {@link PublicBriefingSection}
 * bean in order: the other slices add their answers, recording, O-Töne and press kit there.
 */
@Controller
class PressAreaController {

    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    private final PressArea area;
    private final BriefingPublications publications;
    private final PressReleases releases;
    private final List<PublicBriefingSection> sections;

    PressAreaController(PressArea area, BriefingPublications publications, PressReleases releases,
            ObjectProvider<PublicBriefingSection> sections) {
        this.area = area;
        this.publications = publications;
        this.releases = releases;
        this.sections = sections.stream().sorted(Comparator.comparingInt(PublicBriefingSection::order)).toList();
    }

    @GetMapping(PressPages.AREA)
    String area(Model model) {
        model.addAttribute("overview", area.overview());
        return "briefing/press/area";
    }

    @GetMapping("/presse/briefings/{id}")
    String briefing(@PathVariable String id, Model model) {
        PublishedBriefing published = publications.publicBriefing(PublicIds.parse(id));
        List<Section> shown = new ArrayList<>();
        for (PublicBriefingSection section : sections) {
            section.model(published).ifPresent(sectionModel -> shown.add(new Section(section.fragment(), sectionModel)));
        }
        model.addAttribute("published", published);
        model.addAttribute("sections", shown);
        return "briefing/press/briefing";
    }

    @GetMapping("/presse/mitteilungen/{id}")
    String release(@PathVariable String id, Model model) {
        PressReleaseView release = releases.publicRelease(PublicIds.parse(id));
        model.addAttribute("release", release);
        model.addAttribute("briefingPublished", release.briefingId() != null
                && publications.isPublished(release.briefingId()));
        return "briefing/press/release";
    }

    @GetMapping(path = PressPages.FEED, produces = "application/atom+xml")
    ResponseEntity<String> feed(HttpServletRequest request) {
        String base = ServletUriComponentsBuilder.fromContextPath(request).replacePath(request.getContextPath())
                .replaceQuery(null).build().toUriString();
        return ResponseEntity.ok().contentType(ATOM).body(area.feed(base));
    }

    @GetMapping(PressPages.EASY_LANGUAGE)
    String easyLanguage() {
        return "briefing/press/easy-language";
    }

    @GetMapping(PressPages.SIGN_LANGUAGE)
    String signLanguage(Model model) {
        model.addAttribute("video", area.signLanguageVideo().orElse(null));
        return "briefing/press/sign-language";
    }

    /** A new video has a new address: the file may be cached for long. */
    @GetMapping(PressPages.SIGN_LANGUAGE_VIDEO)
    ResponseEntity<Resource> signLanguageVideo(@PathVariable UUID fileId) {
        return FileResponses.inline(area.signLanguageVideoFile(fileId), CacheControl.maxAge(Duration.ofDays(1)).cachePublic());
    }

    /**
     * A section of the briefing page as the template renders it.
     *
     * @param fragment {@code template :: selector}
     */
    record Section(String fragment, Map<String, Object> model) {

        public String template() {
            return fragment.substring(0, fragment.indexOf("::")).strip();
        }

        public String selector() {
            return fragment.substring(fragment.indexOf("::") + 2).strip();
        }
    }
}
