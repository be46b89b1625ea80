package de.lagezentrum.briefing.media;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of briefings' recordings and O-Töne, bound from {@code lagezentrum.briefing.media.*}.
 *
 * @param ffmpeg the ffmpeg program: a name looked up on the {@code PATH} or a path; when it is not found,
 *        O-Töne of other formats than WAV are served as a time range of their recording
 * @param ffmpegTimeout how long one cut may take before it is given up
 * @param maxUploadBytes the largest recording or O-Ton file (the file store's ceiling applies as well)
 */
@ConfigurationProperties("lagezentrum.briefing.media")
public record MediaProperties(@DefaultValue("ffmpeg") String ffmpeg, @DefaultValue("PT2M") Duration ffmpegTimeout,
        @DefaultValue("2GB") DataSize maxUploadBytes) {
}
