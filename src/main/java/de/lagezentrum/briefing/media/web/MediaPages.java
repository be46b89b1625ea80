package de.lagezentrum.briefing.media.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import de.lagezentrum.briefing.media.MediaProperties;
import de.lagezentrum.briefing.media.MediaUploads;
import de.lagezentrum.platform.files.UploadLimit;

/** The upload paths of recordings, O-Ton files and captions, with their limits. */
@Configuration(proxyBeanMethods = false)
class MediaPages {

    @Bean
    UploadLimit mediaUploadApi(MediaProperties properties) {
        return UploadLimit.of(HttpMethod.POST, "/api/v1/briefings/{id}/media", properties.maxUploadBytes());
    }

    @Bean
    UploadLimit mediaUploadPage(MediaProperties properties) {
        return UploadLimit.of(HttpMethod.POST, "/briefings/{id}/media", properties.maxUploadBytes());
    }

    @Bean
    UploadLimit captionsUploadApi() {
        return UploadLimit.of(HttpMethod.PUT, "/api/v1/media/{id}/captions", MediaUploads.CAPTIONS_MAX);
    }

    @Bean
    UploadLimit captionsUploadPage() {
        return UploadLimit.of(HttpMethod.POST, "/briefings/{id}/media/{mediumId}/captions", MediaUploads.CAPTIONS_MAX);
    }
}
