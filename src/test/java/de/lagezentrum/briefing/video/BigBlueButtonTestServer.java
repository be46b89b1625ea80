package de.lagezentrum.briefing.video;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
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
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.jspecify.annotations.Nullable;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A stand-in for BigBlueButton's API on a free local port. It checks every call's checksum the way
 * BigBlueButton's server does, written here independently of the client: it takes the query string as
 * received, removes {@code checksum} both ways BigBlueButton has done it (string removal in older
 * releases, parse and re-encode with form encoding in newer ones; both must agree), and compares the
 * lowercase hex SHA-256 of call name, that query string and its own secret. A mismatch answers
 * {@code FAILED}/{@code checksumError} as BigBlueButton does. It keeps its meetings as BigBlueButton
 * does: a second {@code create} of a running meeting answers that meeting (with its {@code createTime})
 * only when it names the same attendee and moderator passwords, and {@code idNotUnique} otherwise;
 * {@code end} of a meeting it does not know answers {@code notFound}.
 */
final class BigBlueButtonTestServer implements AutoCloseable {

    /** One call the server accepted. */
    record Call(String name, Map<String, String> parameters) {
    }

    /** A running meeting with the passwords it was created with. */
    record Meeting(String attendeePassword, String moderatorPassword, String createTime) {
    }

    private final String secret;
    private final HttpServer server;
    private final List<Call> accepted = new CopyOnWriteArrayList<>();
    private final List<String> refused = new CopyOnWriteArrayList<>();
    private final Map<String, Meeting> meetings = new ConcurrentHashMap<>();
    private final AtomicLong clock = new AtomicLong(1_767_225_600_000L);
    private volatile @Nullable String cannedAnswer;

    /** The shared secret of the test configuration ({@code application-test.yaml}). */
    static final String APPLICATION_SECRET = "test-bbb-shared-secret-0123456789abcdefghij";

    /** A server for the application under test, which a test class points it at with {@link #register}. */
    static BigBlueButtonTestServer forTheApplication() {
        try {
            return new BigBlueButtonTestServer(APPLICATION_SECRET);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes the application's rooms BigBlueButton's, held on this server. */
    void register(DynamicPropertyRegistry registry) {
        registry.add("lagezentrum.briefing.video.kind", () -> "BIGBLUEBUTTON");
        registry.add("lagezentrum.briefing.video.bbb.url", () -> apiUrl().toString());
    }

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

    /** The running meeting of that id, if any. */
    @Nullable Meeting meeting(String meetingId) {
        return meetings.get(meetingId);
    }

    /** From now on every call is answered with this body instead of BigBlueButton's usual answer; null to stop. */
    void answerWith(@Nullable String body) {
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
                case "create" -> create(parameters);
                case "isMeetingRunning" -> "<response><returncode>SUCCESS</returncode><running>"
                        + meetings.containsKey(parameters.get("meetingID")) + "</running></response>";
                case "end" -> end(parameters);
                case "join" -> join(parameters);
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

    private synchronized String create(Map<String, String> parameters) {
        String meetingId = parameters.get("meetingID");
        Meeting running = meetings.get(meetingId);
        // Without passwords BigBlueButton makes random ones, so a repeated create is refused.
        Meeting asked = new Meeting(parameters.getOrDefault("attendeePW", UUID.randomUUID().toString()),
                parameters.getOrDefault("moderatorPW", UUID.randomUUID().toString()),
                Long.toString(clock.incrementAndGet()));
        if (running != null && !(running.attendeePassword().equals(asked.attendeePassword())
                && running.moderatorPassword().equals(asked.moderatorPassword()))) {
            return failed("idNotUnique", "A meeting already exists with that meeting ID.");
        }
        Meeting meeting = running != null ? running : asked;
        meetings.put(meetingId, meeting);
        return "<response><returncode>SUCCESS</returncode><meetingID>" + meetingId + "</meetingID><createTime>"
                + meeting.createTime() + "</createTime><messageKey/><message/></response>";
    }

    /** What BigBlueButton answers a join without {@code redirect}: the browser is let into the room. */
    private synchronized String join(Map<String, String> parameters) {
        Meeting running = meetings.get(parameters.get("meetingID"));
        if (running == null) {
            return failed("invalidMeetingIdentifier", "The meeting ID that you supplied did not match any existing meetings");
        }
        if (parameters.containsKey("createTime") && !running.createTime().equals(parameters.get("createTime"))) {
            return failed("mismatchCreateTimeParam", "The createTime parameter submitted mismatches with the current meeting.");
        }
        return "<response><returncode>SUCCESS</returncode><messageKey>successfullyJoined</messageKey>"
                + "<message>You have joined successfully.</message><meeting_id>" + parameters.get("meetingID")
                + "</meeting_id></response>";
    }

    private synchronized String end(Map<String, String> parameters) {
        Meeting running = meetings.get(parameters.get("meetingID"));
        if (running == null) {
            return failed("notFound", "We could not find a meeting with that meeting ID");
        }
        if (!running.moderatorPassword().equals(parameters.get("password"))) {
            return failed("invalidPassword", "You must supply the moderator password for this call.");
        }
        meetings.remove(parameters.get("meetingID"));
        return "<response><returncode>SUCCESS</returncode><messageKey>sentEndMeetingRequest</messageKey>"
                + "<message>A request to end the meeting was sent.</message></response>";
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
