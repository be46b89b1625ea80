package de.lagezentrum.platform.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;

/**
 * Stored files served by a tiny controller through {@link FileResponses}, as a module would: Spring MVC's
 * range handling (206, several ranges, 416), HEAD, conditional requests, and the headers the helper adds.
 * A part of a file is served as a file of its own.
 */
class FileResponsesTests {

    @TempDir
    Path directory;

    byte[] recording;
    FileContent whole;
    FileContent part;
    MockMvc mvc;

    @RestController
    class Downloads {

        @GetMapping("/recording")
        ResponseEntity<Resource> recording() {
            return FileResponses.inline(whole);
        }

        @GetMapping("/recording/download")
        ResponseEntity<Resource> download() {
            return FileResponses.attachment(whole.named("../Mitschnitt \u202Eelif Bürgermeisterin.wav"));
        }

        @GetMapping("/o-ton")
        ResponseEntity<Resource> soundBite() {
            return FileResponses.inline(part, CacheControl.maxAge(Duration.ofHours(1)).cachePublic());
        }
    }

    @BeforeEach
    void files() throws IOException {
        recording = TestFiles.wav(10_000);
        Path path = Files.write(directory.resolve("recording"), recording);
        String sha256 = TestFiles.sha256(recording);
        whole = new FileContent(new FileSystemResource(path), MediaType.parseMediaType("audio/wav"), recording.length,
                sha256, "Mitschnitt.wav");
        FilePart bytes = FilePart.withPrefix("HEAD".getBytes(StandardCharsets.US_ASCII), 1000, 3000);
        part = new FileContent(new PartResource(path, bytes), MediaType.parseMediaType("audio/wav"), bytes.length(),
                sha256 + "-1000-3000", null);
        mvc = MockMvcBuilders.standaloneSetup(new Downloads()).build();
    }

    @Test
    void theWholeFileWithTypeEtagDispositionAndNoSniffing() throws Exception {
        MockHttpServletResponse response = perform(get("/recording"));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsByteArray()).isEqualTo(recording);
        assertThat(response.getContentType()).isEqualTo("audio/wav");
        assertThat(response.getHeader(HttpHeaders.CONTENT_LENGTH)).isEqualTo("10000");
        assertThat(response.getHeader(HttpHeaders.ETAG)).isEqualTo("\"" + TestFiles.sha256(recording) + "\"");
        assertThat(response.getHeader(HttpHeaders.ACCEPT_RANGES)).isEqualTo("bytes");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("inline; filename=\"Mitschnitt.wav\"; filename*=UTF-8''Mitschnitt.wav");
    }

    @Test
    void aDownloadHasASafeName() throws Exception {
        assertThat(perform(get("/recording/download")).getHeader(HttpHeaders.CONTENT_DISPOSITION)).isEqualTo(
                "attachment; filename=\"Mitschnitt elif Burgermeisterin.wav\"; "
                        + "filename*=UTF-8''Mitschnitt%20elif%20B%C3%BCrgermeisterin.wav");
    }

    @Test
    void aRangeIsAnsweredWith206AndOnlyItsBytes() throws Exception {
        MockHttpServletResponse response = perform(get("/recording").header(HttpHeaders.RANGE, "bytes=100-199"));

        assertThat(response.getStatus()).isEqualTo(206);
        assertThat(response.getHeader(HttpHeaders.CONTENT_RANGE)).isEqualTo("bytes 100-199/10000");
        assertThat(response.getHeader(HttpHeaders.CONTENT_LENGTH)).isEqualTo("100");
        assertThat(response.getContentType()).isEqualTo("audio/wav");
        assertThat(response.getContentAsByteArray()).isEqualTo(Arrays.copyOfRange(recording, 100, 200));

        MockHttpServletResponse suffix = perform(get("/recording").header(HttpHeaders.RANGE, "bytes=-44"));
        assertThat(suffix.getStatus()).isEqualTo(206);
        assertThat(suffix.getContentAsByteArray()).isEqualTo(Arrays.copyOfRange(recording, 10_000 - 44, 10_000));

        MockHttpServletResponse open = perform(get("/recording").header(HttpHeaders.RANGE, "bytes=9990-"));
        assertThat(open.getHeader(HttpHeaders.CONTENT_RANGE)).isEqualTo("bytes 9990-9999/10000");
        assertThat(open.getContentAsByteArray()).isEqualTo(Arrays.copyOfRange(recording, 9990, 10_000));
    }

    @Test
    void severalRangesComeAsMultipartByteranges() throws Exception {
        MockHttpServletResponse response = perform(get("/recording").header(HttpHeaders.RANGE, "bytes=0-3,8-11"));

        assertThat(response.getStatus()).isEqualTo(206);
        assertThat(response.getContentType()).startsWith("multipart/byteranges; boundary=");
        String body = response.getContentAsString(StandardCharsets.ISO_8859_1);
        assertThat(body).contains("Content-Range: bytes 0-3/10000", "Content-Range: bytes 8-11/10000",
                "Content-Type: audio/wav", "RIFF", "WAVE");
    }

    @Test
    void unsatisfiableOrMalformedRangesAre416WithTheLength() throws Exception {
        for (String range : new String[] {"bytes=10000-", "bytes=20000-20010", "bytes=500-400", "bytes=abc",
            "bytes=" + "0-1,".repeat(200) + "2-3"}) {
            MockHttpServletResponse response = perform(get("/recording").header(HttpHeaders.RANGE, range));

            assertThat(response.getStatus()).as(range).isEqualTo(416);
            assertThat(response.getHeader(HttpHeaders.CONTENT_RANGE)).as(range).isEqualTo("bytes */10000");
            assertThat(response.getContentAsByteArray().length).as(range).isZero();
        }
    }

    @Test
    void headAnswersTheHeadersWithoutTheBody() throws Exception {
        MockHttpServletResponse response = perform(head("/recording"));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader(HttpHeaders.CONTENT_LENGTH)).isEqualTo("10000");
        assertThat(response.getHeader(HttpHeaders.ETAG)).isEqualTo("\"" + TestFiles.sha256(recording) + "\"");
        assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("inline");
        assertThat(response.getContentAsByteArray().length).isZero();

        // Ranges are defined for GET only (RFC 9110, 14.2): HEAD ignores them.
        MockHttpServletResponse ranged = perform(head("/recording").header(HttpHeaders.RANGE, "bytes=0-9"));
        assertThat(ranged.getStatus()).isEqualTo(200);
        assertThat(ranged.getHeader(HttpHeaders.CONTENT_LENGTH)).isEqualTo("10000");
        assertThat(ranged.getContentAsByteArray().length).isZero();
    }

    @Test
    void aClientWithTheCurrentEtagGets304() throws Exception {
        MockHttpServletResponse response = perform(get("/recording")
                .header(HttpHeaders.IF_NONE_MATCH, "\"" + TestFiles.sha256(recording) + "\""));

        assertThat(response.getStatus()).isEqualTo(304);
        assertThat(response.getContentAsByteArray().length).isZero();
        assertThat(perform(get("/recording").header(HttpHeaders.IF_NONE_MATCH, "\"other\"")).getStatus()).isEqualTo(200);
    }

    @Test
    void aPartIsServedAsAFileOfItsOwnWithItsPrefix() throws Exception {
        byte[] expected = concat("HEAD".getBytes(StandardCharsets.US_ASCII), Arrays.copyOfRange(recording, 1000, 3000));

        MockHttpServletResponse response = perform(get("/o-ton"));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsByteArray()).isEqualTo(expected);
        assertThat(response.getHeader(HttpHeaders.CONTENT_LENGTH)).isEqualTo("2004");
        assertThat(response.getHeader(HttpHeaders.ETAG)).isEqualTo("\"" + TestFiles.sha256(recording) + "-1000-3000\"");
        assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("max-age=3600, public");
        assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION)).isEqualTo("inline");

        MockHttpServletResponse across = perform(get("/o-ton").header(HttpHeaders.RANGE, "bytes=2-9"));
        assertThat(across.getStatus()).isEqualTo(206);
        assertThat(across.getHeader(HttpHeaders.CONTENT_RANGE)).isEqualTo("bytes 2-9/2004");
        assertThat(across.getContentAsByteArray()).isEqualTo(Arrays.copyOfRange(expected, 2, 10));

        MockHttpServletResponse end = perform(get("/o-ton").header(HttpHeaders.RANGE, "bytes=-10"));
        assertThat(end.getContentAsByteArray()).isEqualTo(Arrays.copyOfRange(recording, 2990, 3000));

        assertThat(perform(get("/o-ton").header(HttpHeaders.RANGE, "bytes=2004-")).getStatus()).isEqualTo(416);
    }

    @Test
    void captionsAreSentAsUtf8Text() throws Exception {
        Path path = Files.write(directory.resolve("captions"), TestFiles.WEBVTT);
        whole = new FileContent(new FileSystemResource(path), MediaType.parseMediaType("text/vtt"),
                TestFiles.WEBVTT.length, TestFiles.sha256(TestFiles.WEBVTT), "untertitel.vtt");

        MockHttpServletResponse response = perform(get("/recording"));

        assertThat(response.getContentType()).isEqualTo("text/vtt;charset=UTF-8");
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).startsWith("WEBVTT");
    }

    private MockHttpServletResponse perform(RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
