package de.lagezentrum.briefing.press.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import de.lagezentrum.briefing.PressArea;
import de.lagezentrum.platform.files.UploadLimit;
import de.lagezentrum.platform.security.PublicEndpoint;
import de.lagezentrum.platform.security.PublicPage;
import de.lagezentrum.platform.web.NavigationItem;

/**
 * What the platform needs to know about the press area: its pages are {@link PublicPage}s (no session,
 * ETag, {@code Cache-Control: public}, a copy on the server for a few seconds, rate-limited), dropped from
 * the copies by every publication ({@code PublicPageChanged("/presse/**")}). The DGS video itself is a
 * {@link PublicEndpoint}: a file with Range requests, which the page filter would hold in memory; so are a
 * published briefing's recordings, captions, O-Töne and press kit documents ({@code PublicFilesController}).
 */
@Configuration(proxyBeanMethods = false)
class PressPages {

    static final String AREA = "/presse";
    static final String FEED = "/presse/feed.atom";
    static final String EASY_LANGUAGE = "/presse/leichte-sprache";
    static final String SIGN_LANGUAGE = "/presse/gebaerdensprache";
    static final String SIGN_LANGUAGE_VIDEO = "/presse/gebaerdensprache/video/{fileId}";
    static final String SIGN_LANGUAGE_VIDEOS = "/presse/gebaerdensprache/video/*";
    static final String PUBLIC_RECORDING = "/presse/briefings/{id}/mitschnitt/{mediumId}";
    static final String PUBLIC_CAPTIONS = "/presse/briefings/{id}/mitschnitt/{mediumId}/untertitel.vtt";
    static final String PUBLIC_SOUNDBITE = "/presse/briefings/{id}/o-toene/{soundbiteId}";
    static final String PUBLIC_DOCUMENT = "/presse/briefings/{id}/pressemappe/{itemId}";
    static final String PUBLIC_RECORDINGS = "/presse/briefings/*/mitschnitt/*";
    static final String PUBLIC_CAPTIONS_FILES = "/presse/briefings/*/mitschnitt/*/untertitel.vtt";
    static final String PUBLIC_SOUNDBITES = "/presse/briefings/*/o-toene/*";
    static final String PUBLIC_DOCUMENTS = "/presse/briefings/*/pressemappe/*";
    static final String RELEASES = "/pressestelle/mitteilungen";
    static final String SIGN_LANGUAGE_UPLOAD = "/pressestelle/gebaerdensprache";

    @Bean
    PublicPage pressAreaPage() {
        return new PublicPage(AREA);
    }

    @Bean
    PublicPage publishedBriefingPage() {
        return new PublicPage("/presse/briefings/*");
    }

    @Bean
    PublicPage publishedPressReleasePage() {
        return new PublicPage("/presse/mitteilungen/*");
    }

    @Bean
    PublicPage pressFeedPage() {
        return new PublicPage(FEED);
    }

    @Bean
    PublicPage easyLanguagePage() {
        return new PublicPage(EASY_LANGUAGE);
    }

    @Bean
    PublicPage signLanguagePage() {
        return new PublicPage(SIGN_LANGUAGE);
    }

    @Bean
    PublicEndpoint signLanguageVideo() {
        return new PublicEndpoint(HttpMethod.GET, SIGN_LANGUAGE_VIDEOS);
    }

    // The public files of published briefings: players ask with GET and Range, download managers with HEAD.
    @Bean
    PublicEndpoint publicRecording() {
        return new PublicEndpoint(HttpMethod.GET, PUBLIC_RECORDINGS);
    }

    @Bean
    PublicEndpoint publicRecordingHead() {
        return new PublicEndpoint(HttpMethod.HEAD, PUBLIC_RECORDINGS);
    }

    @Bean
    PublicEndpoint publicCaptions() {
        return new PublicEndpoint(HttpMethod.GET, PUBLIC_CAPTIONS_FILES);
    }

    @Bean
    PublicEndpoint publicCaptionsHead() {
        return new PublicEndpoint(HttpMethod.HEAD, PUBLIC_CAPTIONS_FILES);
    }

    @Bean
    PublicEndpoint publicSoundbite() {
        return new PublicEndpoint(HttpMethod.GET, PUBLIC_SOUNDBITES);
    }

    @Bean
    PublicEndpoint publicSoundbiteHead() {
        return new PublicEndpoint(HttpMethod.HEAD, PUBLIC_SOUNDBITES);
    }

    @Bean
    PublicEndpoint publicDocument() {
        return new PublicEndpoint(HttpMethod.GET, PUBLIC_DOCUMENTS);
    }

    @Bean
    PublicEndpoint publicDocumentHead() {
        return new PublicEndpoint(HttpMethod.HEAD, PUBLIC_DOCUMENTS);
    }

    @Bean
    UploadLimit signLanguageVideoUpload() {
        return UploadLimit.of(HttpMethod.POST, SIGN_LANGUAGE_UPLOAD, PressArea.VIDEO_MAX);
    }

    @Bean
    NavigationItem pressReleasesNavigation() {
        return new NavigationItem("nav.press-releases", RELEASES, 310, Set.of("PRESS_OFFICE"));
    }
}
