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
        String back = help.selectFirst("tbody input[name=back]").attr("value");
        assertThat(back).contains("topic=Unterst%C3%BCtzung%20und%20Hilfe");

        MvcTestResult changed = mvc.post().uri("/tasks/" + donations + "/status").cookie(login).with(csrf())
                .param("status", "DONE").param("version", "0").param("back", back).exchange();

        assertThat(changed).hasStatus3xxRedirection().redirectedUrl().isEqualTo(back);
        Document after = board(back);
        assertThat(after.select("tbody tr")).hasSize(1);
        assertThat(after.selectFirst("tbody select").select("option[selected]").attr("value")).isEqualTo("DONE");
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
