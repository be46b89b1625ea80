package de.lagezentrum.briefing.press;

import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import de.lagezentrum.platform.documents.XmlText;

/**
 * The press area's Atom feed (RFC 4287), written with the JDK's XML stream writer, which escapes every
 * text and attribute: a title with markup stays text; characters XML cannot carry at all (control
 * characters pasted into a title) are dropped ({@link XmlText}). Entry ids are {@code urn:uuid:} of the briefing or
 * release, so they stay the same when the site moves; links are absolute.
 */
@Component
public class PressFeed {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final Locale GERMAN = Locale.GERMAN;

    private final MessageSource messages;

    PressFeed(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * The feed, newest change first.
     *
     * @param base the site's address without a trailing slash, e.g. {@code https://presse.musterstadt.de}
     */
    public String write(String base, List<Entry> entries) {
        List<Entry> sorted = entries.stream().sorted(Comparator.comparing(Entry::updated).reversed()).toList();
        // Without entries the feed has not changed since ever: a fixed time keeps its ETag stable.
        Instant updated = sorted.isEmpty() ? Instant.EPOCH : sorted.get(0).updated();
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(ATOM);
            xml.writeStartElement(ATOM, "feed");
            xml.writeDefaultNamespace(ATOM);
            xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", "de");
            element(xml, "id", base + "/presse/feed.atom");
            element(xml, "title", messages.getMessage("press.feed.title", null, GERMAN));
            element(xml, "subtitle", messages.getMessage("press.feed.subtitle", null, GERMAN));
            element(xml, "updated", time(updated));
            link(xml, "self", base + "/presse/feed.atom", "application/atom+xml");
            link(xml, "alternate", base + "/presse", "text/html");
            xml.writeStartElement(ATOM, "author");
            element(xml, "name", messages.getMessage("press.feed.author", null, GERMAN));
            xml.writeEndElement();
            for (Entry entry : sorted) {
                xml.writeStartElement(ATOM, "entry");
                element(xml, "id", "urn:uuid:" + entry.id());
                element(xml, "title", entry.title());
                element(xml, "published", time(entry.published()));
                element(xml, "updated", time(entry.updated()));
                link(xml, "alternate", base + entry.path(), "text/html");
                for (Enclosure enclosure : entry.enclosures()) {
                    xml.writeEmptyElement(ATOM, "link");
                    xml.writeAttribute("rel", "enclosure");
                    xml.writeAttribute("href", base + enclosure.path());
                    xml.writeAttribute("type", enclosure.contentType());
                    xml.writeAttribute("title", XmlText.of(enclosure.title()));
                    if (enclosure.length() != null) {
                        xml.writeAttribute("length", Long.toString(enclosure.length()));
                    }
                }
                xml.writeStartElement(ATOM, "category");
                xml.writeAttribute("term", entry.kind());
                xml.writeAttribute("label", messages.getMessage("press.feed.kind." + entry.kind(), null, GERMAN));
                xml.writeEndElement();
                xml.writeStartElement(ATOM, "content");
                xml.writeAttribute("type", "html");
                xml.writeCharacters(XmlText.of(entry.html()));
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        }
        catch (XMLStreamException e) {
            throw new IllegalStateException("The press feed could not be written", e);
        }
        return text.toString();
    }

    private static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(ATOM, name);
        xml.writeCharacters(XmlText.of(value));
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement(ATOM, "link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
        xml.writeAttribute("type", type);
    }

    private static String time(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }

    /**
     * One entry.
     *
     * @param kind {@code briefing} or {@code press-release}
     * @param path the public page, e.g. {@code /presse/briefings/…}
     * @param html the sanitised text
     * @param enclosures files of the entry (a briefing's O-Töne), as {@code rel="enclosure"} links
     */
    public record Entry(UUID id, String kind, String title, String path, Instant published, Instant updated,
            String html, List<Enclosure> enclosures) {

        public Entry {
            enclosures = List.copyOf(enclosures);
        }

        /** An entry without files. */
        public Entry(UUID id, String kind, String title, String path, Instant published, Instant updated, String html) {
            this(id, kind, title, path, published, updated, html, List.of());
        }
    }

    /**
     * A file of an entry.
     *
     * @param path its public address, e.g. {@code /presse/briefings/…/o-toene/…}
     * @param length its size in bytes; null when not known
     */
    public record Enclosure(String path, String title, String contentType, @Nullable Long length) {
    }
}
