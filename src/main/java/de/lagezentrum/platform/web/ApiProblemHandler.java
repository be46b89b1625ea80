package de.lagezentrum.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import de.lagezentrum.platform.files.FileRefusedException;
import de.lagezentrum.platform.security.LoginThrottledException;
import de.lagezentrum.platform.security.SecondFactorRequiredException;

/**
 * The one place where API errors become RFC 9457 problem details: a stable {@code type}, a localised
 * {@code title} and {@code detail}, and for bad input an {@code errors} list of
 * {@code {"field","message"}}. Never a stack trace.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblemHandler extends ResponseEntityExceptionHandler {

    private final MessageSource messages;

    ApiProblemHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound(NotFoundException e, WebRequest request) {
        return problem(HttpStatus.NOT_FOUND, "not-found", null, List.of(), request);
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<Object> conflict(ConflictException e, WebRequest request) {
        return problem(HttpStatus.CONFLICT, "conflict", message(e.messageKey()), List.of(), request);
    }

    @ExceptionHandler({OptimisticLockingFailureException.class, DuplicateKeyException.class})
    ResponseEntity<Object> concurrentChange(RuntimeException e, WebRequest request) {
        return problem(HttpStatus.CONFLICT, "conflict", message("problem.concurrent-change"), List.of(), request);
    }

    /**
     * The database is away (restarting, failing over: its connection broke or refused) or its pool gave no
     * connection in time (overloaded, as {@link OverloadFilter} says for what escapes the controllers): either
     * way nothing was confirmed, and the same request may be sent again in a moment.
     */
    @ExceptionHandler({DataAccessResourceFailureException.class, TransientDataAccessException.class,
            RecoverableDataAccessException.class, CannotCreateTransactionException.class})
    ResponseEntity<Object> databaseUnavailable(RuntimeException e, WebRequest request) {
        ResponseEntity<Object> problem = problem(HttpStatus.SERVICE_UNAVAILABLE,
                OverloadFilter.overloaded(e) ? "unavailable" : "database-unavailable", null, List.of(), request);
        return ResponseEntity.status(problem.getStatusCode())
                .header(HttpHeaders.RETRY_AFTER, ErrorPageController.RETRY_AFTER_SECONDS).body(problem.getBody());
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Object> invalidInput(InvalidInputException e, WebRequest request) {
        return problem(HttpStatus.BAD_REQUEST, "validation", null,
                List.of(new FieldMessage(e.field(), message(e.messageKey()))), request);
    }

    /** An upload the file store refused (413, 415, 507, or 400 when it was cut off); nothing of it was kept. */
    @ExceptionHandler(FileRefusedException.class)
    ResponseEntity<Object> fileRefused(FileRefusedException e, WebRequest request) {
        return problem(e.status(), e.problemType(),
                messages.getMessage(e.messageKey(), e.messageArguments(), e.messageKey(), locale()), List.of(), request);
    }

    @ExceptionHandler(LoginThrottledException.class)
    ResponseEntity<Object> throttled(LoginThrottledException e, WebRequest request) {
        ResponseEntity<Object> problem = problem(HttpStatus.TOO_MANY_REQUESTS, "throttled", null, List.of(), request);
        return ResponseEntity.status(problem.getStatusCode())
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                .body(problem.getBody());
    }

    @ExceptionHandler(TooManyRequestsException.class)
    ResponseEntity<Object> tooManyRequests(TooManyRequestsException e, WebRequest request) {
        ResponseEntity<Object> problem = problem(HttpStatus.TOO_MANY_REQUESTS, "rate-limited", null, List.of(),
                request);
        return ResponseEntity.status(problem.getStatusCode())
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                .body(problem.getBody());
    }

    @ExceptionHandler(SecondFactorRequiredException.class)
    ResponseEntity<Object> secondFactorRequired(SecondFactorRequiredException e, WebRequest request) {
        return problem(HttpStatus.UNAUTHORIZED, "mfa-required", null, List.of(), request);
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<Object> unauthorized(AuthenticationException e, WebRequest request) {
        return problem(HttpStatus.UNAUTHORIZED, "unauthorized", null, List.of(), request);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> forbidden(AccessDeniedException e, WebRequest request) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", null, List.of(), request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e, WebRequest request) {
        return problem(HttpStatus.BAD_REQUEST, "validation", null,
                List.of(new FieldMessage(e.getName(), message("validation.malformed"))), request);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldMessage> errors = new ArrayList<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            errors.add(new FieldMessage(error.getField(), messages.getMessage(error, locale())));
        }
        e.getBindingResult().getGlobalErrors()
                .forEach(error -> errors.add(new FieldMessage("", messages.getMessage(error, locale()))));
        return problem(HttpStatus.BAD_REQUEST, "validation", null, errors, request);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldMessage> errors = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldMessage(result.getMethodParameter().getParameterName(),
                                messages.getMessage(error, locale()))))
                .toList();
        return problem(HttpStatus.BAD_REQUEST, "validation", null, errors, request);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Throwable cause = e.getMostSpecificCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return problem(HttpStatus.BAD_REQUEST, "validation", null,
                    List.of(new FieldMessage(unknown.getPropertyName(), message("validation.unknown-field"))), request);
        }
        // The most specific cause may be a parse error below the binding error that knows the field.
        DatabindException databind = databindCause(e);
        if (databind != null && !databind.getPath().isEmpty()) {
            String field = databind.getPath().stream()
                    .map(reference -> reference.getPropertyName() != null ? reference.getPropertyName()
                            : Integer.toString(reference.getIndex()))
                    .collect(Collectors.joining("."));
            return problem(HttpStatus.BAD_REQUEST, "validation", null,
                    List.of(new FieldMessage(field, message("validation.malformed"))), request);
        }
        return problem(HttpStatus.BAD_REQUEST, "malformed-json", null, List.of(), request);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, @Nullable Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String kind = Problems.kindOf(status.value());
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(Problems.type(kind));
        problem.setTitle(Problems.title(messages, kind, HttpStatus.valueOf(status.value()), locale()));
        problem.setDetail(Problems.detail(messages, kind, locale()));
        return super.handleExceptionInternal(e, problem, headers, status, request);
    }

    private ResponseEntity<Object> problem(HttpStatus status, String kind, @Nullable String detail,
            List<FieldMessage> errors, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(Problems.type(kind));
        problem.setTitle(Problems.title(messages, kind, status, locale()));
        problem.setDetail(detail != null ? detail : Problems.detail(messages, kind, locale()));
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors.stream()
                    .map(error -> Map.of("field", error.field(), "message", error.message())).toList());
        }
        return super.handleExceptionInternal(new IllegalStateException(kind), problem, new HttpHeaders(), status,
                request);
    }

    private static @Nullable DatabindException databindCause(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof DatabindException databind) {
                return databind;
            }
        }
        return null;
    }

    private String message(String key) {
        return messages.getMessage(key, null, key, locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    private record FieldMessage(String field, String message) {
    }
}
