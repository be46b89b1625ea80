package de.lagezentrum.journal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
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
 * Renders a journal as a tagged PDF (PDF/UA) from the Thymeleaf template {@code journal/pdf}: the
 * structure comes from the HTML (headings, a table with header cells), the text uses the embedded
 * DejaVu Sans shipped in {@code fonts/}, and the renderer may load nothing from outside.
 */
@Component
class JournalPdf {

    static final String TEMPLATE = "journal/pdf";
    private static final String FONT = "DejaVu Sans";

    private final ITemplateEngine templates;
    private final DateFormats dates;
    private final byte[] regular;
    private final byte[] bold;

    JournalPdf(ITemplateEngine templates, DateFormats dates) {
        this.templates = templates;
        this.dates = dates;
        this.regular = font("fonts/DejaVuSans.ttf");
        this.bold = font("fonts/DejaVuSans-Bold.ttf");
    }

    byte[] render(JournalSummary summary, List<JournalEntry> entries, JournalVerification verification,
            Instant exportedAt, String exportedBy, Locale locale) {
        String language = Languages.of(locale);
        Context context = new Context(Locale.forLanguageTag(language), Map.of("summary", summary, "entries", entries,
                "verification", verification, "exportedAt", exportedAt, "exportedBy", exportedBy, "dates", dates,
                "language", language));
        String html = templates.process(TEMPLATE, context);
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
        builder.withHtmlContent(html, null);
        builder.toStream(out);
        try {
            builder.run();
        }
        catch (IOException e) {
            throw new UncheckedIOException("The journal PDF could not be rendered", e);
        }
        return out.toByteArray();
    }

    private static byte[] font(String resource) {
        try (InputStream in = JournalPdf.class.getClassLoader().getResourceAsStream(resource)) {
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
