package de.lagezentrum.briefing.media.web;

import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/** Time codes as the press office types them: {@code mm:ss} or {@code h:mm:ss}, optionally with tenths. */
final class TimeCodes {

    private static final Pattern CODE = Pattern.compile("^(?:(\\d{1,2}):)?(\\d{1,3}):([0-5]\\d)(?:[.,](\\d{1,3}))?$");

    private TimeCodes() {
    }

    /** The seconds of a time code; empty when it is none. */
    static OptionalDouble parse(@Nullable String text) {
        Matcher code = text == null ? null : CODE.matcher(text.strip());
        if (code == null || !code.matches()) {
            return OptionalDouble.empty();
        }
        long hours = code.group(1) == null ? 0 : Long.parseLong(code.group(1));
        long minutes = Long.parseLong(code.group(2));
        if (code.group(1) != null && minutes > 59) {
            return OptionalDouble.empty();
        }
        double fraction = code.group(4) == null ? 0 : Double.parseDouble("0." + code.group(4));
        return OptionalDouble.of((hours * 60 + minutes) * 60 + Long.parseLong(code.group(3)) + fraction);
    }

    /** Seconds as {@code mm:ss} (with hours when there are any, tenths when there are any). */
    static String format(@Nullable Double seconds) {
        if (seconds == null) {
            return "";
        }
        long tenths = Math.round(seconds * 10);
        long whole = tenths / 10;
        String code = whole >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", whole / 3600, whole / 60 % 60, whole % 60)
                : String.format(Locale.ROOT, "%02d:%02d", whole / 60, whole % 60);
        return tenths % 10 == 0 ? code : code + "," + tenths % 10;
    }
}
