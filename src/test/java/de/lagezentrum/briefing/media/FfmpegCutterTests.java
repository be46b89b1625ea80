package de.lagezentrum.briefing.media;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ffmpeg call without ffmpeg (it is optional and not installed here): a stand-in program records its
 * arguments and copies its input, so the test sees what would be run, the output taken over, and a program
 * that hangs given up after the timeout. Whether ffmpeg itself cuts well is ffmpeg's business.
 */
class FfmpegCutterTests {

    @TempDir
    Path directory;

    @Test
    void theRangeIsCutWithoutReencodingIntoAFileOfItsOwn() throws IOException {
        Path program = program("""
                #!/bin/sh
                prev=""; for a in "$@"; do [ "$prev" = "-i" ] && in="$a"; prev="$a"; out="$a"; done
                echo "$@" > "%s/arguments"; cp "$in" "$out"
                """.formatted(directory));
        Path recording = Files.write(directory.resolve("mitschnitt.mp3"), new byte[] {1, 2, 3});
        FfmpegCutter cutter = new FfmpegCutter(new MediaProperties(program.toString(), Duration.ofSeconds(20),
                DataSize.ofGigabytes(2)));

        Optional<Path> cut = cutter.cut(recording, "audio/mpeg", 61_500, 75_000);

        assertThat(cutter.cuts("audio/mpeg")).isTrue();
        assertThat(cutter.cuts("audio/x-unknown")).isFalse();
        assertThat(cut).isPresent();
        assertThat(Files.readAllBytes(cut.get())).containsExactly(1, 2, 3);
        assertThat(Files.readString(directory.resolve("arguments"), StandardCharsets.UTF_8))
                .contains("-nostdin", "-ss 61.500 -i " + recording, "-t 13.500", "-c copy", "-f mp3");
        Files.delete(cut.get());
    }

    @Test
    void aFailingOrHangingProgramLeavesNothingAndTheRangeIsServedInstead() throws IOException {
        FfmpegCutter failing = new FfmpegCutter(new MediaProperties(program("#!/bin/sh\nexit 1\n").toString(),
                Duration.ofSeconds(20), DataSize.ofGigabytes(2)));
        FfmpegCutter hanging = new FfmpegCutter(new MediaProperties(program("#!/bin/sh\nexec sleep 30\n").toString(),
                Duration.ofMillis(300), DataSize.ofGigabytes(2)));
        Path recording = Files.write(directory.resolve("mitschnitt.mp3"), new byte[] {1});

        assertThat(failing.cut(recording, "audio/mpeg", 0, 1000)).isEmpty();
        assertThat(hanging.cut(recording, "audio/mpeg", 0, 1000)).isEmpty();
    }

    @Test
    void withoutTheProgramNothingIsCut() {
        FfmpegCutter absent = new FfmpegCutter(new MediaProperties("ffmpeg-das-es-nicht-gibt", Duration.ofSeconds(1),
                DataSize.ofGigabytes(2)));

        assertThat(absent.cuts("audio/mpeg")).isFalse();
        assertThat(absent.cut(directory.resolve("x.mp3"), "audio/mpeg", 0, 1000)).isEmpty();
    }

    private Path program(String script) throws IOException {
        Path program = Files.writeString(directory.resolve("ffmpeg-" + script.hashCode()), script);
        Files.setPosixFilePermissions(program, PosixFilePermissions.fromString("rwx------"));
        return program;
    }
}
