package de.lagezentrum.platform.files;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.http.MediaType;

/**
 * The media types a caller accepts for an upload, matched against the type found in the content (never
 * the name or the declared type). {@code audio/*} accepts every audio type.
 *
 * @param types the accepted types, wildcard subtypes allowed
 */
public record AcceptedTypes(List<MediaType> types) {

    /** Recordings: any audio or video. */
    public static final AcceptedTypes RECORDINGS = of("audio/*", "video/*");

    /** Documents and pictures (e.g. a press card): PDF, PNG, JPEG, WebP. No SVG: it may carry script. */
    public static final AcceptedTypes DOCUMENTS_AND_IMAGES = of("application/pdf", "image/png", "image/jpeg",
            "image/webp");

    /** Pictures only: PNG, JPEG, WebP. */
    public static final AcceptedTypes IMAGES = of("image/png", "image/jpeg", "image/webp");

    /** Captions and transcripts: WebVTT. */
    public static final AcceptedTypes CAPTIONS = of("text/vtt");

    public AcceptedTypes {
        if (types.isEmpty()) {
            throw new IllegalArgumentException("At least one type must be accepted");
        }
        if (types.stream().anyMatch(type -> type.isWildcardType())) {
            throw new IllegalArgumentException("*/* would accept anything, scripts included");
        }
        types = List.copyOf(types);
    }

    /** The given types, e.g. {@code of("application/pdf", "image/*")}. */
    public static AcceptedTypes of(String... types) {
        return new AcceptedTypes(Arrays.stream(types).map(MediaType::parseMediaType).toList());
    }

    /** Whether content of this type is accepted. */
    public boolean accepts(MediaType detected) {
        return types.stream().anyMatch(type -> type.includes(detected));
    }

    @Override
    public String toString() {
        return types.stream().map(MediaType::toString).collect(Collectors.joining(", "));
    }
}
