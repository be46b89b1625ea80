package de.lagezentrum.platform.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** CSV cells after RFC 4180, neutralised against formula injection. */
class AuditCsvTests {

    @Test
    void cellsThatASpreadsheetWouldTakeForAFormulaGetAnApostrophe() {
        assertThat(AuditCsv.cell("=1+2")).isEqualTo("'=1+2");
        assertThat(AuditCsv.cell("+49 621 000")).isEqualTo("'+49 621 000");
        assertThat(AuditCsv.cell("-2")).isEqualTo("'-2");
        assertThat(AuditCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(AuditCsv.cell("\tx")).isEqualTo("'\tx");
        assertThat(AuditCsv.cell("a=b")).isEqualTo("a=b");
        assertThat(AuditCsv.cell("")).isEmpty();
    }

    @Test
    void commasQuotesAndLineBreaksAreQuoted() {
        assertThat(AuditCsv.cell("Amt 20, Kasse")).isEqualTo("\"Amt 20, Kasse\"");
        assertThat(AuditCsv.cell("Sie sagte \"ja\"")).isEqualTo("\"Sie sagte \"\"ja\"\"\"");
        assertThat(AuditCsv.cell("zwei\nZeilen")).isEqualTo("\"zwei\nZeilen\"");
        assertThat(AuditCsv.cell("=\"x\",y")).isEqualTo("\"'=\"\"x\"\",y\"");
        assertThat(AuditCsv.cell("Kämmerei")).isEqualTo("Kämmerei");
    }
}
