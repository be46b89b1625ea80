package de.lagezentrum;

import java.io.ByteArrayInputStream;
import java.util.stream.Collectors;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Checks a PDF against PDF/UA-1 with veraPDF, naming every failed rule.
 *
 * <p>veraPDF 1.28 reads its validation profiles with JAXB 2 ({@code javax.xml.bind}), but Spring Boot's
 * dependency management replaces the JAXB 2 runtime it brings with 4.x, which implements only
 * {@code jakarta.xml.bind}; the build therefore puts jaxb-impl 2.3.2 and jaxb-core 2.3.0.1 on the test
 * class path. Without them the check is skipped instead of failing for a reason unrelated to the PDF.
 */
public final class PdfUa {

    private PdfUa() {
    }

    /** Fails with the list of violated PDF/UA-1 rules unless the document conforms. */
    public static void assertConforms(byte[] pdf) throws Exception {
        assumeTrue(jaxbTwoRuntime(), "veraPDF needs a JAXB 2 runtime (com.sun.xml.bind:jaxb-impl 2.3.x) on the "
                + "test class path; Spring Boot manages jaxb-impl to 4.x (jakarta.xml.bind only)");
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
                PDFAFlavour.PDFUA_1);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
            ValidationResult result = validator.validate(parser);
            String failures = result.getTestAssertions().stream()
                    .filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
                    .map(assertion -> assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber()
                            + ": " + assertion.getMessage())
                    .distinct()
                    .collect(Collectors.joining("\n"));
            assertThat(result.isCompliant()).as("PDF/UA-1 violations:%n%s", failures).isTrue();
        }
    }

    private static boolean jaxbTwoRuntime() {
        try {
            Class.forName("com.sun.xml.bind.v2.ContextFactory");
            Class.forName("com.sun.istack.Pool");
            return true;
        }
        catch (ClassNotFoundException e) {
            return false;
        }
    }
}
