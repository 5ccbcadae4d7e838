package org.influenceatlas.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import org.influenceatlas.briefing.Briefing;
import org.influenceatlas.briefing.BriefingDocument;
import org.influenceatlas.briefing.BriefingDocumentJson;
import org.influenceatlas.briefing.BriefingService;
import org.influenceatlas.briefing.ConcurrentEditException;
import org.influenceatlas.briefing.InvalidBriefingException;
import org.influenceatlas.account.Curators;
import org.influenceatlas.account.Role;
import org.influenceatlas.briefing.UnreadableBriefing;
import org.influenceatlas.base.InvalidField;
import org.influenceatlas.base.RecordDates;
import org.influenceatlas.handout.BriefingHandout;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;

@RestController
@RequestMapping("/api/v1/briefings")
class BriefingController {

    private final BriefingService briefings;
    private final BriefingHandout handout;
    private final ObjectMapper json;
    private final Curators curators;

    BriefingController(BriefingService briefings, BriefingHandout handout, ObjectMapper json, Curators curators) {
        this.briefings = briefings;
        this.handout = handout;
        this.json = json;
        this.curators = curators;
    }

    /**
     * The list of what the caller may see (editors: drafts too); an editor also sees the stored
     * briefings that cannot be read and are left out.
     */
    @GetMapping
    Map<String, Object> list() {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("briefings", briefings.visible().stream().map(BriefingController::summary).toList());
        if (curators.current().filter(c -> c.may(Role.EDITOR)).isPresent()) {
            List<UnreadableBriefing> unreadable = briefings.unreadable();
            if (!unreadable.isEmpty()) {
                answer.put("unreadable", unreadable);
            }
        }
        return answer;
    }

    /** The exchange document: what "Export JSON" saves and {@code POST /api/v1/briefings} takes back. */
    @GetMapping("/{slug}")
    BriefingDocument one(@PathVariable String slug) {
        return BriefingDocument.of(find(slug));
    }

    @GetMapping(value = "/{slug}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@PathVariable String slug) {
        Briefing briefing = find(slug);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "inline; filename=\"" + slug + ".pdf\"")
                .body(briefings.read(briefing, () -> handout.pdf(briefing)));
    }

    /**
     * Imports a briefing document as a new draft owned by the caller (an editor, signed in or by
     * API token); the slug must be free. Who may author is checked before a byte of the body is
     * read, and the body is read only up to
     * {@link BodyLimit#MAX_BYTES} (the filter refuses a larger declared length before this runs).
     */
    @PostMapping
    ResponseEntity<Map<String, Object>> importDocument(HttpServletRequest request) throws IOException {
        curators.require(Role.EDITOR);
        if (!isJson(request.getContentType())) {
            return ApiErrors.body(HttpStatus.UNSUPPORTED_MEDIA_TYPE, null,
                    "send the briefing document as application/json, not " + (request.getContentType() == null
                            ? "no Content-Type" : "'" + RecordDates.shorten(request.getContentType()) + "'"));
        }
        byte[] bytes = request.getInputStream().readNBytes(BodyLimit.MAX_BYTES + 1);
        if (bytes.length > BodyLimit.MAX_BYTES) {
            return ApiErrors.body(HttpStatus.PAYLOAD_TOO_LARGE, "body", "is larger than " + BodyLimit.MAX_BYTES + " bytes");
        }
        Briefing briefing;
        try {
            briefing = briefings.fromDocument(BriefingDocumentJson.read(json, bytes));
        } catch (IllegalArgumentException e) {
            InvalidField field = InvalidField.of(e, "body");
            throw new BadParameterException(field.field(), field.reason());
        }
        try {
            Briefing saved = briefings.save(briefing);
            return ResponseEntity.created(URI.create("/api/v1/briefings/" + saved.slug())).body(summary(saved));
        } catch (InvalidBriefingException e) {
            throw new BadParameterException(BriefingDocumentJson.fieldOf(e.problems().get(0)), e.getMessage());
        } catch (ConcurrentEditException e) {
            return ApiErrors.body(HttpStatus.CONFLICT, "slug", "'" + briefing.slug() + "' is taken");
        }
    }

    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            return MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(contentType));
        } catch (org.springframework.util.InvalidMimeTypeException e) {
            return false;
        }
    }

    private Briefing find(String slug) {
        return briefings.findVisible(slug).orElseThrow(() -> new NotFoundException("no briefing '" + slug + "'"));
    }

    private static Map<String, Object> summary(Briefing b) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("slug", b.slug());
        row.put("title", b.title());
        row.put("summary", b.summary());
        row.put("author", b.author());
        row.put("created", b.created().toString());
        row.put("updated", b.updated().toString());
        row.put("dataAsOf", b.dataAsOf().toString());
        row.put("bundled", b.bundled());
        row.put("owner", b.owner());
        row.put("published", b.published());
        row.put("knownOn", b.knownOn() == null ? null : b.knownOn().toString());
        row.put("version", b.version());
        row.put("slideCount", b.slides().size());
        row.put("href", "/briefings/" + b.slug() + "/1");
        row.put("json", "/api/v1/briefings/" + b.slug());
        row.put("pdf", "/api/v1/briefings/" + b.slug() + ".pdf");
        return row;
    }
}
