package de.lagezentrum.platform.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import de.lagezentrum.IntegrationTest;
import de.lagezentrum.platform.database.TenantScope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * What the file store refuses reaches an API client as RFC 9457 problem details through the application's
 * one problem handler: 413, 415, 507 and 400 with stable types and the explanation in German or English.
 * A tiny upload controller stands in for a module's.
 */
@IntegrationTest
class FileProblemsWebTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    FileStore store;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    final UUID tenant = UUID.randomUUID();
    FileSystem fullDisk;
    MockMvc mvc;

    @RestController
    class Uploads {

        @PostMapping("/api/v1/uploads")
        Map<String, Object> upload(@RequestParam MultipartFile file) {
            StoredFile stored = store.store(tenant, file, 100 * 1024, AcceptedTypes.RECORDINGS);
            return Map.of("id", stored.id().toString(), "contentType", stored.contentType());
        }

        @PostMapping("/api/v1/uploads/full")
        Map<String, Object> uploadToAFullDisk(@RequestParam MultipartFile file) {
            FilesystemFileStore full = new FilesystemFileStore(fullDisk.getPath("/files"), Long.MAX_VALUE, 0, jdbc,
                    transactions, Clock.systemUTC());
            return Map.of("id", TenantScope.call(tenant,
                    () -> full.store(tenant, file, Long.MAX_VALUE, AcceptedTypes.RECORDINGS)).id().toString());
        }

        @PostMapping("/api/v1/uploads/cut-off")
        Map<String, Object> uploadCutOff() {
            return Map.of("id", store.store(tenant, new FileStoreTests.CutOff(TestFiles.wav(300_000), 150_000), null,
                    1024 * 1024, AcceptedTypes.RECORDINGS).id().toString());
        }
    }

    @BeforeEach
    void mvc() {
        fullDisk = Jimfs.newFileSystem(Configuration.unix().toBuilder().setMaxSize(256 * 1024).build());
        mvc = MockMvcBuilders.standaloneSetup(new Uploads()).setControllerAdvice(context.getBean("apiProblemHandler"))
                .build();
    }

    @AfterEach
    void close() throws IOException {
        fullDisk.close();
    }

    @Test
    void anAcceptedUploadIsStored() throws Exception {
        MockHttpServletResponse response = perform(upload("/api/v1/uploads", "mitschnitt.wav", TestFiles.wav(50_000)));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(JSON.readTree(response.getContentAsByteArray()).get("contentType").asString()).isEqualTo("audio/wav");
    }

    @Test
    void aFileOverTheLimitIs413NamingTheLimit() throws Exception {
        JsonNode problem = problem(upload("/api/v1/uploads", "lang.wav", TestFiles.wav(200_000)), 413, "file-too-large");

        assertThat(problem.get("title").asString()).isEqualTo("Datei zu groß");
        assertThat(problem.get("detail").asString()).contains("100 KiB").contains("nicht gespeichert");
        JsonNode english = problem(upload("/api/v1/uploads", "lang.wav", TestFiles.wav(200_000), "en"), 413,
                "file-too-large");
        assertThat(english.get("title").asString()).isEqualTo("File too large");
    }

    @Test
    void aDisguisedScriptIs415NamingWhatItIsAndWhatIsAllowed() throws Exception {
        JsonNode problem = problem(upload("/api/v1/uploads", "interview.wav", TestFiles.SHELL_SCRIPT), 415,
                "unsupported-file-type");

        assertThat(problem.get("title").asString()).isEqualTo("Dateityp nicht erlaubt");
        assertThat(problem.get("detail").asString()).contains("application/x-sh", "audio/*, video/*");
        JsonNode english = problem(upload("/api/v1/uploads", "interview.wav", TestFiles.SHELL_SCRIPT, "en"), 415,
                "unsupported-file-type");
        assertThat(english.get("detail").asString()).contains("file's content is of type application/x-sh");
    }

    @Test
    void aFullDiskIs507WithAClearExplanationAndNoRetryAfter() throws Exception {
        MockHttpServletResponse response = perform(upload("/api/v1/uploads/full", "lang.wav",
                TestFiles.wav(1024 * 1024)));
        JsonNode problem = problem(response, 507, "storage-full");

        assertThat(problem.get("title").asString()).isEqualTo("Speicher voll");
        assertThat(problem.get("detail").asString()).contains("nicht gespeichert", "Betrieb");
        assertThat(response.getHeader(HttpHeaders.RETRY_AFTER)).isNull();
        assertThat(perform(upload("/api/v1/uploads/full", "lang.wav", TestFiles.wav(1024 * 1024), "en"))
                .getContentAsString()).contains("Storage full");
    }

    @Test
    void anUploadCutOffIs400() throws Exception {
        JsonNode problem = problem(post("/api/v1/uploads/cut-off").header(HttpHeaders.ACCEPT_LANGUAGE, "de"), 400,
                "upload-interrupted");

        assertThat(problem.get("title").asString()).isEqualTo("Übertragung abgebrochen");
    }

    private static MockMultipartHttpServletRequestBuilder upload(String path, String name, byte[] content) {
        return upload(path, name, content, "de");
    }

    private static MockMultipartHttpServletRequestBuilder upload(String path, String name, byte[] content,
            String language) {
        MockMultipartHttpServletRequestBuilder request = multipart(path);
        request.file(new MockMultipartFile("file", name, "audio/wav", content)).header(HttpHeaders.ACCEPT_LANGUAGE, language);
        return request;
    }

    private JsonNode problem(RequestBuilder request, int status, String type) throws Exception {
        return problem(perform(request), status, type);
    }

    private static JsonNode problem(MockHttpServletResponse response, int status, String type) throws Exception {
        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JsonNode problem = JSON.readTree(response.getContentAsByteArray());
        assertThat(problem.get("type").asString()).isEqualTo("/problems/" + type);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        return problem;
    }

    private MockHttpServletResponse perform(RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }
}
