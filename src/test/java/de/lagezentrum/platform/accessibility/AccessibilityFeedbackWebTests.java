package de.lagezentrum.platform.accessibility;

import java.util.Arrays;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import de.lagezentrum.Administrator;
import de.lagezentrum.IntegrationTest;
import de.lagezentrum.WebTestSupport;
import de.lagezentrum.organisation.Role;
import de.lagezentrum.organisation.TestOrganisation;
import de.lagezentrum.organisation.TestOrganisation.TestTenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** The accessibility statement is public, and its feedback reaches the admins (list and mail). */
@IntegrationTest
class AccessibilityFeedbackWebTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisation organisation;

    @Autowired
    @Administrator
    JdbcClient jdbc;

    @Autowired
    GreenMail mail;

    TestTenant tenant;

    @BeforeEach
    void tenant() {
        tenant = organisation.newTenant("Barrierefreistadt " + UUID.randomUUID());
    }

    @Test
    void statementIsPublicAndNamesTheArbitrationBody() throws Exception {
        MvcTestResult result = mvc.get().uri("/barrierefreiheit").exchange();

        assertThat(result).hasStatusOk();
        Document page = Jsoup.parse(result.getResponse().getContentAsString());
        assertThat(page.selectFirst("h1").text()).isEqualTo("Erklärung zur Barrierefreiheit");
        assertThat(page.select("a[href=https://www.schlichtungsstelle-bgg.de]")).hasSize(1);
        assertThat(page.select("form[action=/barrierefreiheit/feedback] textarea#message[required]")).hasSize(1);
        assertThat(page.select("footer a[href=/barrierefreiheit]")).hasSize(1);
    }

    @Test
    void emptyFeedbackIsRefusedWithAnAccessibleMessage() throws Exception {
        long before = feedbackCount();

        MvcTestResult result = mvc.post().uri("/barrierefreiheit/feedback").with(csrf()).param("message", "  ")
                .param("email", "keine-adresse").exchange();

        Document page = Jsoup.parse(result.getResponse().getContentAsString());
        assertThat(page.getElementById("message").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.getElementById("email").attr("aria-describedby")).contains("email-error");
        assertThat(page.select(".error-summary a[href=#message]")).hasSize(1);
        assertThat(feedbackCount()).isEqualTo(before);
    }

    @Test
    void feedbackReachesTheAdminsByListAndMail() throws Exception {
        var employee = tenant.user("Erika Hinweis", Role.EMPLOYEE);
        Cookie session = login(employee.username());
        String text = "Der Kontrast der Tabelle ist zu schwach " + UUID.randomUUID();

        assertThat(mvc.post().uri("/barrierefreiheit/feedback").cookie(session).with(csrf()).param("message", text)
                .param("page", "/admin/people").param("name", "Erika").param("email", "erika@example.org"))
                .hasStatus3xxRedirection();

        assertThat(mail.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage message = Arrays.stream(mail.getReceivedMessages())
                .filter(candidate -> body(candidate).contains(text)).findFirst().orElseThrow();
        assertThat(message.getSubject()).contains("Barrierefreiheit");
        assertThat(message.getRecipients(Message.RecipientType.TO)[0].toString())
                .isEqualTo(tenant.admin().username() + "@test.example");

        Cookie admin = login(tenant.admin().username());
        Document list = Jsoup.parse(mvc.get().uri("/admin/feedback").cookie(admin).exchange().getResponse()
                .getContentAsString());
        assertThat(list.text()).contains(text);
        UUID id = jdbc.sql("SELECT id FROM platform.accessibility_feedback WHERE tenant_id = ?").param(tenant.id())
                .query(UUID.class).single();

        TestTenant other = organisation.newTenant("Fremdstadt " + UUID.randomUUID());
        assertThat(mvc.post().uri("/admin/feedback/" + id + "/handled").cookie(login(other.admin().username()))
                .with(csrf())).hasStatus(404);
        assertThat(mvc.post().uri("/admin/feedback/" + id + "/handled").cookie(admin).with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(jdbc.sql("SELECT handled FROM platform.accessibility_feedback WHERE id = ?").param(id)
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void adminsReadTheAuditLogWithBeforeAndAfter() throws Exception {
        Cookie admin = login(tenant.admin().username());
        mvc.post().uri("/admin/departments").cookie(admin).with(csrf()).param("name", "Kämmerei")
                .param("shortName", "20").exchange();

        Document audit = Jsoup.parse(mvc.get().uri("/admin/audit").cookie(admin).exchange().getResponse()
                .getContentAsString());

        assertThat(audit.select("tbody tr").text()).contains("Department: Kämmerei", tenant.admin().username());
        assertThat(audit.select("tbody tr .changes").text()).contains("Name – → Kämmerei", "Kürzel – → 20");
        assertThat(audit.text()).doesNotContain("Musterstadt");
    }

    private static String body(MimeMessage message) {
        try {
            return message.getContent().toString();
        }
        catch (Exception e) {
            return "";
        }
    }

    private long feedbackCount() {
        return jdbc.sql("SELECT count(*) FROM platform.accessibility_feedback").query(Long.class).single();
    }

    private Cookie login(String username) {
        return WebTestSupport.login(mvc, username, TestOrganisation.PASSWORD);
    }
}
