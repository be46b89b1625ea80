package de.lagezentrum.platform.files;

import java.io.Serial;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The content of the upload is of a type the caller does not accept, whatever its name says. */
@ResponseStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
public final class UnsupportedFileTypeException extends FileRefusedException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String detected;

    public UnsupportedFileTypeException(String detected, AcceptedTypes accepted) {
        super(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-file-type",
                "Content of type " + detected + " is not one of " + accepted, null, detected, accepted.toString());
        this.detected = detected;
    }

    /** The type found in the content. */
    public String detected() {
        return detected;
    }
}
