package io.casedesk.common;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Translates every refusal into an RFC 9457 {@code application/problem+json} body whose {@code detail}
 * tells the caller what to change. The transaction of a refused request has rolled back by the time
 * this runs, so a problem response always means that nothing changed.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(CasedeskException.class)
    ResponseEntity<Object> refused(CasedeskException ex) {
        return problem(ProblemResponses.statusOf(ex), ex.getMessage());
    }


    @ExceptionHandler({OptimisticLockingException.class, OptimisticLockingFailureException.class})
    ResponseEntity<Object> concurrentChange(RuntimeException ex) {
        log.info("Concurrent change refused: {}", ex.getMessage());
        return problem(HttpStatus.CONFLICT, "The case was changed by someone else at the same time. Reload it and try again.");
    }

    /** A path or parameter the firewall refuses, such as {@code /api/../engine-rest} or a NUL character. */
    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<Object> rejected(RequestRejectedException ex) {
        return problem(HttpStatus.BAD_REQUEST, RejectedRequests.DETAIL);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception ex) {
        log.error("Request failed", ex);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR,
                "The request could not be completed and nothing was changed. Try again; if it keeps failing, contact support.");
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        RequestTooLargeException tooLarge = causeOfType(ex, RequestTooLargeException.class);
        if (tooLarge != null) {
            return problem(HttpStatus.PAYLOAD_TOO_LARGE, tooLarge.getMessage());
        }
        return problem(HttpStatus.BAD_REQUEST, unreadableDetail(ex));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        List<String> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(error -> error.getField() + " " + error.getDefaultMessage())
                .sorted()
                .toList();
        ResponseEntity<Object> response = problem(HttpStatus.BAD_REQUEST, "Invalid request: " + String.join("; ", errors) + ".");
        ((ProblemDetail) response.getBody()).setProperty("errors", errors);
        return response;
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String errors = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> result.getMethodParameter().getParameterName() + " " + error.getDefaultMessage()))
                .sorted()
                .collect(Collectors.joining("; "));
        return problem(HttpStatus.BAD_REQUEST, "Invalid request: " + errors + ".");
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String name = ex.getPropertyName() != null ? ex.getPropertyName() : "parameter";
        Class<?> type = ex.getRequiredType();
        String expected = type != null && type.isEnum()
                ? "; expected one of " + enumValues(type)
                : type != null ? "; expected a " + type.getSimpleName() : "";
        return problem(HttpStatus.BAD_REQUEST, "Invalid value '" + ex.getValue() + "' for " + name + expected + ".");
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        if (body == null) {
            HttpStatus status = HttpStatus.valueOf(statusCode.value());
            String detail = ex.getMessage() != null ? ex.getMessage() : status.getReasonPhrase();
            return problem(status, detail);
        }
        return super.handleExceptionInternal(ex, body, headers, statusCode, request);
    }

    private static String unreadableDetail(HttpMessageNotReadableException ex) {
        InvalidFormatException invalid = causeOfType(ex, InvalidFormatException.class);
        if (invalid != null) {
            Class<?> target = invalid.getTargetType();
            String expected = target.isEnum() ? "; expected one of " + enumValues(target) : "";
            return "Invalid value '" + invalid.getValue() + "' for " + path(invalid) + expected + ".";
        }
        UnrecognizedPropertyException unknown = causeOfType(ex, UnrecognizedPropertyException.class);
        if (unknown != null) {
            return "Unknown field '" + unknown.getPropertyName() + "'.";
        }
        JsonMappingException mapping = causeOfType(ex, JsonMappingException.class);
        if (mapping != null && !mapping.getPath().isEmpty()) {
            return "Invalid value for " + path(mapping) + ": " + mapping.getOriginalMessage();
        }
        if (causeOfType(ex, JsonProcessingException.class) != null) {
            return "The request body is not valid JSON: " + causeOfType(ex, JsonProcessingException.class).getOriginalMessage();
        }
        return "The request body is missing or not valid JSON.";
    }

    private static String path(JsonMappingException ex) {
        return ex.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    private static String enumValues(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
    }

    private static <T extends Throwable> T causeOfType(Throwable ex, Class<T> type) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    static ResponseEntity<Object> problem(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
