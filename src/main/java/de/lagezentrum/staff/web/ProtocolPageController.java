package de.lagezentrum.staff.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.ConflictException;
import de.lagezentrum.platform.web.DateFormats;
import de.lagezentrum.platform.web.InvalidInputException;
import de.lagezentrum.staff.ProtocolManagement;
import de.lagezentrum.staff.ProtocolView;
import de.lagezentrum.staff.SessionManagement;
import de.lagezentrum.staff.SessionView;
import de.lagezentrum.staff.StaffManagement;
import de.lagezentrum.staff.StaffView;

/**
 * A session's protocol: its state, attendance while it is open, every version with the differences a
 * correction made, the correction form, a print view and the PDF.
 */
@Controller
@RequestMapping("/sessions/{id}")
class ProtocolPageController {

    private final ProtocolManagement protocols;
    private final SessionManagement sessions;
    private final StaffManagement staffs;
    private final DateFormats dates;
    private final MessageSource messages;

    ProtocolPageController(ProtocolManagement protocols, SessionManagement sessions, StaffManagement staffs,
            DateFormats dates, MessageSource messages) {
        this.protocols = protocols;
        this.sessions = sessions;
        this.staffs = staffs;
        this.dates = dates;
        this.messages = messages;
    }

    @GetMapping("/protocol")
    String protocol(@PathVariable UUID id, Model model) {
        CurrentUser user = CurrentUser.require();
        StaffView staff = common(user, id, model);
        ProtocolView protocol = protocols.latestOrDraft(user, id);
        model.addAttribute("protocol", protocol);
        model.addAttribute("versions", protocols.versions(user, id));
        model.addAttribute("present", protocols.present(user, id));
        model.addAttribute("lead", staff.leadId().equals(user.personId()));
        return "staff/protocol";
    }

    @PostMapping("/protocol/attendance")
    String attendance(@PathVariable UUID id, @RequestParam(name = "present", required = false) @Nullable Set<UUID> present,
            RedirectAttributes redirect) {
        protocols.attendance(CurrentUser.require(), id, present == null ? Set.of() : present);
        redirect.addFlashAttribute("attendanceSaved", true);
        return "redirect:/sessions/" + id + "/protocol#attendance-heading";
    }

    @GetMapping("/protocol/versions/{version}")
    String version(@PathVariable UUID id, @PathVariable int version, Model model) {
        CurrentUser user = CurrentUser.require();
        common(user, id, model);
        ProtocolView protocol = protocols.protocol(user, id, version);
        model.addAttribute("protocol", protocol);
        model.addAttribute("diff", protocol.correctsVersion() == null ? null : protocols.diff(user, id, version));
        return "staff/protocol-version";
    }

    @GetMapping("/protocol/print")
    String print(@PathVariable UUID id, @RequestParam(required = false) @Nullable Integer version, Model model) {
        CurrentUser user = CurrentUser.require();
        common(user, id, model);
        model.addAttribute("protocol", version == null ? protocols.latestOrDraft(user, id)
                : protocols.protocol(user, id, version));
        return "staff/protocol-print";
    }

    @GetMapping("/protocol.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id, @RequestParam(required = false) @Nullable Integer version,
            Locale locale) {
        CurrentUser user = CurrentUser.require();
        byte[] pdf = protocols.pdf(user, id, version, locale);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(user, id, locale, "pdf")).body(pdf);
    }

    @GetMapping(path = "/protocol.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ProtocolView> json(@PathVariable UUID id, Locale locale) {
        CurrentUser user = CurrentUser.require();
        ProtocolView protocol = protocols.protocol(user, id);
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, disposition(user, id, locale, "json"))
                .body(protocol);
    }

    @GetMapping("/protocol/correction")
    String correctionForm(@PathVariable UUID id, Model model) {
        CurrentUser user = CurrentUser.require();
        ProtocolView protocol = protocols.protocol(user, id);
        if (!protocol.status().equals("APPROVED")) {
            throw new ConflictException("protocol.not-approved");
        }
        model.addAttribute("correction", CorrectionForm.of(protocol));
        return correctionPage(user, id, protocol, model);
    }

    @PostMapping("/protocol/correction")
    String correct(@PathVariable UUID id, @Valid @ModelAttribute("correction") CorrectionForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.require();
        ProtocolView protocol = protocols.protocol(user, id);
        form.emptied(protocol).forEach(entry -> errors.rejectValue("texts[" + entry + "]",
                "protocol.correction.entry.text"));
        if (!errors.hasErrors()) {
            try {
                ProtocolView corrected = protocols.correct(user, id, form.command(protocol));
                redirect.addFlashAttribute("corrected", true);
                return "redirect:/sessions/" + id + "/protocol/versions/" + corrected.version();
            }
            catch (InvalidInputException e) {
                if (e.field().equals("text")) {
                    errors.rejectValue("text", e.messageKey());
                }
                else {
                    errors.reject(e.messageKey());
                }
            }
            catch (ConflictException e) {
                errors.reject(e.messageKey());
                // The form now shows the current version; saving again applies the user's text to it knowingly.
                form.setBasedOn(protocol.version());
            }
        }
        return correctionPage(user, id, protocol, model);
    }

    private String correctionPage(CurrentUser user, UUID id, ProtocolView protocol, Model model) {
        common(user, id, model);
        model.addAttribute("protocol", protocol);
        return "staff/protocol-correction";
    }

    private StaffView common(CurrentUser user, UUID id, Model model) {
        SessionView session = sessions.session(user, id);
        StaffView staff = staffs.staff(user, session.staffId());
        model.addAttribute("meeting", session);
        model.addAttribute("staff", staff);
        model.addAttribute("when", dates.dateTime(session.start()));
        model.addAttribute("dates", dates);
        return staff;
    }

    private String disposition(CurrentUser user, UUID id, Locale locale, String extension) {
        SessionView session = sessions.session(user, id);
        String name = messages.getMessage("protocol.file-name",
                new Object[] {dates.dateTime(session.start()).substring(0, 10)}, locale);
        return ContentDisposition.attachment().filename(name + "." + extension, StandardCharsets.UTF_8).build()
                .toString();
    }
}
