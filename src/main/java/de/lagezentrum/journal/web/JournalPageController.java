package de.lagezentrum.journal.web;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.lagezentrum.journal.JournalCategory;
import de.lagezentrum.journal.JournalEntry;
import de.lagezentrum.journal.JournalManagement;
import de.lagezentrum.journal.JournalSummary;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.DateFormats;
import de.lagezentrum.platform.web.InvalidInputException;
import de.lagezentrum.platform.web.NotFoundException;
import de.lagezentrum.platform.web.PageRequest;
import de.lagezentrum.platform.web.PageResult;

/**
 * A staff's journal page: the entries in order of seq (oldest first, so the newest stand last, just above
 * the form), the form to append or correct, the chain check and the exports. Works without JavaScript;
 * htmx only loads the check's result into its live region instead of the whole page.
 */
@Controller
@RequestMapping("/staffs/{id}")
class JournalPageController {

    /** Entries per page. */
    static final int PAGE_SIZE = 50;

    private final JournalManagement journal;
    private final JournalDownloads downloads;
    private final DateFormats dates;
    private final Clock clock;

    JournalPageController(JournalManagement journal, JournalDownloads downloads, DateFormats dates, Clock clock) {
        this.journal = journal;
        this.downloads = downloads;
        this.dates = dates;
        this.clock = clock;
    }

    /** Without a page number the last page: where the newest entries and the form are. */
    @GetMapping("/journal")
    String journal(@PathVariable UUID id, @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable UUID corrects, Model model) {
        CurrentUser user = CurrentUser.require();
        if (!model.containsAttribute("entry")) {
            model.addAttribute("entry", corrects == null ? new JournalEntryForm()
                    : JournalEntryForm.correcting(journal.entry(user, id, corrects)));
        }
        return render(user, id, page, model);
    }

    @PostMapping("/journal")
    String append(@PathVariable UUID id, @Valid @ModelAttribute("entry") JournalEntryForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.require();
        if (form.dateWithoutTime()) {
            errors.rejectValue("occurredTime", "journal.occurredTime.missing");
        }
        if (!errors.hasErrors()) {
            try {
                JournalEntry written = journal.append(user, id, form.command(dates.zone(), clock.instant()));
                redirect.addFlashAttribute("written", written.seq());
                return "redirect:/staffs/" + id + "/journal";
            }
            catch (InvalidInputException e) {
                switch (e.field()) {
                    case "text" -> errors.rejectValue("text", e.messageKey());
                    case "occurredAt" -> errors.rejectValue("occurredDate", e.messageKey());
                    default -> errors.reject(e.messageKey());
                }
            }
        }
        return render(user, id, null, model);
    }

    /** The chain check: the whole page, or for htmx only the result that goes into the live region. */
    @GetMapping("/journal/verify")
    String verify(@PathVariable UUID id, @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model, HttpServletResponse response) {
        CurrentUser user = CurrentUser.require();
        model.addAttribute("verification", journal.verify(user, id));
        response.addHeader("Vary", "HX-Request");
        if (htmx != null) {
            return "journal/journal :: verification-result";
        }
        model.addAttribute("entry", new JournalEntryForm());
        return render(user, id, null, model);
    }

    @GetMapping("/journal.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id, Locale locale) {
        return downloads.pdf(CurrentUser.require(), id, locale);
    }

    @GetMapping("/journal.json")
    void json(@PathVariable UUID id, Locale locale, HttpServletResponse response) throws IOException {
        downloads.json(CurrentUser.require(), id, locale, response);
    }

    private String render(CurrentUser user, UUID id, @Nullable Integer page, Model model) {
        JournalSummary summary = journal.summary(user, id);
        int last = (int) Math.max(0, (summary.entries() - 1) / PAGE_SIZE);
        PageResult<JournalEntry> result = journal.entries(user, id,
                new PageRequest(page == null ? last : Math.min(page, last), PAGE_SIZE));
        model.addAttribute("summary", summary);
        model.addAttribute("result", result);
        model.addAttribute("pageSize", PAGE_SIZE);
        List<JournalEntry> items = result.items();
        model.addAttribute("firstSeq", items.isEmpty() ? 0 : items.get(0).seq());
        model.addAttribute("lastSeq", items.isEmpty() ? 0 : items.get(items.size() - 1).seq());
        model.addAttribute("categories", JournalCategory.values());
        model.addAttribute("correcting", correcting(user, id, model));
        return "journal/journal";
    }

    /** The entry the form corrects, if it does and that entry is in this journal. */
    private @Nullable JournalEntry correcting(CurrentUser user, UUID id, Model model) {
        Object form = model.getAttribute("entry");
        if (form instanceof JournalEntryForm entry && entry.getCorrects() != null) {
            try {
                return journal.entry(user, id, entry.getCorrects());
            }
            catch (NotFoundException e) {
                return null;
            }
        }
        return null;
    }
}
