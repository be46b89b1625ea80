package de.lagezentrum.platform.files;

import java.io.Serial;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The upload is larger than the caller allows; noticed while streaming, so nothing beyond was read. */
@ResponseStatus(HttpStatus.CONTENT_TOO_LARGE)
public final class FileTooLargeException extends FileRefusedException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long maxBytes;

    public FileTooLargeException(long maxBytes) {
        super(HttpStatus.CONTENT_TOO_LARGE, "file-too-large", "Upload larger than " + maxBytes + " bytes", null,
                ByteSizes.format(maxBytes));
        this.maxBytes = maxBytes;
    }

    /** The limit that was exceeded. */
    public long maxBytes() {
        return maxBytes;
    }
}
