package de.lagezentrum.briefing.video;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.jspecify.annotations.Nullable;

/**
 * A stand-in for BigBlueButton's API on a free local port. It checks every call's checksum the way
 * BigBlueButton's server does, written here independently of the client: it takes the query string as
 * received, removes {@code checksum} both ways BigBlueButton has done it (string removal in older
 * releases, parse and re-encode with form encoding in newer ones; both must agree), and compares the
 * lowercase hex SHA-256 of call name, that query string and its own secret. A mismatch answers
 * {@code FAILED}/{@code checksumError} as BigBlueButton does.
 */
final class BigBlueButtonTestServer implements AutoCloseable {

    /** One call the server accepted. */
    record Call(String name, Map<String, String> parameters) {
    }

    private final String secret;
    private final HttpServer server;
    private final List<Call> accepted = new CopyOnWriteArrayList<>();
    private final List<String> refused = new CopyOnWriteArrayList<>();
    private volatile @Nullable String cannedAnswer;

    BigBlueButtonTestServer(String secret) throws IOException {
        this.secret = secret;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/bigbluebutton/api/", this::handle);
        server.start();
    }

    URI apiUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/bigbluebutton/api");
    }

    List<Call> accepted() {
        return accepted;
    }

    List<String> refused() {
        return refused;
    }

    /** From now on every call is answered with this body instead of BigBlueButton's usual answer. */
    void answerWith(String body) {
        this.cannedAnswer = body;
    }

    /**
     * Checks a signed address as BigBlueButton would on arrival.
     *
     * @return the call's decoded parameters, or null when the checksum does not match
     */
    @Nullable Map<String, String> verify(URI uri) {
        String path = uri.getRawPath();
        String callName = path.substring(path.lastIndexOf('/') + 1);
        String query = uri.getRawQuery() == null ? "" : uri.getRawQuery();
        List<String[]> pairs = new ArrayList<>();
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            pairs.add(equals < 0 ? new String[] {pair, ""}
                    : new String[] {pair.substring(0, equals), pair.substring(equals + 1)});
        }
        String checksum = pairs.stream().filter(pair -> pair[0].equals("checksum")).map(pair -> pair[1])
                .findFirst().orElse(null);
        if (checksum == null) {
            return null;
        }
        // Older BigBlueButton (GetChecksum): the checksum removed from the raw query string.
        String removed = query.replace("&checksum=" + checksum, "").replace("checksum=" + checksum + "&", "")
                .replace("checksum=" + checksum, "");
        // Newer BigBlueButton: parsed, the checksum dropped, re-encoded as form fields (space as +).
        Map<String, String> parameters = new LinkedHashMap<>();
        pairs.stream().filter(pair -> !pair[0].equals("checksum")).forEach(pair -> parameters.put(
                URLDecoder.decode(pair[0], StandardCharsets.UTF_8), URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
        String reEncoded = parameters.entrySet().stream()
                .map(entry -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        if (!removed.equals(reEncoded)) {
            return null;
        }
        return sha256Hex(callName + removed + secret).equals(checksum) ? parameters : null;
    }

    private void handle(HttpExchange exchange) throws IOException {
        URI uri = exchange.getRequestURI();
        String path = uri.getRawPath();
        String callName = path.substring(path.lastIndexOf('/') + 1);
        String body;
        String canned = cannedAnswer;
        Map<String, String> parameters = verify(uri);
        if (canned != null) {
            body = canned;
        } else if (parameters == null) {
            refused.add(callName);
            body = failed("checksumError", "Checksums do not match");
        } else {
            accepted.add(new Call(callName, parameters));
            body = switch (callName) {
                case "create" -> "<response><returncode>SUCCESS</returncode><meetingID>"
                        + parameters.get("meetingID") + "</meetingID><messageKey/><message/></response>";
                case "isMeetingRunning" -> "<response><returncode>SUCCESS</returncode><running>"
                        + accepted.stream().anyMatch(call -> call.name().equals("create")
                                && call.parameters().get("meetingID").equals(parameters.get("meetingID")))
                        + "</running></response>";
                default -> failed("unsupportedRequest", "This request is not supported.");
            };
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/xml;charset=utf-8");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String failed(String messageKey, String message) {
        return "<response><returncode>FAILED</returncode><messageKey>" + messageKey + "</messageKey><message>"
                + message + "</message></response>";
    }

    private static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
