package org.influenceatlas.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.influenceatlas.base.InvalidField;
import org.influenceatlas.base.Revision;
import org.influenceatlas.account.Curators;
import org.influenceatlas.review.Draft;
import org.influenceatlas.review.EditConflict;
import org.influenceatlas.review.Proposal;
import org.influenceatlas.review.ProposalService;
import org.influenceatlas.review.ProposedChange;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The write API for automation: {@code POST /api/v1/changesets} takes a set of fact changes with
 * a comment and stores them as one proposal, pending review exactly like an edit in the app
 * (same validation, same review, same history). {@code GET /api/v1/changesets/{id}} tells its state.
 * Body: {@code {"comment": "...", "changes": [{"type", "id", "action", "base"?, "after"?}]}}, a
 * fact as the JSON of its record (the form {@code GET} gives back and the README documents).
 * Answers 201 with the proposal, 400 naming the field ({@code changes[0].after.name}), 401 when
 * not signed in, 403 without the role, 409 when a base is stale or the fact has a pending proposal.
 */
@RestController
@RequestMapping("/api/v1/changesets")
class ChangesetController {

    private static final Set<String> BODY_FIELDS = Set.of("comment", "changes");
    private static final Set<String> CHANGE_FIELDS = Set.of("type", "id", "action", "base", "after");

    private final ProposalService proposals;
    private final Curators curators;

    ChangesetController(ProposalService proposals, Curators curators) {
        this.proposals = proposals;
        this.curators = curators;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> create(@RequestBody JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new InvalidField("body", "is not a JSON object");
        }
        only(body, BODY_FIELDS, "");
        JsonNode comment = body.get("comment");
        if (comment != null && !comment.isNull() && !comment.isTextual()) {
            throw new InvalidField("comment", "is not a text");
        }
        JsonNode changes = body.get("changes");
        if (changes == null || !changes.isArray()) {
            throw new InvalidField("changes", "is missing (a list of changes)");
        }
        List<Draft> drafts = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            String prefix = "changes[" + i + "]";
            JsonNode change = changes.get(i);
            if (!change.isObject()) {
                throw new InvalidField(prefix, "is not a JSON object");
            }
            only(change, CHANGE_FIELDS, prefix + ".");
            drafts.add(new Draft(text(change, "type", prefix), text(change, "id", prefix), action(change, prefix),
                    change.get("base"), change.get("after"), null));
            if (i >= 1000) {
                break; // the service refuses more than it takes; no need to read a larger list
            }
        }
        Proposal proposal = proposals.propose(comment == null || comment.isNull() ? null : comment.asText(), drafts, Proposal.API);
        return ResponseEntity.created(URI.create("/api/v1/changesets/" + proposal.id())).body(describe(proposal));
    }

    @GetMapping("/{id}")
    Map<String, Object> get(@PathVariable String id) {
        long number = Params.wholeNumber("id", id, 0, 1, Long.MAX_VALUE);
        return proposals.find(number).map(ChangesetController::describe)
                .orElseThrow(() -> new NotFoundException("no changeset " + number + " of yours"));
    }

    private static void only(JsonNode node, Set<String> allowed, String prefix) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw new InvalidField(prefix + name, "is not a field here (fields: " + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        }
    }

    private static String text(JsonNode change, String field, String prefix) {
        JsonNode value = change.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new InvalidField(prefix + "." + field, "is not a text");
        }
        return value.asText();
    }

    private static Revision.Action action(JsonNode change, String prefix) {
        String code = text(change, "action", prefix);
        if (code == null) {
            return null;
        }
        try {
            return Revision.Action.of(code);
        } catch (IllegalArgumentException e) {
            throw new InvalidField(prefix + ".action", "'" + code + "' is not one of create, update, retire, restore");
        }
    }

    static Map<String, Object> describe(Proposal p) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", p.id());
        answer.put("state", p.state().code());
        answer.put("author", p.author());
        answer.put("comment", p.note());
        answer.put("origin", p.origin());
        answer.put("createdAt", p.createdAt().toString());
        answer.put("reviewer", p.reviewer());
        answer.put("reviewNote", p.reviewNote());
        answer.put("reviewedAt", p.reviewedAt() == null ? null : p.reviewedAt().toString());
        answer.put("changes", p.changes().stream().map(ChangesetController::describe).toList());
        return answer;
    }

    private static Map<String, Object> describe(ProposedChange c) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("type", c.type());
        row.put("id", c.id());
        row.put("action", c.action().code());
        row.put("differences", c.differences().stream().map(d -> {
            Map<String, Object> field = new LinkedHashMap<>();
            field.put("field", d.path());
            field.put("before", json(d.before()));
            field.put("after", json(d.after()));
            return field;
        }).toList());
        return row;
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    /** A diff's leaf (JSON text) as the JSON value it is, so the answer does not quote it twice. */
    private static JsonNode json(String leaf) {
        try {
            return leaf == null ? null : JSON.readTree(leaf);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @ExceptionHandler(InvalidField.class)
    ResponseEntity<Map<String, Object>> invalid(InvalidField e) {
        return ApiErrors.body(HttpStatus.BAD_REQUEST, e.field(), e.reason());
    }

    /** Refused by method security or the service: 401 for nobody signed in (no or a bad token), 403 for a missing role. */
    @ExceptionHandler({org.springframework.security.access.AccessDeniedException.class,
            org.springframework.security.core.AuthenticationException.class})
    ResponseEntity<Map<String, Object>> notAllowed(RuntimeException e) {
        return curators.current().isEmpty()
                ? ApiErrors.body(HttpStatus.UNAUTHORIZED, null, "sign in: send Authorization: Bearer <your API token>")
                : ApiErrors.body(HttpStatus.FORBIDDEN, null, e.getMessage());
    }

    @ExceptionHandler(IllegalStateException.class)
    ResponseEntity<Map<String, Object>> state(IllegalStateException e) {
        return ApiErrors.body(HttpStatus.CONFLICT, null, e.getMessage());
    }

    @ExceptionHandler(EditConflict.class)
    ResponseEntity<Map<String, Object>> conflict(EditConflict e) {
        ResponseEntity<Map<String, Object>> answer = ApiErrors.body(HttpStatus.CONFLICT, "changes[" + e.position() + "]", e.getMessage());
        Map<String, Object> body = new LinkedHashMap<>(answer.getBody());
        body.put("pendingProposal", e.pendingProposal());
        body.put("otherAuthor", e.otherAuthor());
        body.put("fields", e.fields().stream().map(f -> {
            Map<String, Object> field = new LinkedHashMap<>();
            field.put("field", f.field());
            field.put("base", json(f.base()));
            field.put("theirs", json(f.theirs()));
            field.put("yours", json(f.yours()));
            return field;
        }).toList());
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
