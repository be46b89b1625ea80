package de.lagezentrum.platform.notification;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.lagezentrum.platform.security.CurrentUser;

/** The signed-in user's notifications, newest first, and marking them read. */
@Controller
class NotificationPageController {

    private final Notifications notifications;

    NotificationPageController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/notifications")
    String list(Model model) {
        model.addAttribute("notifications", notifications.recent(CurrentUser.require(), 100));
        return "platform/notifications";
    }

    @PostMapping("/notifications/read")
    String markAllRead(RedirectAttributes redirect) {
        notifications.markAllRead(CurrentUser.require());
        redirect.addFlashAttribute("allRead", true);
        return "redirect:/notifications";
    }
}
