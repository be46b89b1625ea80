package de.lagezentrum.staff.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import de.lagezentrum.staff.EntryType;
import de.lagezentrum.staff.EntryView;
import de.lagezentrum.staff.ProtocolCorrection;
import de.lagezentrum.staff.ProtocolView;

/**
 * The correction of an approved protocol as the page shows it: every entry's text (and a decision's
 * rationale) to edit in place, who was present, and why the protocol is corrected.
 */
public class CorrectionForm {

    @NotBlank
    @Size(max = 10_000)
    private String text = "";
    private Set<UUID> present = new LinkedHashSet<>();
    private Map<String, String> texts = new HashMap<>();
    private Map<String, String> rationales = new HashMap<>();
    private @Nullable Integer basedOn;

    /** The form filled with the protocol as it stands. */
    static CorrectionForm of(ProtocolView protocol) {
        CorrectionForm form = new CorrectionForm();
        form.basedOn = protocol.version();
        protocol.attendance().forEach(attendee -> form.present.add(attendee.personId()));
        for (EntryView entry : protocol.entries()) {
            form.texts.put(entry.id().toString(), entry.text());
            if (entry.type() == EntryType.DECISION) {
                form.rationales.put(entry.id().toString(), entry.rationale() == null ? "" : entry.rationale());
            }
        }
        return form;
    }

    /** Only what differs from the protocol becomes part of the correction. */
    ProtocolCorrection command(ProtocolView protocol) {
        List<ProtocolCorrection.EntryChange> changes = new ArrayList<>();
        for (EntryView entry : protocol.entries()) {
            String newText = texts.getOrDefault(entry.id().toString(), entry.text()).strip();
            String oldRationale = entry.rationale() == null ? "" : entry.rationale();
            String newRationale = entry.type() == EntryType.DECISION
                    ? rationales.getOrDefault(entry.id().toString(), oldRationale).strip() : oldRationale;
            if (!newText.equals(entry.text()) || !newRationale.equals(oldRationale)) {
                changes.add(new ProtocolCorrection.EntryChange(entry.id(), newText, newRationale));
            }
        }
        Set<UUID> before = new LinkedHashSet<>();
        protocol.attendance().forEach(attendee -> before.add(attendee.personId()));
        return new ProtocolCorrection(text, changes, Objects.equals(before, present) ? null : present, basedOn);
    }

    /** The entries whose text the user emptied: each is an error at its own field. */
    List<UUID> emptied(ProtocolView protocol) {
        return protocol.entries().stream().map(EntryView::id)
                .filter(id -> texts.containsKey(id.toString()) && texts.get(id.toString()).isBlank()).toList();
    }

    public @Nullable Integer getBasedOn() {
        return basedOn;
    }

    public void setBasedOn(@Nullable Integer basedOn) {
        this.basedOn = basedOn;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Set<UUID> getPresent() {
        return present;
    }

    public void setPresent(Set<UUID> present) {
        this.present = present;
    }

    public Map<String, String> getTexts() {
        return texts;
    }

    public void setTexts(Map<String, String> texts) {
        this.texts = texts;
    }

    public Map<String, String> getRationales() {
        return rationales;
    }

    public void setRationales(Map<String, String> rationales) {
        this.rationales = rationales;
    }
}
