package de.lagezentrum.briefing.press.web;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import de.lagezentrum.briefing.press.TestPublishedBriefings;
import de.lagezentrum.briefing.press.TestPublishedBriefings.Held;
import de.lagezentrum.browser.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A published briefing's full public page in Chromium, without an account and with the keyboard: the
 * recording's player with its captions track, its transcript, the link from an answer to its moment (which
 * seeks the page's player), the O-Ton's player and links, the press kit. axe-core finds nothing; script in the
 * texts opens no dialog.
 */
class PublicBriefingBrowserTests extends BrowserTest {

    @Autowired
    TestPublishedBriefings fixtures;

    @Test
    void aVisitorReachesPlayersAnswersAndFilesWithTheKeyboard() {
        Held held = fixtures.published("Briefing im Browser");
        String player = "#player-" + held.recording().id() + " audio";

        page.navigate(held.page());
        assertThat(page.locator("h1")).hasText(held.briefing().title());
        assertThat(page.locator("#recording " + player + "[controls]")).hasCount(1);
        assertThat(page.locator(player + " track[kind=captions][srclang=de][default]")).hasAttribute("src",
                held.recordingUrl() + "/untertitel.vtt");
        assertNoAxeViolations();

        tabTo(page.locator(player));
        tabTo(page.locator("#recording a[href='" + held.recordingUrl() + "?download=true']"));
        Locator transcript = page.locator("#recording details summary");
        tabTo(transcript);
        page.keyboard().press("Enter");
        assertThat(page.locator("#recording details li").first()).containsText("Guten Morgen aus dem Rathaus.");
        assertNoAxeViolations();

        Locator moment = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Antwort im Mitschnitt ab 00:03 anhören"));
        tabTo(moment);
        page.keyboard().press("Enter");
        assertThat(page.locator(player)).isFocused();
        assertThat(((Number) page.locator(player).evaluate("audio => audio.currentTime")).doubleValue())
                .isGreaterThanOrEqualTo(3.0);
        assertThat(page.url()).endsWith(held.page());

        Locator soundbite = page.locator("#o-ton-" + held.soundbite().id() + " audio[controls]");
        assertThat(soundbite).hasAttribute("src", held.soundbiteUrl());
        tabTo(soundbite);
        tabTo(page.locator("#o-ton-" + held.soundbite().id() + " a[href$='?download=true']"));
        assertThat(page.locator("#o-ton-" + held.soundbite().id() + " .transcript")).containsText("Wörtlich <script>");
        tabTo(page.locator("#press-kit a[href='" + held.documentUrl() + "']"));
        assertNoAxeViolations();
        assertThat(dialogs).isEmpty();
    }
}
