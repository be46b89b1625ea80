package de.lagezentrum.briefing.media;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;

import de.lagezentrum.IntegrationTest;
import de.lagezentrum.briefing.BriefingView;
import de.lagezentrum.briefing.TestBriefings;
import de.lagezentrum.briefing.TestBriefings.PressOffice;
import de.lagezentrum.briefing.media.TestRecordings.WavHeader;
import de.lagezentrum.organisation.Role;
import de.lagezentrum.organisation.TestOrganisation;

import static de.lagezentrum.ApiTestSupport.bearer;
import static de.lagezentrum.ApiTestSupport.read;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recordings and O-Töne in API v1 against the real database and file store: uploads typed by content,
 * O-Töne cut exactly from WAV (a valid WAV of the range's length), Range answers, captions and transcripts,
 * bad input as problem details, and who may listen.
 */
@IntegrationTest
class MediaApiWebTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestBriefings briefings;

    @LocalServerPort
    int port;

    PressOffice office;
    BriefingView briefing;
    String press;

    @BeforeEach
    void briefing() {
        office = briefings.pressOffice("Medienstadt");
        briefing = briefings.plan(office, "Briefing mit Mitschnitt", Duration.ofDays(-1));
        press = bearer(mvc, office.press().username(), TestOrganisation.PASSWORD);
    }

    @Test
    void aRecordingIsStoredByItsContentWithItsChecksumAndStart() {
        byte[] wav = TestRecordings.wav(6);

        MvcTestResult created = upload(wav, "mitschnitt.bin", "RECORDING");

        assertThat(created).hasStatus(201);
        JsonNode medium = read(created);
        assertThat(medium.get("contentType").asString()).isEqualTo("audio/wav");
        assertThat(medium.get("bytes").asLong()).isEqualTo(wav.length);
        assertThat(medium.get("sha256").asString()).isEqualTo(sha256(wav));
        assertThat(medium.get("recordingStartedAt").asString()).isEqualTo(briefing.start().toString());
        assertThat(medium.get("durationSeconds").asDouble()).isEqualTo(6.0);
        MvcTestResult content = mvc.get().uri("/api/v1/media/" + medium.get("id").asString())
                .header(HttpHeaders.AUTHORIZATION, press).exchange();
        assertThat(content).hasStatusOk().hasContentType("audio/wav");
        assertThat(content.getResponse().getContentAsByteArray()).isEqualTo(wav);
        assertThat(content.getResponse().getHeader(HttpHeaders.ETAG)).contains(sha256(wav));
    }

    @Test
    void aScriptDisguisedAsWavIs415AndNothingIsStored() {
        MvcTestResult refused = upload(TestRecordings.SCRIPT, "mitschnitt.wav", "RECORDING");

        assertThat(refused).hasStatus(415);
        assertThat(refused.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(read(refused).get("detail").asString()).contains("application/x-sh");
        assertThat(list().get("recordings").size()).isZero();
    }

    @Test
    void anUploadOverTheLimitIs413BeforeItIsSent() throws IOException {
        String response = exchange("POST /api/v1/briefings/" + briefing.id() + "/media HTTP/1.1\r\n"
                + "Host: localhost\r\nAuthorization: " + press + "\r\n"
                + "Content-Type: multipart/form-data; boundary=grenze\r\nContent-Length: 3221225472\r\n\r\n");

        assertThat(response).startsWith("HTTP/1.1 413 ").contains("\"type\":\"/problems/too-large\"");
    }

    @Test
    void missingFileOrTitleAreFieldProblems() {
        MvcTestResult noFile = mvc.post().uri("/api/v1/briefings/" + briefing.id() + "/media")
                .header(HttpHeaders.AUTHORIZATION, press).multipart().param("title", "Mitschnitt").with(length(0)).exchange();
        MvcTestResult noTitle = mvc.post().uri("/api/v1/briefings/" + briefing.id() + "/media")
                .header(HttpHeaders.AUTHORIZATION, press).multipart()
                .file(new MockMultipartFile("file", "a.wav", "audio/wav", TestRecordings.wav(1))).with(length(16_044))
                .exchange();

        assertThat(noFile).hasStatus(400);
        assertThat(read(noFile).get("errors").get(0).get("field").asString()).isEqualTo("file");
        assertThat(noTitle).hasStatus(400);
        assertThat(read(noTitle).get("errors").get(0).get("field").asString()).isEqualTo("title");
        assertThat(list().get("recordings").size()).isZero();
    }

    @Test
    void anOTonOfAWavRecordingIsAValidWavOfItsRangeWithRanges() {
        String recording = read(upload(TestRecordings.wav(6), "mitschnitt.wav", "RECORDING")).get("id").asString();
        MvcTestResult defined = define(recording, "{\"title\":\"Zur Belegung\",\"start\":2,\"end\":3.5}");
        assertThat(defined).hasStatus(201);
        JsonNode soundbite = read(defined);
        assertThat(soundbite.get("delivery").asString()).isEqualTo("CUT");
        String url = "/api/v1/media/" + soundbite.get("id").asString();

        MvcTestResult whole = mvc.get().uri(url).header(HttpHeaders.AUTHORIZATION, press).exchange();
        assertThat(whole).hasStatusOk().hasContentType("audio/wav");
        byte[] cut = whole.getResponse().getContentAsByteArray();
        WavHeader header = TestRecordings.header(cut);
        assertThat(header.riff()).isEqualTo("RIFF");
        assertThat(header.riffSize()).isEqualTo(cut.length - 8);
        assertThat(header.format()).isEqualTo(1);
        assertThat(header.sampleRate()).isEqualTo(TestRecordings.SAMPLE_RATE);
        assertThat(header.dataSize()).isEqualTo(cut.length - header.dataOffset());
        assertThat(header.seconds()).isEqualTo(1.5);

        MvcTestResult part = mvc.get().uri(url).header(HttpHeaders.AUTHORIZATION, press)
                .header(HttpHeaders.RANGE, "bytes=0-99").exchange();
        assertThat(part).hasStatus(206);
        assertThat(part.getResponse().getHeader(HttpHeaders.CONTENT_RANGE)).isEqualTo("bytes 0-99/" + cut.length);
        assertThat(part.getResponse().getContentAsByteArray()).hasSize(100)
                .isEqualTo(java.util.Arrays.copyOf(cut, 100));

        MvcTestResult beyond = mvc.get().uri(url).header(HttpHeaders.AUTHORIZATION, press)
                .header(HttpHeaders.RANGE, "bytes=" + cut.length + "-").exchange();
        assertThat(beyond).hasStatus(416);
        assertThat(beyond.getResponse().getHeader(HttpHeaders.CONTENT_RANGE)).isEqualTo("bytes */" + cut.length);

        MvcTestResult download = mvc.get().uri(url + "?download=true").header(HttpHeaders.AUTHORIZATION, press).exchange();
        assertThat(download.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment")
                .contains(".wav");
    }

    @Test
    void anOTonEndingBeforeItStartsOrAfterTheRecordingIsRefused() {
        String recording = read(upload(TestRecordings.wav(6), "mitschnitt.wav", "RECORDING")).get("id").asString();

        MvcTestResult backwards = define(recording, "{\"title\":\"Rückwärts\",\"start\":4,\"end\":3}");
        MvcTestResult beyond = define(recording, "{\"title\":\"Zu lang\",\"start\":4,\"end\":7}");
        MvcTestResult negative = define(recording, "{\"title\":\"Davor\",\"start\":-1,\"end\":3}");

        assertThat(backwards).hasStatus(400);
        assertThat(read(backwards).get("errors").get(0).get("field").asString()).isEqualTo("end");
        assertThat(beyond).hasStatus(400);
        assertThat(read(beyond).get("errors").get(0).get("message").asString()).contains("Ende des Mitschnitts");
        assertThat(negative).hasStatus(400);
        assertThat(list().get("soundbites").size()).isZero();
    }

    @Test
    void captionsMustBeWebVttAndGiveTheOTonItsTranscript() {
        String recording = read(upload(TestRecordings.wav(6), "mitschnitt.wav", "RECORDING")).get("id").asString();
        String soundbite = read(define(recording, "{\"title\":\"Belegung\",\"start\":2,\"end\":4}")).get("id").asString();

        MvcTestResult notVtt = captions(recording, "1\n00:00.000 --> 00:02.000\nHallo\n".getBytes(StandardCharsets.UTF_8));
        assertThat(notVtt).hasStatus(415);
        assertThat(read(notVtt).get("type").asString()).isEqualTo("/problems/unsupported-file-type");

        assertThat(captions(recording, TestRecordings.CAPTIONS.getBytes(StandardCharsets.UTF_8))).hasStatusOk();
        assertThat(read(mvc.get().uri("/api/v1/soundbites/" + soundbite).header(HttpHeaders.AUTHORIZATION, press)
                .exchange()).get("transcript").asString()).isEqualTo("Die Unterkünfte sind zu 80 Prozent belegt.");
        MvcTestResult vtt = mvc.get().uri("/api/v1/media/" + recording + "/captions")
                .header(HttpHeaders.AUTHORIZATION, press).exchange();
        assertThat(vtt).hasStatusOk();
        assertThat(vtt.getResponse().getContentType()).startsWith("text/vtt");
        assertThat(list().get("recordings").get(0).get("hasCaptions").asBoolean()).isTrue();

        MvcTestResult typed = mvc.put().uri("/api/v1/soundbites/" + soundbite).header(HttpHeaders.AUTHORIZATION, press)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\":\"Belegung\",\"start\":2,\"end\":4,\"transcript\":\"Wörtlich.\"}").exchange();
        assertThat(read(typed).get("transcript").asString()).isEqualTo("Wörtlich.");
    }

    @Test
    void anOTonOfAFormatWithoutCutterIsTheRecordingWithAMediaFragment() {
        byte[] mp3 = TestRecordings.mp3();
        String recording = read(upload(mp3, "mitschnitt.mp3", "RECORDING")).get("id").asString();
        JsonNode soundbite = read(define(recording, "{\"title\":\"Ausschnitt\",\"start\":1,\"end\":2.5}"));

        assertThat(soundbite.get("delivery").asString()).isEqualTo(FfmpegCutter.find("ffmpeg") == null ? "FRAGMENT" : "CUT");
        if (FfmpegCutter.find("ffmpeg") == null) {
            assertThat(soundbite.get("startSeconds").asDouble()).isEqualTo(1.0);
            assertThat(soundbite.get("endSeconds").asDouble()).isEqualTo(2.5);
            MvcTestResult content = mvc.get().uri("/api/v1/media/" + soundbite.get("id").asString())
                    .header(HttpHeaders.AUTHORIZATION, press).exchange();
            assertThat(content).hasStatusOk().hasContentType("audio/mpeg");
            assertThat(content.getResponse().getContentAsByteArray()).isEqualTo(mp3);
        }
    }

    @Test
    void anOTonUploadedAsItsOwnFileIsServedAsUploaded() {
        byte[] wav = TestRecordings.wav(2);
        MvcTestResult created = upload(wav, "o-ton.wav", "SOUNDBITE");

        assertThat(created).hasStatus(201);
        assertThat(read(created).get("kind").asString()).isEqualTo("SOUNDBITE");
        JsonNode listed = list().get("soundbites").get(0);
        assertThat(listed.get("delivery").asString()).isEqualTo("FILE");
        assertThat(mvc.get().uri("/api/v1/media/" + listed.get("id").asString()).header(HttpHeaders.AUTHORIZATION, press)
                .exchange().getResponse().getContentAsByteArray()).isEqualTo(wav);
    }

    @Test
    void journalistsAndThePanelListenOthersMayNotAndOtherMunicipalitiesFindNothing() {
        String recording = read(upload(TestRecordings.wav(1), "mitschnitt.wav", "RECORDING")).get("id").asString();
        String url = "/api/v1/media/" + recording;
        String journalist = bearer(mvc, office.tenant().user("Jana Schreiber", Role.JOURNALIST).username(),
                TestOrganisation.PASSWORD);
        String panel = bearer(mvc, office.panel().username(), TestOrganisation.PASSWORD);
        String employee = bearer(mvc, office.tenant().user("Erika Amt", Role.EMPLOYEE).username(), TestOrganisation.PASSWORD);
        PressOffice other = briefings.pressOffice("Nachbarstadt");
        String otherPress = bearer(mvc, other.press().username(), TestOrganisation.PASSWORD);

        assertThat(mvc.get().uri(url).header(HttpHeaders.AUTHORIZATION, journalist)).hasStatusOk();
        assertThat(mvc.get().uri(url).header(HttpHeaders.AUTHORIZATION, panel)).hasStatusOk();
        assertThat(mvc.get().uri(url).header(HttpHeaders.AUTHORIZATION, employee)).hasStatus(403);
        assertThat(mvc.get().uri(url).header(HttpHeaders.AUTHORIZATION, otherPress)).hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/media/" + UUID.randomUUID()).header(HttpHeaders.AUTHORIZATION, press))
                .hasStatus(404);
        assertThat(define(recording, "{\"title\":\"Fremd\",\"start\":0,\"end\":0.5}", journalist)).hasStatus(403);
        assertThat(mvc.post().uri("/api/v1/media/" + recording + "/soundbites").header(HttpHeaders.AUTHORIZATION, otherPress)
                .contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"Fremd\",\"start\":0,\"end\":0.5}"))
                .hasStatus(404);
        assertThat(mvc.post().uri("/api/v1/briefings/" + briefing.id() + "/media").header(HttpHeaders.AUTHORIZATION, otherPress)
                .multipart().file(new MockMultipartFile("file", "a.wav", "audio/wav", TestRecordings.wav(1)))
                .param("title", "Fremd").with(length(16_044))).hasStatus(404);
        assertThat(list().get("recordings").size()).isEqualTo(1);
    }

    private MvcTestResult upload(byte[] content, String name, String kind) {
        return mvc.post().uri("/api/v1/briefings/" + briefing.id() + "/media").header(HttpHeaders.AUTHORIZATION, press)
                .multipart().file(new MockMultipartFile("file", name, "audio/wav", content))
                .param("kind", kind).param("title", "Mitschnitt").with(length(content.length)).exchange();
    }

    private MvcTestResult define(String recording, String body) {
        return define(recording, body, press);
    }

    private MvcTestResult define(String recording, String body, String caller) {
        return mvc.post().uri("/api/v1/media/" + recording + "/soundbites").header(HttpHeaders.AUTHORIZATION, caller)
                .contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }

    private MvcTestResult captions(String recording, byte[] content) {
        return mvc.put().uri("/api/v1/media/" + recording + "/captions").header(HttpHeaders.AUTHORIZATION, press)
                .multipart().file(new MockMultipartFile("file", "untertitel.vtt", "text/vtt", content))
                .with(length(content.length)).exchange();
    }

    /** The servlet container would tell the length of the multipart body; MockMvc has none without content. */
    static RequestPostProcessor length(int fileBytes) {
        return request -> {
            request.setContent(new byte[fileBytes + 4096]);
            return request;
        };
    }

    private JsonNode list() {
        return read(mvc.get().uri("/api/v1/briefings/" + briefing.id() + "/media").header(HttpHeaders.AUTHORIZATION, press)
                .exchange());
    }

    private String exchange(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            // The container keeps the connection open until it gave up on the body: read up to the problem's end.
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            for (int read = in.read(); read >= 0; read = in.read()) {
                answer.write(read);
                String text = answer.toString(StandardCharsets.UTF_8);
                if (text.contains("\r\n\r\n") && text.endsWith("}")) {
                    break;
                }
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
