package de.lagezentrum.platform.audit;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import de.lagezentrum.browser.BrowserTest;
import de.lagezentrum.organisation.TestOrganisation.TestTenant;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The audit log filtered to security events with the keyboard alone, axe-clean, and its CSV export. */
class AuditBrowserTests extends BrowserTest {

    @Test
    void anAdminFiltersSecurityEventsWithTheKeyboardAndExportsThem() {
        TestTenant tenant = sharedTenant();
        signIn(tenant.admin());
        page.navigate("/admin/audit");

        tabTo(page.getByLabel("Art"));
        page.getByLabel("Art").selectOption("SECURITY");
        tabTo(page.getByLabel("Wer"));
        page.keyboard().type(tenant.admin().username());
        page.keyboard().press("Enter");
        page.waitForURL(url -> url.contains("kind=SECURITY"));

        Locator rows = page.locator("tbody tr");
        assertThat(rows.first()).containsText("angemeldet");
        assertThat(rows.filter(new Locator.FilterOptions().setHasText("Department"))).hasCount(0);
        assertThat(page.getByLabel("Wer")).hasValue(tenant.admin().username());
        assertNoAxeViolations();

        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Diese Einträge als CSV herunterladen")).click());
        assertThat(download.suggestedFilename()).isEqualTo("audit.csv");
        assertThat(download.url()).contains("kind=SECURITY");
    }
}
