package de.lagezentrum;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * German and English bundles have the same keys, every key a template names exists, and templates
 * hold no hard-coded user-facing text (text nodes and accessible-name attributes must come from
 * {@code th:*} expressions).
 */
class I18nSyncTests {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.\\-]+)[}(]");
    static final Set<String> TEXT_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label", "value", "content");

    @Test
    void bothLanguagesHaveTheSameKeys() {
        Set<String> german = keys("messages/messages.properties");
        Set<String> english = keys("messages/messages_en.properties");

        assertThat(difference(german, english)).as("keys only in German").isEmpty();
        assertThat(difference(english, german)).as("keys only in English").isEmpty();
    }

    /** A key written twice silently takes the later text (blocks appended by two slices did this). */
    @Test
    void noKeyIsWrittenTwice() throws IOException {
        for (String bundle : List.of("messages.properties", "messages_en.properties")) {
            Set<String> seen = new TreeSet<>();
            List<String> twice = new ArrayList<>();
            for (String line : Files.readAllLines(Path.of("src/main/resources/messages", bundle))) {
                int equals = line.indexOf('=');
                if (!line.isBlank() && !line.startsWith("#") && equals > 0 && !seen.add(line.substring(0, equals).strip())) {
                    twice.add(line.substring(0, equals).strip());
                }
            }
            assertThat(twice).as(bundle).isEmpty();
        }
    }

    @Test
    void everyLiteralKeyInTemplatesExists() throws IOException {
        Set<String> german = keys("messages/messages.properties");
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            Matcher matcher = MESSAGE_KEY.matcher(Files.readString(template));
            while (matcher.find()) {
                if (!german.contains(matcher.group(1))) {
                    missing.add(template + ": " + matcher.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void templatesHoldNoHardCodedText() throws IOException {
        List<String> offences = new ArrayList<>();
        for (Path template : templates()) {
            Document document = Jsoup.parse(Files.readString(template), "", Parser.htmlParser());
            for (Element element : document.getAllElements()) {
                if (replacesItsContent(element) || insideReplacedContent(element)) {
                    continue;
                }
                for (TextNode text : element.textNodes()) {
                    if (text.text().codePoints().anyMatch(Character::isLetter)) {
                        offences.add(template + ": text '" + text.text().strip() + "' in <" + element.tagName() + ">");
                    }
                }
                element.attributes().forEach(attribute -> {
                    if (TEXT_ATTRIBUTES.contains(attribute.getKey())
                            && attribute.getValue().codePoints().anyMatch(Character::isLetter)
                            && !isTechnical(element, attribute.getKey())) {
                        offences.add(template + ": attribute " + attribute.getKey() + "='" + attribute.getValue() + "'");
                    }
                });
            }
        }
        assertThat(offences).isEmpty();
    }

    /**
     * Elements whose content Thymeleaf replaces: their text is only a design-time placeholder. A page's
     * {@code <html th:replace="~{layout…}">} does not count: its fragments are rendered.
     */
    private static boolean replacesItsContent(Element element) {
        return !element.tagName().equals("html") && (element.hasAttr("th:text") || element.hasAttr("th:utext")
                || element.hasAttr("th:replace") || element.hasAttr("th:insert") || element.hasAttr("th:errors"));
    }

    private static boolean insideReplacedContent(Element element) {
        return element.parents().stream().anyMatch(I18nSyncTests::replacesItsContent);
    }

    /** Machine-readable values, not text for people. */
    private static boolean isTechnical(Element element, String attribute) {
        return element.tagName().equals("meta") || element.tagName().equals("input") && attribute.equals("value");
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(path -> path.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static Set<String> keys(String resource) {
        Properties properties = new Properties();
        try (InputStream in = I18nSyncTests.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }
}
