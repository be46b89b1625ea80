package de.lagezentrum.briefing.press.web;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.lagezentrum.briefing.PressArea;
import de.lagezentrum.platform.files.FileRefusedException;
import de.lagezentrum.platform.security.CurrentUser;

/** The press office uploads the press area's video in German Sign Language (DGS); a new one replaces the old. */
@Controller
class SignLanguagePageController {

    private static final String PAGE = "briefing/press/sign-language-upload";

    private final PressArea area;

    SignLanguagePageController(PressArea area) {
        this.area = area;
    }

    @GetMapping(PressPages.SIGN_LANGUAGE_UPLOAD)
    String page(Model model) {
        model.addAttribute("video", area.signLanguageVideo(CurrentUser.require()).orElse(null));
        return PAGE;
    }

    @PostMapping(PressPages.SIGN_LANGUAGE_UPLOAD)
    String upload(@RequestParam(required = false) @Nullable MultipartFile video, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        CurrentUser user = CurrentUser.require();
        if (video == null || video.isEmpty()) {
            return refused(user, "press.sign-language.file.required", new Object[0], model, response);
        }
        try {
            area.uploadSignLanguageVideo(user, video);
        }
        catch (FileRefusedException e) {
            return refused(user, e.messageKey(), e.messageArguments(), model, response);
        }
        redirect.addFlashAttribute("uploaded", true);
        return "redirect:" + PressPages.SIGN_LANGUAGE_UPLOAD;
    }

    private String refused(CurrentUser user, String messageKey, Object[] arguments, Model model,
            HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("uploadError", messageKey);
        model.addAttribute("uploadErrorArguments", arguments);
        model.addAttribute("video", area.signLanguageVideo(user).orElse(null));
        return PAGE;
    }
}
