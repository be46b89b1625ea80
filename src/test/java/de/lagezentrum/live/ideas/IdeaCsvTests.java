package de.lagezentrum.live.ideas;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Cells of the ideas' CSV: plain, quoted where needed, and never a formula. */
class IdeaCsvTests {

    @Test
    void cellsAreQuotedWhereNeededAndNeverAFormula() {
        assertThat(IdeaCsv.cell("Mehr Homeoffice")).isEqualTo("Mehr Homeoffice");
        assertThat(IdeaCsv.cell("a;b")).isEqualTo("\"a;b\"");
        assertThat(IdeaCsv.cell("a,b")).isEqualTo("a,b");
        assertThat(IdeaCsv.cell("sagt \"ja\"")).isEqualTo("\"sagt \"\"ja\"\"\"");
        assertThat(IdeaCsv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(IdeaCsv.cell("+49 221")).isEqualTo("'+49 221");
        assertThat(IdeaCsv.cell("@Anna")).isEqualTo("'@Anna");
    }
}
