package de.lagezentrum.platform.documents;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
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

        assertThat(html).contains("<strong>Turnhalle</strong>", "<em>ab heute</em>", "<li>Betten</li>");
        Element link = Jsoup.parseBodyFragment(html).selectFirst("a");
        assertThat(link.attr("href")).isEqualTo("https://www.musterstadt.de/lage");
        assertThat(link.attr("title")).isEqualTo("Lage");
        assertThat(link.text()).isEqualTo("musterstadt.de");
        assertThat(link.attr("rel").split(" ")).containsExactlyInAnyOrder("noopener", "noreferrer", "nofollow");
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

        assertThat(html).doesNotContain("<img");
        Element link = Jsoup.parseBodyFragment(html).selectFirst("a");
        assertThat(link.attr("href")).isEqualTo("https://www.musterstadt.de/plan.png");
        assertThat(link.text()).isEqualTo("Lageplan der Notunterkunft");
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
