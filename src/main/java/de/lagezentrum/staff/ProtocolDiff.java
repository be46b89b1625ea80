package de.lagezentrum.staff;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import org.jspecify.annotations.Nullable;

/**
 * What a correcting version changed against the version it corrects: attendance and entries, each entry
 * word by word so a reader sees the two versions side by side with the changed words marked.
 *
 * @param from the corrected version
 * @param to the correcting version
 * @param correction the reason given for the correction
 */
public record ProtocolDiff(int from, int to, @Nullable String correction, List<ProtocolView.Attendee> addedAttendees,
        List<ProtocolView.Attendee> removedAttendees, List<EntryDiff> entries) {

    private static final Pattern WORDS = Pattern.compile("(?<=\\s)(?=\\S)|(?<=\\S)(?=\\s)");

    /** Whether anything beyond the explanation changed. */
    public boolean changesContent() {
        return !addedAttendees.isEmpty() || !removedAttendees.isEmpty() || !entries.isEmpty();
    }

    static ProtocolDiff between(ProtocolView before, ProtocolView after) {
        List<ProtocolView.Attendee> added = after.attendance().stream()
                .filter(a -> before.attendance().stream().noneMatch(b -> b.personId().equals(a.personId()))).toList();
        List<ProtocolView.Attendee> removed = before.attendance().stream()
                .filter(b -> after.attendance().stream().noneMatch(a -> a.personId().equals(b.personId()))).toList();
        List<EntryDiff> entries = new ArrayList<>();
        for (EntryView now : after.entries()) {
            before.entries().stream().filter(old -> old.id().equals(now.id())).findFirst()
                    .filter(old -> !old.text().equals(now.text()) || !Objects.equals(old.rationale(), now.rationale()))
                    .ifPresent(old -> entries.add(new EntryDiff(now.id(), now.type(), now.decisionNumber(),
                            itemTitle(after, now.agendaItemId()), words(old.text(), now.text()),
                            words(nullToEmpty(old.rationale()), nullToEmpty(now.rationale())))));
        }
        return new ProtocolDiff(before.version(), after.version(), after.correction(), added, removed, entries);
    }

    /** The item's title; null for the Wiedervorlage, whose title the page gives in the reader's language. */
    private static @Nullable String itemTitle(ProtocolView protocol, UUID itemId) {
        return protocol.items().stream().filter(item -> item.id().equals(itemId))
                .map(item -> item.followUpItem() ? null : item.title()).findFirst().orElse(null);
    }

    /** The two texts as runs of unchanged and changed words. */
    static SideBySide words(String before, String after) {
        List<String> old = tokens(before);
        List<String> now = tokens(after);
        List<Segment> left = new ArrayList<>();
        List<Segment> right = new ArrayList<>();
        int oldAt = 0;
        int nowAt = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(old, now).getDeltas()) {
            add(left, old.subList(oldAt, delta.getSource().getPosition()), false);
            add(right, now.subList(nowAt, delta.getTarget().getPosition()), false);
            add(left, delta.getSource().getLines(), true);
            add(right, delta.getTarget().getLines(), true);
            oldAt = delta.getSource().getPosition() + delta.getSource().size();
            nowAt = delta.getTarget().getPosition() + delta.getTarget().size();
        }
        add(left, old.subList(oldAt, old.size()), false);
        add(right, now.subList(nowAt, now.size()), false);
        return new SideBySide(left, right, !before.equals(after));
    }

    private static List<String> tokens(String text) {
        return text.isEmpty() ? List.of() : List.of(WORDS.split(text));
    }

    private static void add(List<Segment> segments, List<String> tokens, boolean changed) {
        if (!tokens.isEmpty()) {
            segments.add(new Segment(String.join("", tokens), changed));
        }
    }

    private static String nullToEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }

    /**
     * An entry whose text or rationale the correction changed.
     *
     * @param decisionNumber for decisions; null otherwise
     * @param itemTitle the agenda item it was recorded under; null for the Wiedervorlage
     */
    public record EntryDiff(UUID entryId, EntryType type, @Nullable String decisionNumber, @Nullable String itemTitle,
            SideBySide text, SideBySide rationale) {
    }

    /**
     * A text before and after.
     *
     * @param changed whether the two differ at all
     */
    public record SideBySide(List<Segment> before, List<Segment> after, boolean changed) {
    }

    /** A run of words, changed or not. */
    public record Segment(String text, boolean changed) {
    }
}
