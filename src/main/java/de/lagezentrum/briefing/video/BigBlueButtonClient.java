package de.lagezentrum.briefing.video;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;

/**
 * BigBlueButton's API over {@code java.net.http}. Every call is signed as BigBlueButton checks it: the
 * server takes the query string exactly as it arrives, cuts out {@code checksum=…}, and compares the
 * lowercase hex digest of call name + that query string + shared secret, choosing the hash by the
 * checksum's length. So the checksum here is computed over the very bytes that are sent, parameters in
 * the order given, each URL-encoded as a form field (UTF-8, space as {@code +}).
 */
public class BigBlueButtonClient {

    private final String base;
    private final String secret;
    private final ChecksumAlgorithm algorithm;
    private final HttpClient http;
    private final Duration timeout;

    /**
     * @param apiUrl the API's base address, e.g. {@code https://bbb.example/bigbluebutton/api}
     * @param secret the shared secret
     * @param algorithm the checksum's hash
     * @param http the client the calls go through
     * @param timeout how long one call may take
     */
    public BigBlueButtonClient(URI apiUrl, String secret, ChecksumAlgorithm algorithm, HttpClient http,
            Duration timeout) {
        String url = apiUrl.toString();
        this.base = url.endsWith("/") ? url : url + "/";
        this.secret = secret;
        this.algorithm = algorithm;
        this.http = http;
        this.timeout = timeout;
    }

    /**
     * Creates the meeting, recorded on demand: the recording is not started automatically, moderators
     * start and stop it, and BigBlueButton calls {@code recordingReadyUrl} once it is processed. Calling
     * it again for a meeting that exists is harmless: BigBlueButton answers {@code duplicateWarning} and
     * the existing meeting's data, as long as the passwords are the same.
     *
     * @return the meeting as BigBlueButton holds it now
     */
    public Meeting create(String meetingId, String name, String moderatorPassword, String attendeePassword,
            URI recordingReadyUrl) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("name", name);
        parameters.put("meetingID", meetingId);
        parameters.put("attendeePW", attendeePassword);
        parameters.put("moderatorPW", moderatorPassword);
        parameters.put("record", "true");
        parameters.put("autoStartRecording", "false");
        parameters.put("allowStartStopRecording", "true");
        parameters.put("meta_bbb-recording-ready-url", recordingReadyUrl.toString());
        Element answer = call("create", parameters);
        long createTime;
        try {
            createTime = Long.parseLong(String.valueOf(BigBlueButtonXml.text(answer, "createTime")));
        } catch (NumberFormatException e) {
            throw new BigBlueButtonException("BigBlueButton create answered without a createTime", e);
        }
        return new Meeting(meetingId, createTime, "duplicateWarning".equals(BigBlueButtonXml.text(answer, "messageKey")));
    }

    /**
     * The signed address that lets one participant into the meeting; BigBlueButton redirects the browser
     * into the room. It names the meeting's {@code createTime}, so it does not open a later meeting of the
     * same id.
     *
     * @param password the role's password for servers before role support; null to join by role alone
     */
    public URI joinUrl(Meeting meeting, String fullName, String userId, boolean moderator,
            @Nullable String password) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("fullName", fullName);
        parameters.put("meetingID", meeting.meetingId());
        parameters.put("role", moderator ? "MODERATOR" : "VIEWER");
        if (password != null) {
            parameters.put("password", password);
        }
        parameters.put("userID", userId);
        parameters.put("createTime", Long.toString(meeting.createTime()));
        parameters.put("redirect", "true");
        return signed("join", parameters);
    }

    /** Whether the meeting is running, that is, somebody has joined it and it has not ended. */
    public boolean isMeetingRunning(String meetingId) {
        return "true".equals(BigBlueButtonXml.text(call("isMeetingRunning", Map.of("meetingID", meetingId)),
                "running"));
    }

    /** The meeting's recordings, processed or still processing; none when it has none. */
    public List<BigBlueButtonRecording> recordings(String meetingId) {
        return BigBlueButtonXml.recordings(call("getRecordings", Map.of("meetingID", meetingId)));
    }

    /**
     * Ends the meeting for everybody.
     *
     * @param moderatorPassword the moderator password for servers that still ask for it; null otherwise
     * @return false when there was no such meeting (anymore)
     */
    public boolean end(String meetingId, @Nullable String moderatorPassword) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("meetingID", meetingId);
        if (moderatorPassword != null) {
            parameters.put("password", moderatorPassword);
        }
        try {
            call("end", parameters);
            return true;
        } catch (BigBlueButtonException e) {
            if ("notFound".equals(e.messageKey())) {
                return false;
            }
            throw e;
        }
    }

    /** The address of a call, its checksum appended last. */
    URI signed(String callName, Map<String, String> parameters) {
        String query = parameters.entrySet().stream()
                .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&"));
        String checksum = checksum(algorithm, callName, query, secret);
        return URI.create(base + callName + "?" + (query.isEmpty() ? "" : query + "&") + "checksum=" + checksum);
    }

    /** Lowercase hex digest of call name, query string (without checksum) and shared secret. */
    static String checksum(ChecksumAlgorithm algorithm, String callName, String query, String secret) {
        try {
            byte[] digest = MessageDigest.getInstance(algorithm.jdkName())
                    .digest((callName + query + secret).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm.jdkName() + " is part of every JDK", e);
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private Element call(String callName, Map<String, String> parameters) {
        HttpResponse<byte[]> response;
        try {
            response = http.send(HttpRequest.newBuilder(signed(callName, parameters)).timeout(timeout).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new BigBlueButtonException("BigBlueButton " + callName + " unreachable: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BigBlueButtonException("BigBlueButton " + callName + " interrupted", e);
        }
        if (response.statusCode() != 200) {
            throw new BigBlueButtonException(
                    "BigBlueButton " + callName + " answered HTTP " + response.statusCode(), (String) null);
        }
        return BigBlueButtonXml.successOf(callName, response.body());
    }

    /**
     * A meeting BigBlueButton holds.
     *
     * @param createTime BigBlueButton's creation time of this instance of the meeting (epoch milliseconds)
     * @param duplicate whether it existed already before this create
     */
    public record Meeting(String meetingId, long createTime, boolean duplicate) {
    }
}
