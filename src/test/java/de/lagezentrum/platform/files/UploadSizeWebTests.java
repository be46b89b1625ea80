package de.lagezentrum.platform.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import de.lagezentrum.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real servlet container, spoken to over a plain socket: a multipart body above the limit is answered
 * with 413 at once, as problem details for the API and as the error page for pages, without the client
 * having sent a byte of it; a client that asks {@code Expect: 100-continue} is never told to go on.
 */
@IntegrationTest
class UploadSizeWebTests {

    @LocalServerPort
    int port;

    @Test
    void anOversizedMultipartApiRequestIs413ProblemBeforeItsBodyIsSent() throws IOException {
        String response = exchange("""
                POST /api/v1/departments HTTP/1.1\r
                Host: localhost\r
                Content-Type: multipart/form-data; boundary=grenze\r
                Content-Length: 52428800\r
                \r
                """);

        assertThat(response).startsWith("HTTP/1.1 413 ");
        assertThat(response).containsIgnoringCase("Content-Type: application/problem+json")
                .containsIgnoringCase("Connection: close")
                .contains("\"type\":\"/problems/too-large\"", "Anfrage zu groß");
    }

    @Test
    void anOversizedMultipartPageRequestGetsTheErrorPage() throws IOException {
        String response = exchange("""
                POST /staffs HTTP/1.1\r
                Host: localhost\r
                Accept: text/html\r
                Content-Type: multipart/form-data; boundary=grenze\r
                Content-Length: 52428800\r
                \r
                """);

        assertThat(response).startsWith("HTTP/1.1 413 ");
        assertThat(response).containsIgnoringCase("Content-Type: text/html").contains("<h1>Anfrage zu groß</h1>");
    }

    @Test
    void aClientWaitingForContinueHearsTheRefusalInstead() throws IOException {
        String response = exchange("""
                POST /api/v1/departments HTTP/1.1\r
                Host: localhost\r
                Expect: 100-continue\r
                Content-Type: multipart/form-data; boundary=grenze\r
                Content-Length: 3221225472\r
                \r
                """);

        assertThat(response).startsWith("HTTP/1.1 413 ").doesNotContain("100 Continue");
    }

    @Test
    void aMultipartBodyWithoutLengthIs411() throws IOException {
        String response = exchange("""
                POST /api/v1/departments HTTP/1.1\r
                Host: localhost\r
                Content-Type: multipart/form-data; boundary=grenze\r
                Transfer-Encoding: chunked\r
                \r
                """);

        assertThat(response).startsWith("HTTP/1.1 411 ").contains("\"type\":\"/problems/length-required\"");
    }

    @Test
    void aSmallMultipartRequestGoesOnToTheSecurityChain() throws IOException {
        String body = """
                --grenze\r
                Content-Disposition: form-data; name="file"; filename="a.txt"\r
                Content-Type: text/plain\r
                \r
                hallo\r
                --grenze--\r
                """;
        String response = exchange("POST /api/v1/departments HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                + "Content-Type: multipart/form-data; boundary=grenze\r\nContent-Length: "
                + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body);

        assertThat(response).startsWith("HTTP/1.1 401 ");
    }

    /**
     * Sends the text and reads one response: its head, then its body by length or chunks. The container may
     * keep the connection open a while for the body it was promised; the test does not wait for that.
     */
    private String exchange(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            while (!complete(answer.toString(StandardCharsets.UTF_8))) {
                int read = in.read();
                if (read < 0) {
                    break;
                }
                answer.write(read);
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    private static boolean complete(String answer) {
        int headEnd = answer.indexOf("\r\n\r\n");
        if (headEnd < 0) {
            return false;
        }
        String head = answer.substring(0, headEnd).toLowerCase(Locale.ROOT);
        String body = answer.substring(headEnd + 4);
        Matcher length = Pattern.compile("content-length: *(\\d+)").matcher(head);
        if (length.find()) {
            return body.getBytes(StandardCharsets.UTF_8).length >= Integer.parseInt(length.group(1));
        }
        if (head.contains("transfer-encoding: chunked")) {
            return body.endsWith("\r\n0\r\n\r\n") || body.startsWith("0\r\n\r\n");
        }
        // Neither: the body ends where the connection does (Connection: close); a page ends with its html element.
        return body.contains("</html>");
    }
}
