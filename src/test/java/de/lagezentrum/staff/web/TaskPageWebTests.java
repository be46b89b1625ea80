package de.lagezentrum.staff.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import de.lagezentrum.IntegrationTest;
import de.lagezentrum.WebTestSupport;
import de.lagezentrum.organisation.Role;
import de.lagezentrum.organisation.TestOrganisation;
import de.lagezentrum.organisation.TestOrganisation.TestTenant;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.staff.EntryType;
import de.lagezentrum.staff.MinutesManagement;
import de.lagezentrum.staff.NewAgendaItem;
import de.lagezentrum.staff.NewEntry;
import de.lagezentrum.staff.NewSession;
import de.lagezentrum.staff.NewStaff;
import de.lagezentrum.staff.SessionKind;
import de.lagezentrum.staff.SessionManagement;
import de.lagezentrum.staff.StaffManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** The task board by topic area: a plain GET form, the topics of the user's staffs, the filter kept. */
@IntegrationTest
class TaskPageWebTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganisation organisation;

    @Autowired
    StaffManagement staffs;

    @Autowired
    SessionManagement sessions;

    @Autowired
    MinutesManagement minutes;

    TestTenant tenant;
    CurrentUser lead;
    Cookie login;
    UUID donations;

    @BeforeEach
    void tasks() {
        tenant = organisation.newTenant("Themenstadt " + UUID.randomUUID());
        lead = tenant.user("Thea Thema", Role.STAFF_LEAD);
        UUID ukraine = staffs.create(lead, new NewStaff("Stab Ukraine", null, null, null)).id();
        staffs.create(lead, new NewStaff("Stab Hochwasser", null, null, List.of("Deiche", "Evakuierung")));
        CurrentUser stranger = tenant.user("Fritz Fremd", Role.STAFF_LEAD);
        staffs.create(stranger, new NewStaff("Stab Geheim", null, null, List.of("Verschlusssache")));
        UUID session = sessions.call(lead, ukraine, new NewSession(Instant.parse("2026-03-04T09:00:00Z"),
                Instant.parse("2026-03-04T10:00:00Z"), SessionKind.REGULAR, null, null)).id();
        UUID housing = minutes.propose(lead, session, new NewAgendaItem("Hallen", "Unterbringung", null)).id();
        UUID help = minutes.propose(lead, session, new NewAgendaItem("Spenden", "Unterstützung und Hilfe", null)).id();
        minutes.record(lead, session, housing, new NewEntry(EntryType.TASK, "Feldbetten beschaffen", null,
                lead.personId(), null, LocalDate.of(2026, 3, 6)));
        donations = minutes.record(lead, session, help, new NewEntry(EntryType.TASK, "Spendenlager einrichten", null,
                lead.personId(), null, LocalDate.of(2026, 3, 9))).taskId();
        login = WebTestSupport.login(mvc, lead.username(), TestOrganisation.PASSWORD);
    }

    @Test
    void theBoardFiltersByTheTopicsOfTheUsersStaffs() throws Exception {
        Document all = board("/tasks");
        List<String> offered = all.select("select#topic option").eachText();
        assertThat(offered.get(0)).isEqualTo("Alle Themenfelder");
        assertThat(offered).contains("Unterbringung", "Unterstützung und Hilfe", "Deiche", "Evakuierung")
                .doesNotContain("Verschlusssache");
        assertThat(all.selectFirst("label[for=topic]").text()).isEqualTo("Themenfeld");
        assertThat(all.select("tbody tr")).hasSize(2);

        Document help = board("/tasks?owner=all&topic=Unterst%C3%BCtzung%20und%20Hilfe");
        assertThat(help.select("tbody tr")).hasSize(1);
        Element row = help.selectFirst("tbody tr");
        assertThat(row.text()).contains("Spendenlager einrichten", "Unterstützung und Hilfe")
                .doesNotContain("Feldbetten");
        assertThat(help.selectFirst("select#topic option[selected]").text()).isEqualTo("Unterstützung und Hilfe");
        assertThat(help.select("thead th").eachText()).contains("Themenfeld");

        // Another staff's topic, even one that exists, filters nothing for a non-member.
        assertThat(board("/tasks?topic=Verschlusssache").select("tbody tr")).hasSize(2);
        assertThat(board("/tasks?topic=Deiche").select("tbody tr")).isEmpty();
    }

    @Test
    void aStatusChangeComesBackToTheSameTopic() throws Exception {
        Document help = board("/tasks?topic=Unterst%C3%BCtzung%20und%20Hilfe");
        Element form = help.selectFirst("form[action=/tasks/status]");
        String back = form.selectFirst("input[name=back]").attr("value");
        assertThat(back).contains("topic=Unterst%C3%BCtzung%20und%20Hilfe");
        Element button = form.selectFirst("tbody button[name=task]");
        Element select = form.selectFirst("tbody select");
        assertThat(button.attr("value")).isEqualTo(donations + ":0");
        assertThat(select.attr("name")).isEqualTo("status-" + donations);

        // What the browser sends for the row's button: every row's select, and the pressed button.
        MvcTestResult changed = mvc.post().uri("/tasks/status").cookie(login).with(csrf())
                .param(select.attr("name"), "DONE").param("task", button.attr("value")).param("back", back).exchange();

        assertThat(changed).hasStatus3xxRedirection().redirectedUrl().isEqualTo(back);
        Document after = board(back);
        assertThat(after.select("tbody tr")).hasSize(1);
        assertThat(after.selectFirst("tbody select").select("option[selected]").attr("value")).isEqualTo("DONE");
    }

    @Test
    void eachRowOfTheBoardIsLabelledAndSavesOnlyItsOwnTaskAsOfTheVersionShown() throws Exception {
        Document all = board("/tasks");
        assertThat(all.select("form[action=/tasks/status] input[name=_csrf]")).hasSize(1);
        for (Element row : all.select("tbody tr")) {
            Element link = row.selectFirst("th[scope=row] a[id]");
            Element select = row.selectFirst("select");
            assertThat(row.selectFirst("label[for=" + select.id() + "]").text()).isEqualTo("Status");
            assertThat(select.attr("aria-describedby")).isEqualTo(link.id());
            assertThat(row.selectFirst("button").attr("aria-describedby")).isEqualTo(link.id());
            assertThat(row.selectFirst("button").text()).isEqualTo("Speichern");
            assertThat(select.select("option").eachAttr("value"))
                    .containsExactly("OPEN", "IN_PROGRESS", "DONE", "CANCELLED");
            assertThat(select.select("option[selected]").eachAttr("value")).containsExactly("OPEN");
        }
        Element donationsRow = all.getElementById("task-" + donations).closest("tr");
        assertThat(donationsRow.select("td").eachText()).startsWith("Unterstützung und Hilfe", "Thea Thema");
        assertThat(donationsRow.select("td").get(2).text()).startsWith("09.03.2026");
        String beds = all.selectFirst("tbody tr").selectFirst("select").attr("name");

        // The other row's select is sent too (it is in the same form), but only the pressed row changes.
        assertThat(mvc.post().uri("/tasks/status").cookie(login).with(csrf()).param("task", donations + ":0")
                .param("status-" + donations, "IN_PROGRESS").param(beds, "CANCELLED").param("back", "/tasks?owner=all"))
                .hasStatus3xxRedirection().redirectedUrl().isEqualTo("/tasks?owner=all");
        Document after = board("/tasks");
        assertThat(after.getElementById("task-" + donations).closest("tr").select("option[selected]").attr("value"))
                .isEqualTo("IN_PROGRESS");
        assertThat(after.getElementById("status-" + beds.substring("status-".length()))
                .select("option[selected]").attr("value")).isEqualTo("OPEN");

        // Saved from a board shown before that change: a conflict, said on the board, and nothing changed.
        MvcTestResult stale = mvc.post().uri("/tasks/status").cookie(login).with(csrf()).param("task", donations + ":0")
                .param("status-" + donations, "DONE").param("back", "/tasks?owner=all").exchange();
        assertThat(stale).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/tasks?owner=all");
        assertThat(stale).flash().containsEntry("statusConflict", true);
        assertThat(board("/tasks").getElementById("task-" + donations).closest("tr").select("option[selected]")
                .attr("value")).isEqualTo("IN_PROGRESS");

        // A button value or status that no board sends is refused; a foreign redirect target is not followed.
        assertThat(mvc.post().uri("/tasks/status").cookie(login).with(csrf()).param("task", donations.toString())
                .param("status-" + donations, "DONE")).hasStatus(400);
        assertThat(mvc.post().uri("/tasks/status").cookie(login).with(csrf()).param("task", donations + ":1")
                .param("status-" + donations, "ERLEDIGT")).hasStatus(400);
        assertThat(mvc.post().uri("/tasks/status").cookie(login).with(csrf()).param("task", donations + ":1")
                .param("status-" + donations, "DONE").param("back", "https://example.org/"))
                .hasStatus3xxRedirection().redirectedUrl().isEqualTo("/tasks");
    }

    @Test
    void theBoardEscapesWhatItShowsAndFiltersByOwner() throws Exception {
        UUID ukraine = staffs.myStaffs(lead).stream().filter(staff -> staff.name().equals("Stab Ukraine")).findFirst()
                .orElseThrow().id();
        UUID session = sessions.call(lead, ukraine, new NewSession(Instant.parse("2026-03-05T09:00:00Z"),
                Instant.parse("2026-03-05T10:00:00Z"), SessionKind.REGULAR, null, null)).id();
        UUID item = minutes.propose(lead, session, new NewAgendaItem("Markup", "<i>Themen</i> & \"Felder\"", null)).id();
        CurrentUser other = tenant.user("Olaf <b>Other</b>", Role.STAFF_MEMBER);
        staffs.addMember(lead, ukraine, new de.lagezentrum.staff.NewMember(other.personId(), null));
        String text = "<script>alert('x')</script> & \"Anführung\"";
        minutes.record(lead, session, item, new NewEntry(EntryType.TASK, text, null, other.personId(), null, null));

        Document all = board("/tasks");
        assertThat(all.select("tbody script, tbody b, tbody i")).isEmpty();
        Element row = all.select("tbody tr").stream().filter(r -> r.text().contains("alert")).findFirst().orElseThrow();
        assertThat(row.selectFirst("th a").text()).isEqualTo(text);
        assertThat(row.select("td").eachText()).startsWith("<i>Themen</i> & \"Felder\"", "Olaf <b>Other</b>", "–");

        assertThat(board("/tasks?owner=mine").select("tbody tr")).hasSize(2);
        assertThat(board("/tasks?owner=all").select("tbody tr")).hasSize(3);
        // Nobody's department: the department's board is empty rather than everybody's.
        assertThat(board("/tasks?owner=department").select("main [role=status]").text()).isEqualTo("Keine Aufgaben");
    }

    private Document board(String uri) throws java.io.UnsupportedEncodingException {
        MvcTestResult result = mvc.get().uri(java.net.URI.create(uri)).cookie(login).exchange();
        assertThat(result).hasStatusOk();
        return Jsoup.parse(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void aTaskHasItsOwnPageWithTheStatusHistory() {
        CurrentUser member = tenant.user("Mia Mitglied", Role.STAFF_MEMBER);
        assertThat(mvc.post().uri("/tasks/" + donations + "/status").cookie(login).with(csrf())
                .param("status", "IN_PROGRESS").param("version", "0").param("back", "/tasks/" + donations))
                .hasStatus3xxRedirection().redirectedUrl().isEqualTo("/tasks/" + donations);
        assertThat(mvc.post().uri("/tasks/" + donations + "/status").cookie(login).with(csrf())
                .param("status", "DONE").param("version", "1").param("back", "https://example.org/"))
                .hasStatus3xxRedirection().redirectedUrl().isEqualTo("/tasks");

        assertThat(mvc.get().uri("/tasks/" + donations).cookie(login)).hasStatusOk().bodyText()
                .contains("Spendenlager einrichten", "Stab Ukraine", "Unterstützung und Hilfe", "09.03.2026",
                        "erteilt (offen)", "offen → in Arbeit", "in Arbeit → erledigt", "Thea Thema");
        String token = de.lagezentrum.ApiTestSupport.bearer(mvc, lead.username(), TestOrganisation.PASSWORD);
        assertThat(mvc.get().uri("/api/v1/tasks/" + donations + "/history")
                .header(org.springframework.http.HttpHeaders.AUTHORIZATION, token)).hasStatusOk().bodyJson()
                .extractingPath("$.items[*].to").asArray().containsExactly("OPEN", "IN_PROGRESS", "DONE");

        // Not a member of the staff: the task does not exist for them.
        Cookie stranger = WebTestSupport.login(mvc, member.username(), TestOrganisation.PASSWORD);
        assertThat(mvc.get().uri("/tasks/" + donations).cookie(stranger)).hasStatus(404);
        String strangerToken = de.lagezentrum.ApiTestSupport.bearer(mvc, member.username(), TestOrganisation.PASSWORD);
        assertThat(mvc.get().uri("/api/v1/tasks/" + donations + "/history")
                .header(org.springframework.http.HttpHeaders.AUTHORIZATION, strangerToken)).hasStatus(404);
    }
}
