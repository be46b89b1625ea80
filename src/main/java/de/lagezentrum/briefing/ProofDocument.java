package de.lagezentrum.briefing;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamSource;

/**
 * A press card or assignment uploaded with a registration: a PDF or an image, told by its content.
 *
 * @param content the bytes, e.g. an uploaded multipart file
 * @param name the name it was uploaded under; may be null
 */
public record ProofDocument(InputStreamSource content, @Nullable String name) {
}
