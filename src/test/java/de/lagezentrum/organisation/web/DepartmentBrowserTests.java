package de.lagezentrum.organisation.web;

import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import de.lagezentrum.browser.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** Departments: list, create, rename, validation errors and delete, as an admin does it in the browser. */
class DepartmentBrowserTests extends BrowserTest {

    @BeforeEach
    void signInAndOpen() {
        signIn(sharedTenant().admin());
        page.navigate("/admin/departments");
    }

    @Test
    void listWithCreateFormIsAccessible() {
        create("Amt für Statistik", "12");

        assertThat(page.locator("h1")).hasText("Fachbereiche");
        assertThat(rowHeader("Amt für Statistik")).isVisible();
        assertNoAxeViolations();
    }

    @Test
    void createRenameAndDeleteADepartment() {
        String name = "Amt für Wahlen " + UUID.randomUUID().toString().substring(0, 6);
        create(name, "WA");
        Locator row = page.locator("tbody tr", new Page.LocatorOptions().setHas(rowHeader(name)));
        assertThat(row.locator("td").first()).hasText("WA");

        row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Bearbeiten " + name)).click();
        assertThat(page.locator("h1")).hasText("Fachbereich bearbeiten");
        assertNoAxeViolations();
        page.getByLabel("Name").fill(name + " und Statistik");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern")).click();

        page.waitForURL(url -> url.endsWith("/admin/departments"));
        assertThat(rowHeader(name + " und Statistik")).isVisible();
        assertThat(rowHeader(name)).hasCount(0);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bearbeiten " + name + " und Statistik")).click();
        Locator delete = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Fachbereich löschen"));
        delete.click();
        Locator confirmation = page.getByLabel("Ich möchte diesen Fachbereich endgültig löschen.");
        assertThat(confirmation).isFocused();
        assertThat(page.locator("h1")).hasText("Fachbereich bearbeiten");
        page.keyboard().press("Space");
        assertThat(confirmation).isChecked();
        delete.click();

        page.waitForURL(url -> url.endsWith("/admin/departments"));
        assertThat(page.locator(".messages")).containsText("ist gelöscht.");
        assertThat(rowHeader(name + " und Statistik")).hasCount(0);
    }

    @Test
    void emptyNameOnCreateShowsAFocusedErrorSummaryLinkedToTheField() {
        page.getByLabel("Kürzel").fill("77");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Fachbereich anlegen")).click();

        assertInvalidName("Bitte füllen Sie dieses Feld aus.");
        assertThat(page.getByLabel("Kürzel")).hasValue("77");
        assertNoAxeViolations();
    }

    @Test
    void emptyNameOnRenameShowsAFocusedErrorSummaryLinkedToTheField() {
        create("Kämmerei", "20");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bearbeiten Kämmerei")).click();

        page.getByLabel("Name").fill("");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern")).click();

        assertInvalidName("Bitte füllen Sie dieses Feld aus.");
        assertNoAxeViolations();
        page.navigate("/admin/departments");
        assertThat(rowHeader("Kämmerei")).isVisible();
    }

    @Test
    void englishFormWithErrorsIsAccessible() {
        page.navigate("/admin/departments?lang=en");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create department")).click();

        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator(".error-summary")).isFocused();
        assertThat(page.locator(".error-summary h2")).hasText("Please check your input");
        assertThat(page.locator(".error-summary a[href='#shortName']")).hasText(Pattern.compile("^Short name: "));
        assertThat(page.locator("#name")).hasAttribute("aria-invalid", "true");
        assertNoAxeViolations();
    }

    @Test
    void markupInANameIsShownAsTextAndNeverRun() {
        String name = "<script>alert(1)</script><img src=x onerror=alert(2)>";
        create(name, "<b>X</b>");

        assertThat(rowHeader(name)).hasText(name);
        assertThat(page.locator("main script, main img, main b")).hasCount(0);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bearbeiten " + name)).click();
        assertThat(page.getByLabel("Name")).hasValue(name);
        assertThat(page.getByLabel("Kürzel")).hasValue("<b>X</b>");
        page.navigate("/admin/audit");
        assertThat(page.locator("tbody")).containsText(name);
        assertThat(page.locator("main script, main img, main b")).hasCount(0);
        assertThat(dialogs).isEmpty();
    }

    private void create(String name, String shortName) {
        Locator form = page.locator("form[aria-labelledby=new-department]");
        form.getByLabel("Name").fill(name);
        form.getByLabel("Kürzel").fill(shortName);
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Fachbereich anlegen")).click();
        Locator notice = page.locator(".messages .notice");
        assertThat(notice).containsText("„" + name + "“ ist gespeichert.");
        assertThat(notice).isFocused();
        assertThat(page.locator(".error-summary")).hasCount(0);
    }

    private Locator rowHeader(String name) {
        return page.getByRole(AriaRole.ROWHEADER, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** The pattern every form follows: summary focused, link to the field, field invalid and described. */
    private void assertInvalidName(String message) {
        Locator summary = page.locator(".error-summary");
        assertThat(summary).isFocused();
        Locator link = summary.locator("a[href='#name']");
        assertThat(link).hasText("Name: " + message);
        Locator field = page.locator("#name");
        assertThat(field).hasAttribute("aria-invalid", "true");
        assertThat(field).hasAttribute("aria-describedby", Pattern.compile("(^|\\s)name-error(\\s|$)"));
        assertThat(page.locator("#name-error")).containsText(message);
        assertThat(field).hasAccessibleDescription(Pattern.compile("Fehler: " + message.replace(".", "\\.")));
        link.click();
        assertThat(field).isFocused();
    }
}
