package de.lagezentrum.platform.files;

import java.io.Serial;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/**
 * An upload the store did not keep; nothing of it is left. The API answers with problem details of
 * {@link #problemType()}; a page form shows {@link #messageKey()} with {@link #messageArguments()} at its
 * file field, e.g. {@code errors.rejectValue("file", e.messageKey(), e.messageArguments(), null)}.
 */
public abstract sealed class FileRefusedException extends RuntimeException
        permits FileTooLargeException, UnsupportedFileTypeException, StorageFullException, UploadInterruptedException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final HttpStatus status;
    private final String problemType;
    private final transient Object[] messageArguments;

    FileRefusedException(HttpStatus status, String problemType, String message, @Nullable Throwable cause,
            Object... messageArguments) {
        super(message, cause);
        this.status = status;
        this.problemType = problemType;
        this.messageArguments = messageArguments.clone();
    }

    /** The HTTP status the API answers with. */
    public HttpStatus status() {
        return status;
    }

    /** The problem type, e.g. {@code file-too-large} ({@code /problems/file-too-large}). */
    public String problemType() {
        return problemType;
    }

    /** The message bundle key of the explanation: {@code problem.<type>.detail}. */
    public String messageKey() {
        return "problem." + problemType() + ".detail";
    }

    /** The explanation's arguments, already formatted. */
    public Object[] messageArguments() {
        return messageArguments.clone();
    }
}
