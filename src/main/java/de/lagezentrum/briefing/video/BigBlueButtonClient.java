package de.lagezentrum.briefing.video;

import java.io.ByteArrayInputStream;
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
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Calls of BigBlueButton's API over {@code java.net.http}, each signed as BigBlueButton checks it: the
 * parameters URL-encoded with {@link URLEncoder} (UTF-8, space as {@code +}), the way BigBlueButton's
 * own Java server re-encodes them, and {@code checksum} = lowercase hex SHA-256 of call name, query
 * string and shared secret. Answers are read with an XML parser that refuses document types and
 * external entities.
 */
public class BigBlueButtonClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final String base;
    private final String secret;
    private final HttpClient http;
    private final MeetingIds meetings;

    /**
     * @param apiUrl the API's base address, e.g. {@code https://bbb.example/bigbluebutton/api}
     * @param secret the shared secret
     * @param http the client the calls go through
     */
    public BigBlueButtonClient(URI apiUrl, String secret, HttpClient http) {
        String url = apiUrl.toString();
        this.base = url.endsWith("/") ? url : url + "/";
        this.secret = secret;
        this.http = http;
        this.meetings = new MeetingIds(secret);
    }

    /**
     * The meeting id of a briefing: {@code lz-<tenant>-<briefing>-<tag>}, the tag an HMAC of both with the
     * shared secret, so that it cannot be guessed and the callback can tell its briefing.
     */
    public String meetingId(UUID tenantId, UUID briefingId) {
        return meetings.of(tenantId, briefingId);
    }

    /**
     * Creates the meeting, recorded, with the address BigBlueButton calls once the recording is
     * processed, and with attendee and moderator passwords derived from the secret and the meeting id.
     * BigBlueButton answers a second create of a running meeting with that meeting when the passwords
     * are the same (and refuses it with {@code idNotUnique} otherwise), so calling this before every join
     * is safe.
     *
     * @return the meeting's {@code createTime}, for {@link #joinUrl}; null when BigBlueButton sent none
     */
    public @Nullable String create(String meetingId, String name, URI recordingReadyUrl) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("name", name);
        parameters.put("meetingID", meetingId);
        parameters.put("attendeePW", meetings.password(meetingId, false));
        parameters.put("moderatorPW", meetings.password(meetingId, true));
        parameters.put("record", "true");
        parameters.put("meta_bbb-recording-ready-url", recordingReadyUrl.toString());
        String createTime = text(call("create", parameters), "createTime");
        return createTime == null || createTime.isEmpty() ? null : createTime;
    }

    /** Whether the meeting is running now. */
    public boolean isMeetingRunning(String meetingId) {
        Element answer = call("isMeetingRunning", Map.of("meetingID", meetingId));
        return "true".equals(text(answer, "running"));
    }

    /**
     * Ends the meeting for everybody. A meeting BigBlueButton does not know (never started, or already
     * gone) counts as ended.
     *
     * @return whether a running meeting was ended
     */
    public boolean end(String meetingId) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("meetingID", meetingId);
        parameters.put("password", meetings.password(meetingId, true));
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

    /**
     * The signed address that lets a participant into the meeting; BigBlueButton redirects the
     * browser into the room. It names the role and, for servers before {@code role} existed, the
     * role's password.
     *
     * @param createTime the meeting's creation time from {@link #create}, so that the address works only
     *        for that run of the meeting; null to leave it out
     */
    public URI joinUrl(String meetingId, String fullName, String userId, boolean moderator,
            @Nullable String createTime) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("fullName", fullName);
        parameters.put("meetingID", meetingId);
        parameters.put("password", meetings.password(meetingId, moderator));
        parameters.put("role", moderator ? "MODERATOR" : "VIEWER");
        parameters.put("userID", userId);
        if (createTime != null) {
            parameters.put("createTime", createTime);
        }
        parameters.put("redirect", "true");
        return signed("join", parameters);
    }

    /** The address of a call with its checksum appended. */
    URI signed(String callName, Map<String, String> parameters) {
        String query = parameters.entrySet().stream()
                .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&"));
        String checksum = checksum(callName, query, secret);
        return URI.create(base + callName + "?" + (query.isEmpty() ? "" : query + "&") + "checksum=" + checksum);
    }

    /** Lowercase hex SHA-256 of call name, query string (without checksum) and shared secret. */
    static String checksum(String callName, String query, String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((callName + query + secret).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private Element call(String callName, Map<String, String> parameters) {
        URI uri = signed(callName, parameters);
        HttpResponse<byte[]> response;
        try {
            response = http.send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new BigBlueButtonException("BigBlueButton " + callName + " unreachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BigBlueButtonException("BigBlueButton " + callName + " interrupted", e);
        }
        if (response.statusCode() != 200) {
            throw new BigBlueButtonException(
                    "BigBlueButton " + callName + " answered HTTP " + response.statusCode(), (String) null);
        }
        Element answer = parse(callName, response.body());
        String returnCode = text(answer, "returncode");
        if (!"SUCCESS".equals(returnCode)) {
            String messageKey = text(answer, "messageKey");
            throw new BigBlueButtonException("BigBlueButton refused " + callName + ": "
                    + (returnCode == null ? "no returncode" : returnCode) + " " + messageKey + " – "
                    + text(answer, "message"), messageKey);
        }
        return answer;
    }

    private static Element parse(String callName, byte[] body) {
        try {
            Document document = parser().parse(new ByteArrayInputStream(body));
            return document.getDocumentElement();
        } catch (SAXException | IOException e) {
            throw new BigBlueButtonException("BigBlueButton " + callName + " answered no readable XML", e);
        }
    }

    /**
     * A parser that refuses DOCTYPE declarations, so neither external entities nor entity bombs get in;
     * it throws on malformed input instead of printing to the console.
     */
    static DocumentBuilder parser() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setNamespaceAware(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler());
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's XML parser lacks a security feature", e);
        }
    }

    private static @Nullable String text(Element answer, String name) {
        NodeList nodes = answer.getElementsByTagName(name);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent().trim();
    }
}
