package de.lagezentrum.briefing.media;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import de.lagezentrum.briefing.CaptionCue;

/**
 * The cues of a WebVTT file, as far as a transcript needs them: start, end and text without tags. An
 * O-Ton without a typed transcript gets the text of the cues inside its time range.
 */
public final class WebVttCues {

    private static final Pattern TIMING = Pattern.compile(
            "^\\s*((?:\\d+:)?\\d{2}:\\d{2}\\.\\d{3})\\s+-->\\s+((?:\\d+:)?\\d{2}:\\d{2}\\.\\d{3})");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private WebVttCues() {
    }

    /** One cue. */
    record Cue(long startMillis, long endMillis, String text) {
    }

    /** The cues of a WebVTT text in order; lines that are no cue are skipped. */
    static List<Cue> parse(String vtt) {
        List<Cue> cues = new ArrayList<>();
        String[] lines = vtt.replace("\r\n", "\n").replace('\r', '\n').split("\n");
        for (int i = 0; i < lines.length; i++) {
            Matcher timing = TIMING.matcher(lines[i]);
            if (!timing.find()) {
                continue;
            }
            StringBuilder text = new StringBuilder();
            while (i + 1 < lines.length && !lines[i + 1].isBlank()) {
                text.append(text.isEmpty() ? "" : " ").append(TAG.matcher(lines[++i]).replaceAll("").strip());
            }
            cues.add(new Cue(millis(timing.group(1)), millis(timing.group(2)), unescape(text.toString())));
        }
        return cues;
    }

    /** The cues of a WebVTT text as the public API shows them, in order; blank cues are left out. */
    public static List<CaptionCue> captionCues(String vtt) {
        return parse(vtt).stream().filter(cue -> !cue.text().isBlank())
                .map(cue -> new CaptionCue(cue.startMillis() / 1000.0, cue.endMillis() / 1000.0, cue.text())).toList();
    }

    /** The text of the cues that overlap a time range, joined by spaces; empty if none. */
    public static String transcript(String vtt, long startMillis, long endMillis) {
        return parse(vtt).stream().filter(cue -> cue.endMillis() > startMillis && cue.startMillis() < endMillis)
                .map(Cue::text).filter(text -> !text.isBlank()).collect(Collectors.joining(" "));
    }

    private static long millis(String timestamp) {
        String[] parts = timestamp.split(":");
        long hours = parts.length == 3 ? Long.parseLong(parts[0]) : 0;
        long minutes = Long.parseLong(parts[parts.length - 2]);
        String[] seconds = parts[parts.length - 1].split("\\.");
        return ((hours * 60 + minutes) * 60 + Long.parseLong(seconds[0])) * 1000 + Long.parseLong(seconds[1]);
    }

    private static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&nbsp;", " ").replace("&amp;", "&");
    }
}
