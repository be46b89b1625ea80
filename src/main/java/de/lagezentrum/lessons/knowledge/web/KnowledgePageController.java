package de.lagezentrum.lessons.knowledge.web;

import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import de.lagezentrum.lessons.FactorFilter;
import de.lagezentrum.lessons.FactorSearchHit;
import de.lagezentrum.lessons.KnowledgePlatform;
import de.lagezentrum.lessons.PublicFactor;
import de.lagezentrum.platform.documents.XmlText;
import de.lagezentrum.platform.web.NotFoundException;
import de.lagezentrum.platform.web.PageResult;

/** The public knowledge platform: the list with filters and search, a factor, the Atom feed, Leichte Sprache. */
@Controller
class KnowledgePageController {

    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    private static final String NS = "http://www.w3.org/2005/Atom";

    private final KnowledgePlatform platform;

    KnowledgePageController(KnowledgePlatform platform) {
        this.platform = platform;
    }

    @GetMapping(KnowledgePages.HOME)
    String home(@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable String theme,
            @RequestParam(required = false) @Nullable String invasiveness,
            @RequestParam(required = false) @Nullable String transferability, Model model) {
        FactorFilter filter = new FactorFilter(q, theme, invasiveness, transferability);
        model.addAttribute("filter", filter);
        model.addAttribute("factors", platform.factors(filter));
        model.addAttribute("themes", platform.themes());
        model.addAttribute("invasivenessValues", List.of("MINIMAL", "MODERATE", "STRUCTURAL", "LONG_TERM"));
        model.addAttribute("transferabilityValues", List.of("CRISIS_SPECIFIC", "TRANSFERABLE"));
        return "lessons/knowledge/home";
    }

    @GetMapping(KnowledgePages.EASY_LANGUAGE)
    String easyLanguage() {
        return "lessons/knowledge/easy-language";
    }

    @GetMapping(path = KnowledgePages.FEED, produces = "application/atom+xml")
    ResponseEntity<String> feed(HttpServletRequest request) {
        String base = ServletUriComponentsBuilder.fromContextPath(request).replacePath(request.getContextPath())
                .replaceQuery(null).build().toUriString();
        return ResponseEntity.ok().contentType(ATOM).body(atom(base, platform.feed()));
    }

    @GetMapping("/wissen/{slug}")
    String factor(@PathVariable String slug, Model model) {
        if (!slug.matches("[a-z0-9]+(-[a-z0-9]+)*") || slug.length() > 120) {
            throw new NotFoundException("ResilienceFactor");
        }
        model.addAttribute("factor", platform.factor(slug));
        return "lessons/knowledge/factor";
    }

    @GetMapping(path = KnowledgePages.SEARCH_API, produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    PageResult<FactorSearchHit> search(@RequestParam(required = false) @Nullable String q) {
        List<FactorSearchHit> hits = q == null || q.isBlank() ? List.of() : platform.search(q);
        return new PageResult<>(hits, 0, Math.max(hits.size(), 1), hits.size());
    }

    private static String atom(String base, List<PublicFactor> factors) {
        Instant updated = factors.isEmpty() ? Instant.EPOCH : factors.get(0).publishedAt();
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(NS);
            xml.writeStartElement(NS, "feed");
            xml.writeDefaultNamespace(NS);
            xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", "de");
            element(xml, "id", base + KnowledgePages.FEED);
            element(xml, "title", "Wissensplattform: Resilienzfaktoren");
            element(xml, "updated", DateTimeFormatter.ISO_INSTANT.format(updated));
            link(xml, "self", base + KnowledgePages.FEED, "application/atom+xml");
            link(xml, "alternate", base + KnowledgePages.HOME, "text/html");
            xml.writeStartElement(NS, "author");
            element(xml, "name", "Wissensplattform");
            xml.writeEndElement();
            for (PublicFactor factor : factors) {
                xml.writeStartElement(NS, "entry");
                element(xml, "id", base + "/wissen/" + factor.slug());
                element(xml, "title", factor.title());
                element(xml, "updated", DateTimeFormatter.ISO_INSTANT.format(factor.publishedAt()));
                link(xml, "alternate", base + "/wissen/" + factor.slug(), "text/html");
                element(xml, "summary", factor.summary());
                xml.writeStartElement(NS, "content");
                xml.writeAttribute("type", "html");
                xml.writeCharacters(XmlText.of(factor.bodyHtml()));
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        }
        catch (XMLStreamException e) {
            throw new IllegalStateException("The knowledge feed could not be written", e);
        }
        return text.toString();
    }

    private static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(NS, name);
        xml.writeCharacters(XmlText.of(value));
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement(NS, "link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
        xml.writeAttribute("type", type);
    }
}
