package de.lagezentrum.briefing.press;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import static org.assertj.core.api.Assertions.assertThat;

/** The Atom feed is well-formed RFC 4287 and carries markup in titles and texts as text only. */
class PressFeedTests {

    private static final String HOSTILE = "<script>alert('x')</script> & \"Lage\"";

    private final PressFeed feed = new PressFeed(messages());

    @Test
    void entriesParseBackWithIdTitleLinkAndTimes() throws Exception {
        UUID briefing = UUID.randomUUID();
        UUID release = UUID.randomUUID();
        Instant earlier = Instant.parse("2026-03-04T10:00:00Z");
        Instant later = Instant.parse("2026-03-05T09:30:00Z");

        Document atom = parse(feed.write("https://presse.musterstadt.de", List.of(
                new PressFeed.Entry(briefing, "briefing", "Pressebriefing zur Lage", "/presse/briefings/" + briefing,
                        earlier, earlier, "<p>Zusammenfassung</p>"),
                new PressFeed.Entry(release, "press-release", "Turnhalle öffnet", "/presse/mitteilungen/" + release,
                        later, later, "<p>Text</p>"))));

        Element root = atom.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(PressFeed.ATOM);
        assertThat(root.getLocalName()).isEqualTo("feed");
        assertThat(child(root, "id").getTextContent()).isEqualTo("https://presse.musterstadt.de/presse/feed.atom");
        assertThat(child(root, "updated").getTextContent()).isEqualTo("2026-03-05T09:30:00Z");
        assertThat(child(root, "author").getTextContent().strip()).isEqualTo("Pressestelle");
        var entries = root.getElementsByTagNameNS(PressFeed.ATOM, "entry");
        assertThat(entries.getLength()).isEqualTo(2);
        Element newest = (Element) entries.item(0);
        assertThat(child(newest, "id").getTextContent()).isEqualTo("urn:uuid:" + release);
        assertThat(child(newest, "title").getTextContent()).isEqualTo("Turnhalle öffnet");
        assertThat(child(newest, "link").getAttribute("href"))
                .isEqualTo("https://presse.musterstadt.de/presse/mitteilungen/" + release);
        assertThat(child(newest, "updated").getTextContent()).isEqualTo("2026-03-05T09:30:00Z");
        assertThat(child(newest, "published").getTextContent()).isEqualTo("2026-03-05T09:30:00Z");
        assertThat(child((Element) entries.item(1), "id").getTextContent()).isEqualTo("urn:uuid:" + briefing);
    }

    @Test
    void markupInTitlesAndTextsStaysText() throws Exception {
        UUID id = UUID.randomUUID();
        String xml = feed.write("https://presse.musterstadt.de", List.of(new PressFeed.Entry(id, "press-release",
                HOSTILE, "/presse/mitteilungen/" + id, Instant.EPOCH, Instant.EPOCH, "<p>&lt;script&gt;</p>")));

        assertThat(xml).doesNotContain("<script").contains("&lt;script&gt;");
        Element entry = (Element) parse(xml).getElementsByTagNameNS(PressFeed.ATOM, "entry").item(0);
        assertThat(child(entry, "title").getTextContent()).isEqualTo(HOSTILE);
        assertThat(child(entry, "content").getAttribute("type")).isEqualTo("html");
        assertThat(child(entry, "content").getTextContent()).isEqualTo("<p>&lt;script&gt;</p>");
    }

    @Test
    void controlCharactersPastedIntoATitleDoNotBreakTheFeed() throws Exception {
        UUID id = UUID.randomUUID();
        String xml = feed.write("https://presse.musterstadt.de", List.of(new PressFeed.Entry(id, "press-release",
                "Pegel\u000C steigt\u0000 \uD83C\uDF0A\tweiter\uD800", "/presse/mitteilungen/" + id, Instant.EPOCH,
                Instant.EPOCH, "<p>Text\u0007</p>")));

        Element entry = (Element) parse(xml).getElementsByTagNameNS(PressFeed.ATOM, "entry").item(0);
        assertThat(child(entry, "title").getTextContent()).isEqualTo("Pegel steigt \uD83C\uDF0A\tweiter");
        assertThat(child(entry, "content").getTextContent()).isEqualTo("<p>Text</p>");
    }

    @Test
    void anEmptyFeedHasAFixedUpdatedTime() throws Exception {
        String first = feed.write("https://presse.musterstadt.de", List.of());

        assertThat(child(parse(first).getDocumentElement(), "updated").getTextContent()).isEqualTo("1970-01-01T00:00:00Z");
        assertThat(feed.write("https://presse.musterstadt.de", List.of())).isEqualTo(first);
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static Element child(Element parent, String name) {
        return (Element) parent.getElementsByTagNameNS(PressFeed.ATOM, name).item(0);
    }

    private static StaticMessageSource messages() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.setUseCodeAsDefaultMessage(true);
        messages.addMessage("press.feed.author", java.util.Locale.GERMAN, "Pressestelle");
        return messages;
    }
}
