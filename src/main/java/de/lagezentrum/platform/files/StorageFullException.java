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
        super(HttpStatus.INSUFFICIENT_STORAGE, "storage-full", message, cause);
    }

    public StorageFullException(String message) {
        super(HttpStatus.INSUFFICIENT_STORAGE, "storage-full", message, null);
    }
}
