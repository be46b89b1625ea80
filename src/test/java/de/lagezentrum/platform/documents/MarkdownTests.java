package de.lagezentrum.platform.documents;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Markdown of staff becomes HTML that a public page can show: formatting yes, script no. */
class MarkdownTests {

    private final Markdown markdown = new Markdown();

    @Test
    void formattingListsAndLinksComeThrough() {
        String html = markdown.html("""
                Die **Turnhalle** ist *ab heute* offen.

                - Betten
                - Decken

                Mehr unter [musterstadt.de](https://www.musterstadt.de/lage "Lage").""");

        assertThat(html).contains("<strong>Turnhalle</strong>", "<em>ab heute</em>", "<li>Betten</li>")
                .contains("<a href=\"https://www.musterstadt.de/lage\" title=\"Lage\" rel=\"noopener noreferrer nofollow\">"
                        + "musterstadt.de</a>");
    }

    @Test
    void rawHtmlAndScriptShowAsText() {
        String html = markdown.html("""
                <script>alert(1)</script>

                Text mit <img src=x onerror=alert(2)> und <b onclick="alert(3)">fett</b>.""");

        assertThat(html).doesNotContain("<script", "<img", "<b", "onerror=", "onclick=")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void javascriptAndDataLinksLoseTheirTarget() {
        String html = markdown.html("[Klick](javascript:alert(1)) [Daten](data:text/html;base64,PHNjcmlwdD4=) "
                + "[Groß](JaVaScRiPt:alert(2)) <javascript:alert(3)>");

        assertThat(html).doesNotContainIgnoringCase("href=\"javascript").doesNotContain("data:text")
                .contains("Klick", "Daten");
    }

    @Test
    void imagesBecomeLinksWithTheirAlternativeText() {
        String html = markdown.html("![Lageplan der Notunterkunft](https://www.musterstadt.de/plan.png)");

        assertThat(html).doesNotContain("<img")
                .contains("<a href=\"https://www.musterstadt.de/plan.png\" rel=\"noopener noreferrer nofollow\">"
                        + "Lageplan der Notunterkunft</a>");
    }

    @Test
    void headingsStartBelowThePageTitle() {
        assertThat(markdown.html("# Lage\n\n###### Klein")).contains("<h2>Lage</h2>", "<h6>Klein</h6>")
                .doesNotContain("<h1");
    }

    @Test
    void anEmptyTextIsEmpty() {
        assertThat(markdown.html("")).isEmpty();
    }
}
