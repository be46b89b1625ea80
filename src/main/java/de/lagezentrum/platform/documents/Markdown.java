package de.lagezentrum.platform.documents;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.stereotype.Component;

/**
 * Markdown written by staff (press releases, briefing summaries, blog posts) as HTML that is safe to put
 * into a public page: rendered by commonmark-java, then sanitised by the OWASP HTML sanitizer.
 *
 * <ul>
 * <li>Raw HTML in the text shows as text, never as markup; script and event handlers cannot get through.</li>
 * <li>Links keep only {@code http}, {@code https} and {@code mailto} targets ({@code javascript:} and
 * {@code data:} lose their target) and carry {@code rel="noopener noreferrer nofollow"}.</li>
 * <li>Images are not embedded: each becomes a link to the picture with its alternative text, so a text
 * cannot pull in tracking pixels or pictures without a text alternative.</li>
 * <li>Headings move one level down (a heading marked <code>&#35;</code> becomes {@code <h2>}): the page's own title is the only
 * {@code <h1>}.</li>
 * </ul>
 */
@Component
public class Markdown {

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre", "code", "em",
                    "strong", "br", "hr", "a")
            .allowAttributes("href", "title").onElements("a")
            .allowAttributes("start").matching(true, "[0-9]{1,6}").onElements("ol")
            .allowStandardUrlProtocols()
            .requireRelsOnLinks("noopener", "noreferrer", "nofollow")
            .toFactory();

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    /** The text as sanitised HTML; an empty text gives an empty string. */
    public String html(String markdown) {
        Node document = parser.parse(markdown);
        document.accept(new ForPublicPages());
        return POLICY.sanitize(renderer.render(document));
    }

    /** Images become links, headings move one level down. */
    private static final class ForPublicPages extends AbstractVisitor {

        private final List<Image> images = new ArrayList<>();

        @Override
        public void visit(Heading heading) {
            heading.setLevel(Math.min(heading.getLevel() + 1, 6));
            visitChildren(heading);
        }

        @Override
        public void visit(Image image) {
            images.add(image);
            visitChildren(image);
        }

        @Override
        public void visit(org.commonmark.node.Document document) {
            visitChildren(document);
            images.forEach(ForPublicPages::asLink);
        }

        private static void asLink(Image image) {
            Link link = new Link(image.getDestination(), image.getTitle());
            Node child = image.getFirstChild();
            while (child != null) {
                Node next = child.getNext();
                link.appendChild(child);
                child = next;
            }
            image.insertAfter(link);
            image.unlink();
        }
    }
}
