package de.lagezentrum.briefing.media.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.lagezentrum.briefing.BriefingManagement;
import de.lagezentrum.briefing.BriefingMedia;
import de.lagezentrum.briefing.BriefingView;
import de.lagezentrum.briefing.MediumKind;
import de.lagezentrum.briefing.NewSoundbite;
import de.lagezentrum.briefing.RecordingView;
import de.lagezentrum.briefing.SoundbiteView;
import de.lagezentrum.platform.files.FileRefusedException;
import de.lagezentrum.platform.files.FileResponses;
import de.lagezentrum.platform.files.UploadInterruptedException;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.DateFormats;
import de.lagezentrum.platform.web.InvalidInputException;

/**
 * A briefing's media page: players with captions for everybody who may listen; for the press office the
 * upload of recordings, O-Ton files and captions, and O-Töne as time ranges, defined, changed and deleted.
 * Plain forms and native players: everything works without JavaScript and by keyboard.
 */
@Controller
class MediaPageController {

    static final String PAGE = "briefing/media/media";
    static final String EDIT = "briefing/media/soundbite-edit";

    private static final Map<String, String> UPLOAD_FIELDS = Map.of("title", "mediumTitle", "speakerId", "speakerId",
            "file", "file");
    private static final Map<String, String> SOUNDBITE_FIELDS = Map.of("title", "soundbiteTitle", "speakerId",
            "speakerId", "start", "start", "end", "end", "transcript", "transcript");

    private final BriefingMedia media;
    private final BriefingManagement briefings;
    private final DateFormats dates;

    MediaPageController(BriefingMedia media, BriefingManagement briefings, DateFormats dates) {
        this.media = media;
        this.briefings = briefings;
        this.dates = dates;
    }

    @GetMapping("/briefings/{id}/media")
    String page(@PathVariable UUID id, Model model) {
        CurrentUser user = CurrentUser.require();
        List<RecordingView> recordings = media.recordings(user, id);
        BriefingView briefing = user.hasRole("JOURNALIST") && !user.hasRole("PRESS_OFFICE")
                ? briefings.joinable(user, id) : briefings.briefing(user, id);
        boolean pressOffice = user.hasRole("PRESS_OFFICE");
        model.addAttribute("view", briefing);
        model.addAttribute("recordings", recordings);
        model.addAttribute("soundbites", media.soundbites(user, id));
        model.addAttribute("canManage", pressOffice);
        model.addAttribute("times", new TimeFormat());
        if (pressOffice) {
            model.addAttribute("speakers", briefings.candidates(user));
            if (!model.containsAttribute("upload")) {
                model.addAttribute("upload", UploadForm.startingAt(briefing.start(), dates.zone()));
            }
            if (!model.containsAttribute("soundbite")) {
                SoundbiteForm form = new SoundbiteForm();
                form.setRecordingId(recordings.isEmpty() ? null : recordings.get(0).id());
                model.addAttribute("soundbite", form);
            }
        }
        return PAGE;
    }

    @PostMapping("/briefings/{id}/media")
    String upload(@PathVariable UUID id, @Valid @ModelAttribute("upload") UploadForm form, BindingResult errors,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        requirePressOffice();
        MultipartFile file = form.getFile();
        if (!errors.hasErrors()) {
            try (InputStream content = file == null ? null : file.getInputStream()) {
                CurrentUser user = CurrentUser.require();
                String name = file == null ? null : file.getOriginalFilename();
                if (form.getKind() == MediumKind.RECORDING) {
                    media.uploadRecording(user, id, form.command(dates.zone()), content, name);
                }
                else {
                    media.uploadSoundbite(user, id, form.command(dates.zone()), content, name);
                }
                redirect.addFlashAttribute("uploaded", true);
                return "redirect:/briefings/" + id + "/media";
            }
            catch (FileRefusedException e) {
                errors.rejectValue("file", e.messageKey(), e.messageArguments(), null);
                response.setStatus(e.status().value());
            }
            catch (InvalidInputException e) {
                reject(errors, e, UPLOAD_FIELDS);
            }
            catch (IOException e) {
                throw new UploadInterruptedException(e);
            }
        }
        return refused(id, model, response);
    }

    @PostMapping("/briefings/{id}/media/{mediumId}/captions")
    String captions(@PathVariable UUID id, @PathVariable UUID mediumId,
            @RequestParam(required = false) @Nullable MultipartFile captions, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        requirePressOffice();
        MultipartFile file = captions == null || captions.isEmpty() ? null : captions;
        try (InputStream content = file == null ? null : file.getInputStream()) {
            media.attachCaptions(CurrentUser.require(), mediumId, content, file == null ? null : file.getOriginalFilename());
            redirect.addFlashAttribute("captionsUploaded", true);
            return "redirect:/briefings/" + id + "/media";
        }
        catch (FileRefusedException e) {
            model.addAttribute("captionsError", new CaptionsError(mediumId, e.messageKey(), e.messageArguments()));
            response.setStatus(e.status().value());
        }
        catch (InvalidInputException e) {
            model.addAttribute("captionsError", new CaptionsError(mediumId, e.messageKey(), new Object[0]));
        }
        catch (IOException e) {
            throw new UploadInterruptedException(e);
        }
        return refused(id, model, response);
    }

    @PostMapping("/briefings/{id}/soundbites")
    String define(@PathVariable UUID id, @Valid @ModelAttribute("soundbite") SoundbiteForm form, BindingResult errors,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        requirePressOffice();
        NewSoundbite command = form.command(errors);
        if (form.getRecordingId() == null) {
            errors.rejectValue("recordingId", "media.recording.required");
        }
        if (command != null && !errors.hasErrors()) {
            try {
                media.defineSoundbite(CurrentUser.require(), form.getRecordingId(), command);
                redirect.addFlashAttribute("defined", true);
                return "redirect:/briefings/" + id + "/media";
            }
            catch (InvalidInputException e) {
                reject(errors, e, SOUNDBITE_FIELDS);
            }
        }
        return refused(id, model, response);
    }

    @GetMapping("/briefings/{id}/soundbites/{soundbiteId}/edit")
    String edit(@PathVariable UUID id, @PathVariable UUID soundbiteId, Model model) {
        requirePressOffice();
        CurrentUser user = CurrentUser.require();
        SoundbiteView soundbite = media.soundbite(user, soundbiteId);
        if (!model.containsAttribute("soundbite")) {
            model.addAttribute("soundbite", SoundbiteForm.of(soundbite));
        }
        model.addAttribute("view", briefings.briefing(user, id));
        model.addAttribute("speakers", briefings.candidates(user));
        model.addAttribute("soundbiteView", soundbite);
        return EDIT;
    }

    @PostMapping("/briefings/{id}/soundbites/{soundbiteId}")
    String revise(@PathVariable UUID id, @PathVariable UUID soundbiteId,
            @Valid @ModelAttribute("soundbite") SoundbiteForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        requirePressOffice();
        NewSoundbite command = form.command(errors);
        if (command != null && !errors.hasErrors()) {
            try {
                media.reviseSoundbite(CurrentUser.require(), soundbiteId, command);
                redirect.addFlashAttribute("revised", true);
                return "redirect:/briefings/" + id + "/media";
            }
            catch (InvalidInputException e) {
                reject(errors, e, SOUNDBITE_FIELDS);
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return edit(id, soundbiteId, model);
    }

    @PostMapping("/briefings/{id}/soundbites/{soundbiteId}/delete")
    String delete(@PathVariable UUID id, @PathVariable UUID soundbiteId, RedirectAttributes redirect) {
        requirePressOffice();
        media.deleteSoundbite(CurrentUser.require(), soundbiteId);
        redirect.addFlashAttribute("deleted", true);
        return "redirect:/briefings/" + id + "/media";
    }

    /** The content for the page's players and downloads (Range, 206); {@code ?download=true} to save it. */
    @GetMapping("/media/{id}")
    ResponseEntity<Resource> content(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean download) {
        var content = media.open(CurrentUser.require(), id);
        return download ? FileResponses.attachment(content) : FileResponses.inline(content);
    }

    @GetMapping("/media/{id}/captions.vtt")
    ResponseEntity<Resource> captionsFile(@PathVariable UUID id) {
        return FileResponses.inline(media.captions(CurrentUser.require(), id));
    }

    /** The forms are the press office's: others are refused before their input is looked at. */
    private static void requirePressOffice() {
        if (!CurrentUser.require().hasRole("PRESS_OFFICE")) {
            throw new AccessDeniedException("Only the press office changes a briefing's media");
        }
    }

    private String refused(UUID id, Model model, HttpServletResponse response) {
        if (response.getStatus() < 400) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        return page(id, model);
    }

    private static void reject(BindingResult errors, InvalidInputException refusal, Map<String, String> fields) {
        String field = fields.get(refusal.field());
        if (field == null) {
            errors.reject(refusal.messageKey());
        }
        else {
            errors.rejectValue(field, refusal.messageKey());
        }
    }

    /** A refused captions file, shown at its recording's form. */
    record CaptionsError(UUID recordingId, String messageKey, Object[] arguments) {
    }

    /** Time codes for the template. */
    static final class TimeFormat {

        public String of(@Nullable Double seconds) {
            return TimeCodes.format(seconds);
        }
    }
}
