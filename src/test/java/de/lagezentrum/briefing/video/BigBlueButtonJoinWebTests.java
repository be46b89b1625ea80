package de.lagezentrum.briefing.video;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import de.lagezentrum.IntegrationTest;
import de.lagezentrum.WebTestSupport;
import de.lagezentrum.briefing.BriefingManagement;
import de.lagezentrum.briefing.BriefingView;
import de.lagezentrum.briefing.TestBriefings;
import de.lagezentrum.briefing.TestBriefings.PressOffice;
import de.lagezentrum.organisation.Role;
import de.lagezentrum.organisation.TestOrganisation;
import de.lagezentrum.platform.security.CurrentUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The join page with BigBlueButton rooms, through the whole application against a local BigBlueButton
 * that checks every checksum: the panel and the press office enter as moderators, journalists as
 * viewers, each into that briefing's meeting only and only from half an hour before the start until half
 * an hour after the end; everybody else, and every other municipality, finds nothing.
 */
@IntegrationTest
class BigBlueButtonJoinWebTests {

    static final BigBlueButtonTestServer BBB = BigBlueButtonTestServer.forTheApplication();

    @DynamicPropertySource
    static void bigBlueButton(DynamicPropertyRegistry registry) {
        BBB.register(registry);
    }

    @AfterAll
    static void stop() {
        BBB.close();
    }

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestBriefings fixtures;

    @Autowired
    BriefingManagement briefings;

    @Autowired
    VideoRooms rooms;

    PressOffice office;
    CurrentUser journalist;

    @BeforeEach
    void pressOffice() {
        BBB.answerWith(null);
        office = fixtures.pressOffice("Videostadt");
        journalist = office.tenant().user("Lea Redaktion", Role.JOURNALIST);
    }

    @Test
    void thePanelModeratesAndJournalistsWatchInTheBriefingsOwnMeeting() {
        BriefingView briefing = fixtures.plan(office, "Briefing Hochwasser", Duration.ofMinutes(20));
        String meetingId = "lz-" + office.tenant().id() + "-" + briefing.id() + "-";

        Document page = page(journalist, briefing);
        assertThat(page.select("main a.button").attr("href")).isEqualTo("/briefings/" + briefing.id() + "/room");
        assertThat(page.select("main").text()).contains("Sie nehmen als Zuschauerin oder Zuschauer teil",
                "gilt nur für dieses Briefing");
        assertThat(page.select("a[href^=" + BBB.apiUrl() + "]")).as("no signed address in the page").isEmpty();

        Map<String, String> asJournalist = enter(journalist, briefing);
        Map<String, String> asChair = enter(office.chair(), briefing);
        Map<String, String> asPanel = enter(office.panel(), briefing);
        Map<String, String> asPress = enter(office.press(), briefing);

        assertThat(asJournalist).containsEntry("role", "VIEWER").containsEntry("fullName", "Lea Redaktion")
                .containsEntry("userID", journalist.personId().toString());
        assertThat(asJournalist.get("meetingID")).startsWith(meetingId)
                .isEqualTo(rooms.meetingId(office.tenant().id(), briefing.id()));
        assertThat(asJournalist.get("createTime")).isEqualTo(BBB.meeting(asJournalist.get("meetingID")).createTime());
        assertThat(asChair).containsEntry("role", "MODERATOR").containsEntry("meetingID", asJournalist.get("meetingID"));
        assertThat(asPanel).containsEntry("role", "MODERATOR");
        assertThat(asPress).containsEntry("role", "MODERATOR");
        assertThat(page(office.panel(), briefing).select("main").text()).contains("als Moderatorin oder Moderator");
        assertThat(BBB.refused()).isEmpty();
    }

    @Test
    void nobodyElseAndNoOtherMunicipalityFindsTheRoom() {
        BriefingView briefing = fixtures.plan(office, "Briefing Hitze", Duration.ofMinutes(10));
        PressOffice elsewhere = fixtures.pressOffice("Nachbarstadt");
        CurrentUser employee = office.tenant().user("Erika Amt", Role.EMPLOYEE);
        CurrentUser foreignJournalist = elsewhere.tenant().user("Fritz Fremd", Role.JOURNALIST);

        for (CurrentUser outsider : new CurrentUser[] {employee, foreignJournalist, elsewhere.press(), elsewhere.chair()}) {
            Cookie session = login(outsider);
            assertThat(mvc.get().uri("/briefings/" + briefing.id() + "/join").cookie(session))
                    .as(outsider.displayName()).hasStatus(HttpStatus.NOT_FOUND);
            assertThat(mvc.get().uri("/briefings/" + briefing.id() + "/room").cookie(session))
                    .as(outsider.displayName()).hasStatus(HttpStatus.NOT_FOUND);
        }
        assertThat(mvc.get().uri("/briefings/" + briefing.id() + "/room")).hasStatus3xxRedirection()
                .redirectedUrl().endsWith("/login");
        assertThat(BBB.meeting(rooms.meetingId(office.tenant().id(), briefing.id()))).isNull();
    }

    @Test
    void aJournalistsAddressForOneBriefingDoesNotOpenAnother() {
        BriefingView first = fixtures.plan(office, "Briefing A", Duration.ofMinutes(5));
        BriefingView second = fixtures.plan(office, "Briefing B", Duration.ofMinutes(5));
        PressOffice elsewhere = fixtures.pressOffice("Drittstadt");
        BriefingView foreign = fixtures.plan(elsewhere, "Briefing C", Duration.ofMinutes(5));

        URI forFirst = location(mvc.get().uri("/briefings/" + first.id() + "/room").cookie(login(journalist)).exchange());
        String secondMeeting = rooms.meetingId(office.tenant().id(), second.id());

        assertThat(BBB.verify(forFirst)).containsEntry("meetingID", rooms.meetingId(office.tenant().id(), first.id()));
        assertThat(BBB.verify(URI.create(forFirst.toString().replace(
                rooms.meetingId(office.tenant().id(), first.id()), secondMeeting)))).isNull();
        assertThat(mvc.get().uri("/briefings/" + foreign.id() + "/room").cookie(login(journalist)))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(BBB.meeting(rooms.meetingId(elsewhere.tenant().id(), foreign.id()))).isNull();
    }

    @Test
    void theRoomOpensHalfAnHourBeforeTheStartAndClosesHalfAnHourAfterTheEnd() {
        BriefingView later = fixtures.plan(office, "Briefing übermorgen", Duration.ofDays(2));
        BriefingView past = fixtures.plan(office, "Briefing von vorhin", Duration.ofHours(-3));
        BriefingView soon = fixtures.plan(office, "Briefing gleich", Duration.ofMinutes(29));

        Document notYet = page(journalist, later);
        assertThat(notYet.select("main a.button")).isEmpty();
        assertThat(notYet.select("main").text()).contains("Der Videoraum öffnet am", "30 Minuten vor Beginn");
        assertThat(mvc.get().uri("/briefings/" + later.id() + "/room").cookie(login(journalist)))
                .hasStatus(HttpStatus.SEE_OTHER).redirectedUrl().isEqualTo("/briefings/" + later.id() + "/join");
        Document over = page(journalist, past);
        assertThat(over.select("main a.button")).isEmpty();
        assertThat(over.select("main").text()).contains("Das Briefing ist vorüber");
        assertThat(mvc.get().uri("/briefings/" + past.id() + "/room").cookie(login(office.chair())))
                .hasStatus(HttpStatus.SEE_OTHER).redirectedUrl().isEqualTo("/briefings/" + past.id() + "/join");
        assertThat(BBB.meeting(rooms.meetingId(office.tenant().id(), later.id()))).isNull();
        assertThat(BBB.meeting(rooms.meetingId(office.tenant().id(), past.id()))).isNull();
        assertThat(enter(journalist, soon)).containsEntry("role", "VIEWER");
    }

    @Test
    void aCancelledBriefingSaysSoAndEndsItsRunningMeeting() {
        BriefingView briefing = fixtures.plan(office, "Briefing Sturm", Duration.ofMinutes(15));
        enter(office.chair(), briefing);
        String meetingId = rooms.meetingId(office.tenant().id(), briefing.id());
        assertThat(BBB.meeting(meetingId)).isNotNull();

        briefings.cancel(office.press(), briefing.id(), "Sturmwarnung");

        Document cancelled = page(journalist, briefing);
        assertThat(cancelled.select("main a.button")).isEmpty();
        assertThat(cancelled.select("main").text()).contains("Dieses Briefing ist abgesagt.", "Grund: Sturmwarnung");
        assertThat(mvc.get().uri("/briefings/" + briefing.id() + "/room").cookie(login(journalist)))
                .hasStatus(HttpStatus.SEE_OTHER).redirectedUrl().isEqualTo("/briefings/" + briefing.id() + "/join");
        await().atMost(Duration.ofSeconds(10)).until(() -> BBB.meeting(meetingId) == null);
    }

    @Test
    void aBigBlueButtonThatRefusesIsA503PageNotAStackTrace() {
        BriefingView briefing = fixtures.plan(office, "Briefing Störung", Duration.ofMinutes(15));
        BBB.answerWith("<response><returncode>FAILED</returncode><messageKey>maxConcurrent</messageKey>"
                + "<message>Too many meetings</message></response>");

        MvcTestResult result = mvc.get().uri("/briefings/" + briefing.id() + "/room").cookie(login(journalist))
                .exchange();

        assertThat(result).hasStatus(HttpStatus.SERVICE_UNAVAILABLE);
        Document page = Jsoup.parse(body(result));
        assertThat(page.select("[role=alert]").text()).contains("Der Videoraum ist gerade nicht erreichbar");
        assertThat(page.text()).doesNotContain("maxConcurrent", "Exception");
    }

    private Map<String, String> enter(CurrentUser user, BriefingView briefing) {
        MvcTestResult result = mvc.get().uri("/briefings/" + briefing.id() + "/room").cookie(login(user)).exchange();
        assertThat(result).hasStatus(HttpStatus.SEE_OTHER);
        Map<String, String> parameters = BBB.verify(location(result));
        assertThat(parameters).as("the checksum BigBlueButton checks").isNotNull();
        return parameters;
    }

    private Document page(CurrentUser user, BriefingView briefing) {
        MvcTestResult result = mvc.get().uri("/briefings/" + briefing.id() + "/join").cookie(login(user)).exchange();
        assertThat(result).hasStatusOk();
        return Jsoup.parse(body(result));
    }

    private Cookie login(CurrentUser user) {
        return WebTestSupport.login(mvc, user.username(), TestOrganisation.PASSWORD);
    }

    private static URI location(MvcTestResult result) {
        return URI.create(result.getResponse().getHeader("Location"));
    }

    private static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
