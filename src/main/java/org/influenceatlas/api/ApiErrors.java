package org.influenceatlas.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.influenceatlas.handout.HandoutBusyException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Every API error is JSON: {@code {"status", "error", "parameter"?, "message"}}. */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
class ApiErrors {

    @ExceptionHandler(BadParameterException.class)
    ResponseEntity<Map<String, Object>> badParameter(BadParameterException e) {
        return body(HttpStatus.BAD_REQUEST, e.parameter(), e.getMessage());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Map<String, Object>> missing(MissingServletRequestParameterException e) {
        return body(HttpStatus.BAD_REQUEST, e.getParameterName(), "is required");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, Object>> mismatch(MethodArgumentTypeMismatchException e) {
        return body(HttpStatus.BAD_REQUEST, e.getName(), "'" + org.influenceatlas.base.RecordDates.shorten(String.valueOf(e.getValue()))
                + "' is not a valid value");
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Map<String, Object>> notFound(NotFoundException e) {
        return body(HttpStatus.NOT_FOUND, null, e.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
        return body(HttpStatus.BAD_REQUEST, "body", "is missing or is not readable");
    }

    @ExceptionHandler(BodyLimit.TooLarge.class)
    ResponseEntity<Map<String, Object>> tooLarge(BodyLimit.TooLarge e) {
        return body(HttpStatus.PAYLOAD_TOO_LARGE, "body", "is larger than " + BodyLimit.MAX_BYTES + " bytes");
    }

    /**
     * A service's method security refused: 401 when nobody is signed in (sign in or send a
     * token), 403 when the signed-in role is not enough.
     */
    @ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
    ResponseEntity<Map<String, Object>> refused(RuntimeException e) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (e instanceof AuthenticationException || auth == null || auth instanceof AnonymousAuthenticationToken) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header("WWW-Authenticate", "Bearer")
                    .contentType(MediaType.APPLICATION_JSON).body(shape(401, null, ApiSecurityErrors.SIGN_IN));
        }
        return body(HttpStatus.FORBIDDEN, null, e.getMessage() == null || e.getMessage().equals("Access Denied")
                ? "your role does not allow this" : e.getMessage());
    }

    @ExceptionHandler(HandoutBusyException.class)
    ResponseEntity<Map<String, Object>> busy(HandoutBusyException e) {
        ResponseEntity<Map<String, Object>> answer = body(HttpStatus.SERVICE_UNAVAILABLE, null, e.getMessage());
        return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders()).header("Retry-After", "5")
                .body(answer.getBody());
    }

    static ResponseEntity<Map<String, Object>> body(HttpStatus status, String parameter, String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(shape(status.value(), parameter, message));
    }

    /** The one error shape of the API, for the advice, the error page and the filters alike. */
    static Map<String, Object> shape(int status, String parameter, String message) {
        HttpStatus known = HttpStatus.resolve(status);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("error", known == null ? "Error" : known.getReasonPhrase());
        if (parameter != null) {
            body.put("parameter", parameter);
        }
        body.put("message", parameter == null ? message : parameter + ": " + message);
        return body;
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Writes the error shape straight to the response, for code that runs before Spring MVC (filters). */
    static void write(HttpServletResponse response, HttpStatus status, String parameter, String message) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(JSON.writeValueAsBytes(shape(status.value(), parameter, message)));
        response.flushBuffer();
    }
}
