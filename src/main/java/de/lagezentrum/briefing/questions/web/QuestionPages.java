package de.lagezentrum.briefing.questions.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import de.lagezentrum.briefing.BriefingPressKit;
import de.lagezentrum.platform.files.UploadLimit;

/** The press kit's upload path and its limit. */
@Configuration(proxyBeanMethods = false)
class QuestionPages {

    static final String PRESS_KIT_UPLOAD = "/briefings/{id}/press-kit";

    @Bean
    UploadLimit pressKitUpload() {
        return UploadLimit.of(HttpMethod.POST, PRESS_KIT_UPLOAD, BriefingPressKit.MAX_SIZE);
    }
}
