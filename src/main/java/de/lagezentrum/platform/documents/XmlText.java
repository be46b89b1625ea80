package de.lagezentrum.platform.documents;

/**
 * Text as XML 1.0 may carry it. An XML writer escapes markup, but a control character (a form feed pasted
 * from a word processor, a NUL) or a lone surrogate has no escape in XML 1.0 at all: written as it is, the
 * whole document (an Atom feed) no longer parses. Such characters are dropped; tabs and line breaks stay.
 */
public final class XmlText {

    private XmlText() {
    }

    /** The text without the characters XML 1.0 does not allow. */
    public static String of(String text) {
        StringBuilder clean = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed;
            if (Character.isHighSurrogate(c)) {
                allowed = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
                if (allowed) {
                    if (clean != null) {
                        clean.append(c).append(text.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            }
            else {
                allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
            }
            if (!allowed && clean == null) {
                clean = new StringBuilder(text.length()).append(text, 0, i);
            }
            else if (allowed && clean != null) {
                clean.append(c);
            }
        }
        return clean == null ? text : clean.toString();
    }
}
