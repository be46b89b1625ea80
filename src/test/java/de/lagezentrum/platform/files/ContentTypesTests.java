package de.lagezentrum.platform.files;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/** The type of an upload is told by its content: formats by their magic bytes, disguises by what they are. */
class ContentTypesTests {

    @Test
    void formatsAreToldByTheirFirstBytesAndNamedAsBrowsersExpect() {
        assertThat(detect(TestFiles.wav(1000))).isEqualTo("audio/wav");
        assertThat(detect(TestFiles.PDF)).isEqualTo("application/pdf");
        assertThat(detect(TestFiles.PNG)).isEqualTo("image/png");
        assertThat(detect(new byte[] {'I', 'D', '3', 3, 0, 0, 0, 0, 0, 0})).isEqualTo("audio/mpeg");
        assertThat(detect(bytes(0, 0, 0, 0x20, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0))).isEqualTo("video/mp4");
        assertThat(detect(bytes(0, 0, 0, 0x14, 'f', 't', 'y', 'p', 'q', 't', ' ', ' ', 0, 0, 2, 0)))
                .isEqualTo("video/quicktime");
    }

    @Test
    void disguisesAreWhatTheyContainNotWhatTheyAreCalled() {
        assertThat(detect(TestFiles.SHELL_SCRIPT)).isEqualTo("application/x-sh");
        assertThat(detect(TestFiles.HTML)).isEqualTo("text/html");
        assertThat(detect("<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))).isEqualTo("text/plain");
        assertThat(detect(new byte[0])).isEqualTo("application/octet-stream");
    }

    @Test
    void noneOfThemPassesTheSetsOfAcceptedTypes() {
        for (byte[] disguise : new byte[][] {TestFiles.SHELL_SCRIPT, TestFiles.HTML, svgWithScript()}) {
            MediaType type = ContentTypes.detect(disguise, disguise.length);
            assertThat(AcceptedTypes.RECORDINGS.accepts(type)).as(type.toString()).isFalse();
            assertThat(AcceptedTypes.DOCUMENTS_AND_IMAGES.accepts(type)).as(type.toString()).isFalse();
            assertThat(AcceptedTypes.CAPTIONS.accepts(type)).as(type.toString()).isFalse();
        }
        assertThat(AcceptedTypes.RECORDINGS.accepts(MediaType.parseMediaType("video/mp4"))).isTrue();
    }

    @Test
    void webVttIsRecognisedByItsHeaderAsTheSpecificationDefinesIt() {
        assertThat(detect(TestFiles.WEBVTT)).isEqualTo("text/vtt");
        assertThat(detect("WEBVTT".getBytes(StandardCharsets.UTF_8))).isEqualTo("text/vtt");
        assertThat(detect("WEBVTT\tUntertitel".getBytes(StandardCharsets.UTF_8))).isEqualTo("text/vtt");
        assertThat(detect("\uFEFFWEBVTT\r\n\r\n00:00.000 --> 00:01.000\nx".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("text/vtt");
        // A header text longer than Tika's window for it (Tika alone says text/plain).
        assertThat(detect(("WEBVTT - Medienbriefing der Stadt Musterstadt vom 4. März 2026, Mitschnitt mit Untertiteln\n\n"
                + "00:00.000 --> 00:01.000\nx").getBytes(StandardCharsets.UTF_8))).isEqualTo("text/vtt");

        assertThat(detect("WEBVTTX\n".getBytes(StandardCharsets.UTF_8))).isNotEqualTo("text/vtt");
        assertThat(detect(" WEBVTT\n".getBytes(StandardCharsets.UTF_8))).isNotEqualTo("text/vtt");
        assertThat(detect("webvtt\n".getBytes(StandardCharsets.UTF_8))).isNotEqualTo("text/vtt");
    }

    @Test
    void onlyTheHeadIsLookedAt() {
        byte[] large = TestFiles.wav(ContentTypes.HEAD_BYTES * 3);
        assertThat(ContentTypes.detect(large, ContentTypes.HEAD_BYTES).toString()).isEqualTo("audio/wav");
    }

    private static byte[] svgWithScript() {
        return "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String detect(byte[] content) {
        return ContentTypes.detect(content, content.length).toString();
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
