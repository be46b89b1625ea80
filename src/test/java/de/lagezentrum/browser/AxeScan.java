package de.lagezentrum.browser;

import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Runs axe-core in the page for WCAG 2.0/2.1 A and AA plus axe's best practices and fails with a
 * readable list of every violation: rule, impact, help text and the offending elements.
 */
public final class AxeScan {

    /** The rule sets checked: WCAG 2.1 AA (BITV 2.0) and axe's best practices. */
    public static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");

    private AxeScan() {
    }

    /** Scans the page as it is now and fails when axe-core reports any violation. */
    public static void assertNoAxeViolations(Page page) {
        AxeRunOptions options = new AxeRunOptions();
        options.setResultTypes(List.of("violations"));
        // Legacy mode runs axe in the page itself instead of combining per-frame results in an extra
        // browser page; the application's pages have no frames, and a scan is several times faster.
        AxeResults results = new AxeBuilder(page).options(options).withTags(TAGS).setLegacyMode(true).analyze();
        if (results.isErrored()) {
            fail("axe-core could not scan " + page.url() + ": " + results.getErrorMessage());
        }
        assertThat(results.getPasses()).as("axe-core ran its rules on %s", page.url()).isNotEmpty();
        if (!results.getViolations().isEmpty()) {
            fail(report(page.url(), results.getViolations()));
        }
    }

    private static String report(String url, List<Rule> violations) {
        return violations.stream().map(AxeScan::describe).collect(Collectors.joining("\n",
                violations.size() + " accessibility violation(s) on " + url + ":\n", ""));
    }

    private static String describe(Rule rule) {
        String nodes = rule.getNodes().stream().map(AxeScan::describe).collect(Collectors.joining("\n"));
        return "- " + rule.getId() + " [" + rule.getImpact() + "] " + rule.getHelp() + " (" + rule.getHelpUrl() + ")\n"
                + nodes;
    }

    private static String describe(CheckedNode node) {
        String summary = node.getFailureSummary() == null ? "" : node.getFailureSummary().replace("\n", " / ");
        return "    at " + node.getTarget() + "\n       " + node.getHtml() + "\n       " + summary;
    }
}
