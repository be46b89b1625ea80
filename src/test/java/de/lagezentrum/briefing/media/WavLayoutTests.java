package de.lagezentrum.briefing.media;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import de.lagezentrum.briefing.media.TestRecordings.WavHeader;
import de.lagezentrum.platform.files.FilePart;

import static org.assertj.core.api.Assertions.assertThat;

/** The WAV layout read from a header, and the parts it cuts: a header of their own and whole sample frames. */
class WavLayoutTests {

    @Test
    void aWavHeaderGivesTheDurationAndWhereTheSamplesAre() throws IOException {
        byte[] wav = TestRecordings.wav(6);

        WavLayout layout = WavLayout.read(new ByteArrayInputStream(wav), wav.length).orElseThrow();

        assertThat(layout.dataOffset()).isEqualTo(44);
        assertThat(layout.dataBytes()).isEqualTo(wav.length - 44);
        assertThat(layout.durationMillis()).isEqualTo(6000);
    }

    @Test
    void aPartIsAValidWavOfTheRangeWithTheRecordingsSamples() throws IOException {
        byte[] wav = TestRecordings.wav(6);
        WavLayout layout = WavLayout.read(new ByteArrayInputStream(wav), wav.length).orElseThrow();

        FilePart part = layout.part(2000, 3500);
        byte[] cut = concat(part.prefix(), Arrays.copyOfRange(wav, (int) part.from(), (int) part.to()));

        WavHeader header = TestRecordings.header(cut);
        assertThat(header.riff()).isEqualTo("RIFF");
        assertThat(header.wave()).isEqualTo("WAVE");
        assertThat(header.riffSize()).isEqualTo(cut.length - 8);
        assertThat(header.sampleRate()).isEqualTo(TestRecordings.SAMPLE_RATE);
        assertThat(header.dataSize()).isEqualTo(cut.length - header.dataOffset()).isEqualTo(1500 * 16);
        assertThat(header.seconds()).isEqualTo(1.5);
        assertThat(part.from()).isEqualTo(44 + 2 * 8000 * 2);
    }

    @Test
    void aPartBeyondTheEndEndsWithTheSamples() throws IOException {
        byte[] wav = TestRecordings.wav(2);
        WavLayout layout = WavLayout.read(new ByteArrayInputStream(wav), wav.length).orElseThrow();

        assertThat(layout.part(1000, 9000).to()).isEqualTo(wav.length);
    }

    @Test
    void otherContentHasNoLayout() throws IOException {
        byte[] script = "RIFF....WAVEnothing".getBytes(StandardCharsets.US_ASCII);

        assertThat(WavLayout.read(new ByteArrayInputStream(TestRecordings.SCRIPT), 50)).isEmpty();
        assertThat(WavLayout.read(new ByteArrayInputStream(script), script.length)).isEmpty();
    }

    @Test
    void cuesInsideARangeMakeItsTranscript() {
        assertThat(WebVttCues.transcript(TestRecordings.CAPTIONS, 2000, 4000))
                .isEqualTo("Die Unterkünfte sind zu 80 Prozent belegt.");
        assertThat(WebVttCues.transcript(TestRecordings.CAPTIONS, 1000, 5000)).startsWith("Guten Morgen")
                .endsWith("Pressestelle.");
        assertThat(WebVttCues.transcript(TestRecordings.CAPTIONS, 7000, 9000)).isEmpty();
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
