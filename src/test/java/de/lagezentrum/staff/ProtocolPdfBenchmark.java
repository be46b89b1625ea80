package de.lagezentrum.staff;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures the protocol PDF: a session with 30 agenda items (each with a note, a decision with rationale and
 * a task: 90 entries), approved, rendered through {@link ProtocolManagement#pdf} (membership check, reading
 * the version, Thymeleaf, openhtmltopdf with PDF/UA tagging and embedded fonts). 5 warm-up renders, then 20
 * measured. Not part of the normal run (the name does not end in {@code Tests}); run it explicitly:
 *
 * <pre>
 * ./mvnw -o -q -Dlagezentrum.build-dir=target-bench test -Dtest=ProtocolPdfBenchmark -DargLine=-Xmx512m
 * </pre>
 */
@Tag("benchmark")
@SpringBootTest
class ProtocolPdfBenchmark {

    private static final Logger log = LoggerFactory.getLogger(ProtocolPdfBenchmark.class);

    @Autowired
    TestProtocols fixtures;

    @Autowired
    ProtocolManagement protocols;

    @Test
    void pdfOfAThirtyItemProtocol() {
        TestProtocols.Session session = fixtures.approved(30);
        byte[] pdf = new byte[0];
        for (int i = 0; i < 5; i++) {
            pdf = protocols.pdf(session.member(), session.sessionId(), null, Locale.GERMAN);
        }
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            long start = System.nanoTime();
            pdf = protocols.pdf(session.member(), session.sessionId(), null, Locale.GERMAN);
            millis.add((System.nanoTime() - start) / 1_000_000);
        }
        millis.sort(null);
        assertThat(pdf).isNotEmpty();
        log.info("Protocol PDF, 30 items / 90 entries, {} KiB: median {} ms, p90 {} ms, max {} ms, min {} ms",
                pdf.length / 1024, millis.get(10), millis.get(18), millis.get(19), millis.get(0));
    }
}
