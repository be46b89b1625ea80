package de.lagezentrum.briefing.video;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import de.lagezentrum.briefing.VideoKind;
import de.lagezentrum.platform.LagezentrumProperties;
import de.lagezentrum.platform.security.PublicEndpoint;

/** The video rooms of the configured kind, and BigBlueButton's public, rate-limited callback. */
@Configuration(proxyBeanMethods = false)
class VideoConfiguration {

    @Bean
    VideoRooms videoRooms(VideoProperties properties, LagezentrumProperties installation,
            RecordingReceipts receipts) {
        BigBlueButtonClient bigBlueButton = null;
        String bbbSecret = null;
        JitsiTokens jitsi = null;
        VideoProperties.Bbb bbb = properties.bbb();
        if (properties.kind() == VideoKind.BIGBLUEBUTTON) {
            if (bbb.url() == null || bbb.secret() == null || bbb.secret().isBlank()) {
                throw new IllegalStateException(
                        "lagezentrum.briefing.video.kind=BIGBLUEBUTTON needs bbb.url and bbb.secret");
            }
            bigBlueButton = new BigBlueButtonClient(bbb.url(), bbb.secret(),
                    HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
        }
        if (bbb.secret() != null && !bbb.secret().isBlank()) {
            bbbSecret = bbb.secret();
        }
        if (properties.kind() == VideoKind.JITSI) {
            VideoProperties.Jitsi settings = properties.jitsi();
            if (settings.url() == null || settings.appId() == null || settings.secret() == null) {
                throw new IllegalStateException(
                        "lagezentrum.briefing.video.kind=JITSI needs jitsi.url, jitsi.app-id and jitsi.secret");
            }
            jitsi = new JitsiTokens(settings.url(), settings.appId(), settings.secret(), properties.tokenMargin());
        }
        return new VideoRooms(properties.kind(), bigBlueButton, bbbSecret, jitsi, URI.create(installation.baseUrl()),
                receipts);
    }

    /** BigBlueButton calls back without an account; the token in the request is the credential. */
    @Bean
    PublicEndpoint recordingReadyEndpoint() {
        return new PublicEndpoint(HttpMethod.POST, VideoRooms.RECORDING_READY_PATH);
    }
}
