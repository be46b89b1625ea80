package de.lagezentrum.briefing.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import de.lagezentrum.briefing.BriefingManagement;
import de.lagezentrum.platform.security.CurrentUser;

/**
 * The join page the reminder mail links to: the briefing's time and its plain video link, for the
 * municipality's journalists, the press office, chair and panel; for everybody else it does not exist.
 * The video slice puts its rooms (BigBlueButton, Jitsi) behind this same address.
 */
@Controller
class BriefingJoinController {

    private final BriefingManagement briefings;

    BriefingJoinController(BriefingManagement briefings) {
        this.briefings = briefings;
    }

    @GetMapping("/briefings/{id}/join")
    String join(@PathVariable UUID id, Model model) {
        model.addAttribute("briefing", briefings.joinable(CurrentUser.require(), id));
        return "briefing/join";
    }
}
