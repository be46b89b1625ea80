package de.lagezentrum.platform.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import de.lagezentrum.platform.web.DateFormats;
import de.lagezentrum.platform.web.Languages;

/**
 * Renders a Thymeleaf template as a tagged PDF (PDF/UA) with openhtmltopdf: the structure comes from
 * the HTML (headings, lists, tables with header cells, {@code <bookmarks>} in the head), the text uses
 * the embedded DejaVu Sans shipped in {@code fonts/}, and the renderer may load nothing from outside.
 *
 * <p>Templates get {@code language} (the document's language tag) and {@code dates} besides their own
 * model; page numbers go into an {@code @page} margin box with {@code counter(page)} and
 * {@code counter(pages)}.
 */
@Component
public class PdfDocuments {

    /** The font family templates must use. */
    public static final String FONT = "DejaVu Sans";

    private final ITemplateEngine templates;
    private final DateFormats dates;
    private final byte[] regular;
    private final byte[] bold;

    PdfDocuments(ITemplateEngine templates, DateFormats dates) {
        this.templates = templates;
        this.dates = dates;
        this.regular = font("fonts/DejaVuSans.ttf");
        this.bold = font("fonts/DejaVuSans-Bold.ttf");
    }

    /** Renders {@code template} with {@code model} in the language of {@code locale} (German or English). */
    public byte[] render(String template, Map<String, ?> model, Locale locale) {
        String language = Languages.of(locale);
        Map<String, Object> variables = new HashMap<>(model);
        variables.put("language", language);
        variables.put("dates", dates);
        String html = templates.process(template, new Context(Locale.forLanguageTag(language), variables));
        var out = new ByteArrayOutputStream();
        var builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.useFont(() -> new ByteArrayInputStream(regular), FONT, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(bold), FONT, 700, FontStyle.NORMAL, true);
        // Everything the document needs is in the template and the fonts above: no file, no network.
        builder.useExternalResourceAccessControl((uri, type) -> false,
                ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl((uri, type) -> false,
                ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.withProducer("Lagezentrum");
        builder.withHtmlContent(xmlSafe(html), null);
        builder.toStream(out);
        try {
            builder.run();
        }
        catch (IOException e) {
            throw new UncheckedIOException("The PDF " + template + " could not be rendered", e);
        }
        return out.toByteArray();
    }

    /**
     * The renderer parses the page as XML 1.0, which has no place for control characters (but tab and line
     * breaks), lone surrogates and the noncharacters U+FFFE and U+FFFF; text that was stored with them
     * shows U+FFFD there instead of breaking the whole document.
     */
    static String xmlSafe(String html) {
        StringBuilder safe = null;
        for (int i = 0; i < html.length(); ) {
            int codePoint = html.codePointAt(i);
            int width = Character.charCount(codePoint);
            boolean allowed = codePoint == 0x9 || codePoint == 0xA || codePoint == 0xD
                    || codePoint >= 0x20 && codePoint <= 0xD7FF || codePoint >= 0xE000 && codePoint <= 0xFFFD
                    || codePoint >= 0x10000 && codePoint <= 0x10FFFF;
            if (!allowed && safe == null) {
                safe = new StringBuilder(html.length()).append(html, 0, i);
            }
            if (safe != null) {
                if (allowed) {
                    safe.appendCodePoint(codePoint);
                } else {
                    safe.append('\uFFFD');
                }
            }
            i += width;
        }
        return safe == null ? html : safe.toString();
    }

    private static byte[] font(String resource) {
        try (InputStream in = PdfDocuments.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font " + resource + " is missing from the classpath");
            }
            return in.readAllBytes();
        }
        catch (IOException e) {
            throw new UncheckedIOException("Font " + resource + " could not be read", e);
        }
    }
}
