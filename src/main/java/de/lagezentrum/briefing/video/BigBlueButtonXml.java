package de.lagezentrum.briefing.video;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * BigBlueButton's XML answers, read with the JDK's parser hardened against XXE: no document types (so
 * no external entities and no entity expansion bombs), no external DTDs or schemas, no XInclude.
 */
final class BigBlueButtonXml {

    private BigBlueButtonXml() {
    }

    /** The answer's root element once its {@code returncode} is {@code SUCCESS}. */
    static Element successOf(String callName, byte[] body) {
        Element answer = parse(callName, body);
        String returnCode = text(answer, "returncode");
        if (!"SUCCESS".equals(returnCode)) {
            String messageKey = text(answer, "messageKey");
            throw new BigBlueButtonException("BigBlueButton refused " + callName + ": "
                    + (returnCode == null ? "no returncode" : returnCode) + " " + messageKey + " – "
                    + text(answer, "message"), messageKey);
        }
        return answer;
    }

    static Element parse(String callName, byte[] body) {
        try {
            return parser().parse(new ByteArrayInputStream(body)).getDocumentElement();
        } catch (SAXException | IOException e) {
            throw new BigBlueButtonException("BigBlueButton " + callName + " answered no readable XML", e);
        }
    }

    static DocumentBuilder parser() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            // Without a handler the parser prints malformed input to the console before throwing.
            builder.setErrorHandler(new DefaultHandler());
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's XML parser lacks a security feature", e);
        }
    }

    /** The trimmed text of the first direct child of that name; null when there is none. */
    static @Nullable String text(Element parent, String name) {
        Element child = child(parent, name);
        return child == null ? null : child.getTextContent().trim();
    }

    /** The recordings of a {@code getRecordings} answer; none when it lists none. */
    static List<BigBlueButtonRecording> recordings(Element answer) {
        List<BigBlueButtonRecording> recordings = new ArrayList<>();
        Element list = child(answer, "recordings");
        for (Element recording : children(list, "recording")) {
            List<BigBlueButtonRecording.Playback> playbacks = new ArrayList<>();
            for (Element format : children(child(recording, "playback"), "format")) {
                URI url = uri(text(format, "url"));
                if (url != null) {
                    playbacks.add(new BigBlueButtonRecording.Playback(String.valueOf(text(format, "type")), url,
                            integer(text(format, "length"))));
                }
            }
            recordings.add(new BigBlueButtonRecording(String.valueOf(text(recording, "recordID")),
                    String.valueOf(text(recording, "meetingID")), String.valueOf(text(recording, "state")),
                    "true".equals(text(recording, "published")), instant(text(recording, "startTime")),
                    instant(text(recording, "endTime")), List.copyOf(playbacks)));
        }
        return List.copyOf(recordings);
    }

    private static @Nullable Element child(@Nullable Element parent, String name) {
        List<Element> children = children(parent, name);
        return children.isEmpty() ? null : children.get(0);
    }

    private static List<Element> children(@Nullable Element parent, String name) {
        List<Element> children = new ArrayList<>();
        if (parent == null) {
            return children;
        }
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                children.add(element);
            }
        }
        return children;
    }

    private static @Nullable URI uri(@Nullable String url) {
        try {
            return url == null || url.isEmpty() ? null : URI.create(url);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static @Nullable Instant instant(@Nullable String epochMillis) {
        try {
            return epochMillis == null || epochMillis.isEmpty() ? null : Instant.ofEpochMilli(Long.parseLong(epochMillis));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int integer(@Nullable String number) {
        try {
            return number == null || number.isEmpty() ? 0 : Integer.parseInt(number);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
