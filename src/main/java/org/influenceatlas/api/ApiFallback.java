package org.influenceatlas.api;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.influenceatlas.base.RecordDates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;
import org.springframework.web.HttpRequestHandler;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The API answers every error in its one shape ({@link ApiErrors#shape}), and nothing answers
 * with Spring's Whitelabel page.
 * <ul>
 * <li>An unknown {@code /api/...} address is a JSON 404: without this the app's catch-all route
 * answered it with the HTML page and 200.</li>
 * <li>Errors raised before a controller runs (405, 415, a container's 400 or 413) reach the
 * error page, which answers {@code /api/...} in the same shape and anything else with a
 * short plain page.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class ApiFallback {

    private static final Logger log = LoggerFactory.getLogger(ApiFallback.class);

    /**
     * After the controllers (order 0: a known address with another method is their 405) and
     * before the static resources and Vaadin's catch-all (both at the lowest orders).
     */
    @Bean
    SimpleUrlHandlerMapping apiNotFoundMapping() {
        HttpRequestHandler notFound = (request, response) -> ApiErrors.write(response, HttpStatus.NOT_FOUND, null,
                "no API address " + RecordDates.shorten(request.getRequestURI()) + "; see GET /api/v1/layers and the README");
        SimpleUrlHandlerMapping mapping = new SimpleUrlHandlerMapping(Map.of("/api/**", notFound, "/api", notFound));
        mapping.setOrder(100);
        return mapping;
    }

    @RestController
    static class ErrorPage implements ErrorController {

        @RequestMapping("${server.error.path:${error.path:/error}}")
        ResponseEntity<?> error(HttpServletRequest request, HttpServletResponse response) {
            Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
            int status = code instanceof Integer n ? n : 500;
            Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            String path = uri == null ? "" : uri.toString();
            Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
            if (status >= 500) {
                log.error("Request {} failed with {}", RecordDates.shorten(path), status, failure);
            }
            String message = message(status, request, response, path);
            if (path.startsWith("/api/") || path.equals("/api")) {
                return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                        .body(ApiErrors.shape(status, status == 413 ? "body" : null, message));
            }
            HttpStatus known = HttpStatus.resolve(status);
            String title = status + " " + (known == null ? "Error" : known.getReasonPhrase());
            String page = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title
                    + "</title></head><body><h1>" + title + "</h1><p>" + message + "</p><p><a href=\"/\">Back to the map</a></p></body></html>";
            return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8)).body(page);
        }

        /** Plain words for the status, never an exception's text (it can hold class names). */
        private static String message(int status, HttpServletRequest request, HttpServletResponse response, String path) {
            return switch (status) {
                case 400 -> "the request is malformed";
                case 404 -> "nothing is at this address";
                case 405 -> "this method is not allowed here" + (response.getHeader("Allow") == null ? ""
                        : "; allowed: " + response.getHeader("Allow"));
                case 406 -> "this address cannot answer in the requested format";
                case 413 -> "is larger than " + BodyLimit.MAX_BYTES + " bytes";
                case 415 -> "this Content-Type is not accepted here" + (path.startsWith("/api/") ? "; send application/json" : "");
                default -> status >= 500 ? "the server could not answer; the error is logged" : "the request was refused";
            };
        }
    }
}
