package de.lagezentrum.platform.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import de.lagezentrum.platform.security.CurrentUser;

/** The dashboard "Lage auf einen Blick" and the login page. */
@Controller
class HomePageController {

    private final List<DashboardSection> sections;
    private final boolean oidcEnabled;

    HomePageController(List<DashboardSection> sections, ObjectProvider<ClientRegistrationRepository> oidcClients) {
        this.sections = sections.stream().sorted(Comparator.comparingInt(DashboardSection::order)).toList();
        this.oidcEnabled = oidcClients.getIfAvailable() != null;
    }

    @GetMapping("/")
    String dashboard(Model model) {
        CurrentUser user = CurrentUser.require();
        List<Card> cards = new ArrayList<>();
        for (DashboardSection section : sections) {
            section.model(user).ifPresent(cardModel -> cards.add(new Card(section.fragment(), cardModel)));
        }
        model.addAttribute("cards", cards);
        return "platform/dashboard";
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) @Nullable String error, Model model) {
        if (CurrentUser.current().isPresent()) {
            return "redirect:/";
        }
        model.addAttribute("loginError", error != null);
        model.addAttribute("oidcEnabled", oidcEnabled);
        return "platform/login";
    }

    /** Reached by forward from a throttled login attempt, with status 429 already set. */
    @RequestMapping("/login/throttled")
    String throttled(Model model) {
        model.addAttribute("throttled", true);
        model.addAttribute("oidcEnabled", oidcEnabled);
        return "platform/login";
    }

    /**
     * A dashboard card.
     *
     * @param fragment the fragment to render, {@code template :: selector}
     * @param model its model
     */
    record Card(String fragment, Map<String, Object> model) {

        public String template() {
            return fragment.substring(0, fragment.indexOf("::")).strip();
        }

        public String selector() {
            return fragment.substring(fragment.indexOf("::") + 2).strip();
        }
    }
}
