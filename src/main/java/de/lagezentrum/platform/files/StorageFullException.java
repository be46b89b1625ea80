package de.lagezentrum.platform.files;

import java.io.Serial;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The file system has no room for the upload (or would fall below the reserve the store keeps free).
 * Nothing was kept; trying again helps only once an operator has made room.
 */
@ResponseStatus(HttpStatus.INSUFFICIENT_STORAGE)
public final class StorageFullException extends FileRefusedException {

    @Serial
    private static final long serialVersionUID = 1L;

    public StorageFullException(String message, Throwable cause) {
        super(message, new Object[0], cause);
    }

    public StorageFullException(String message) {
        super(message);
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.INSUFFICIENT_STORAGE;
    }

    @Override
    public String problemType() {
        return "storage-full";
    }
}
