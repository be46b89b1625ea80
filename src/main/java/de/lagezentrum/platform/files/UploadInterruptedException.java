package de.lagezentrum.platform.files;

import java.io.IOException;
import java.io.Serial;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Reading the upload failed halfway (the client went away, the body was cut off); nothing was kept. */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public final class UploadInterruptedException extends FileRefusedException {

    @Serial
    private static final long serialVersionUID = 1L;

    public UploadInterruptedException(IOException cause) {
        super(HttpStatus.BAD_REQUEST, "upload-interrupted", "Reading the upload failed: " + cause.getMessage(), cause);
    }
}
