package de.lagezentrum.briefing.media;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Cuts an O-Ton out of a recording with Debian's {@code ffmpeg}, when it is installed: without re-encoding
 * ({@code -c copy}), into a temporary file, given up after the configured timeout. Optional: without it,
 * WAV is cut in Java and other formats are served as a time range of their recording.
 */
@Component
class FfmpegCutter {

    private static final Logger LOG = LoggerFactory.getLogger(FfmpegCutter.class);

    /** ffmpeg's muxer per media type; other types are not cut. */
    private static final Map<String, String> MUXERS = Map.of("audio/mpeg", "mp3", "audio/ogg", "ogg",
            "audio/flac", "flac", "audio/webm", "webm", "video/webm", "webm", "video/mp4", "mp4", "audio/mp4", "ipod",
            "video/ogg", "ogg", "audio/wav", "wav");

    private final MediaProperties properties;
    private final @Nullable Path program;

    FfmpegCutter(MediaProperties properties) {
        this.properties = properties;
        this.program = find(properties.ffmpeg());
    }

    /** Whether ffmpeg is there and cuts this type. */
    boolean cuts(String contentType) {
        return program != null && MUXERS.containsKey(contentType);
    }

    /**
     * The range of the recording as a new temporary file, which the caller deletes; empty when ffmpeg failed
     * or took too long (the O-Ton is then served as a range of the recording).
     */
    Optional<Path> cut(Path recording, String contentType, long startMillis, long endMillis) {
        if (program == null || !MUXERS.containsKey(contentType)) {
            return Optional.empty();
        }
        Path output = null;
        try {
            output = Files.createTempFile("o-ton-", ".cut");
            Process process = new ProcessBuilder(List.of(program.toString(), "-nostdin", "-v", "error", "-y",
                    // -ss before -i seeks the input; -t is then the length of the output.
                    "-ss", seconds(startMillis), "-i", recording.toString(), "-t", seconds(endMillis - startMillis),
                    "-c", "copy", "-f", MUXERS.get(contentType), output.toString()))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(properties.ffmpegTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                LOG.warn("ffmpeg took longer than {} to cut {}", properties.ffmpegTimeout(), recording);
                return deleted(output);
            }
            if (process.exitValue() != 0 || Files.size(output) == 0) {
                LOG.warn("ffmpeg could not cut {} (exit {})", recording, process.exitValue());
                return deleted(output);
            }
            return Optional.of(output);
        }
        catch (IOException e) {
            LOG.warn("ffmpeg could not be run: {}", e.getMessage());
            return deleted(output);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return deleted(output);
        }
    }

    private static Optional<Path> deleted(@Nullable Path output) {
        if (output != null) {
            try {
                Files.deleteIfExists(output);
            }
            catch (IOException e) {
                LOG.warn("Could not delete {}", output);
            }
        }
        return Optional.empty();
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
    }

    /** The program as a path, or looked up on the PATH; null when it is not there. */
    static @Nullable Path find(String name) {
        if (name.isBlank()) {
            return null;
        }
        if (name.contains(File.separator)) {
            Path path = Path.of(name);
            return Files.isExecutable(path) ? path : null;
        }
        String search = System.getenv("PATH");
        if (search == null) {
            return null;
        }
        for (String directory : search.split(File.pathSeparator)) {
            Path candidate = Path.of(directory, name);
            if (!directory.isEmpty() && Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
