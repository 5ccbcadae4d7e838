package org.influenceatlas.review;

import com.fasterxml.jackson.databind.JsonNode;
import org.influenceatlas.base.FieldDiff;
import org.influenceatlas.base.InvalidField;
import org.influenceatlas.base.KnownOn;
import org.influenceatlas.base.Revision;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The history of one fact as its readers know it: a fact is an aggregate (a presence with its
 * status changes, every part with its citations, each in its own table), so one edit leaves
 * several revisions. They are grouped into versions: the revisions of one published proposal
 * (its changeset), or else a run of revisions with the same author and comment (one import, one
 * direct save). Each version says who, when, why, who reviewed it, and what it changed field by
 * field, the fact read as it was before and after ({@link KnownOn}). Reverting to a version and
 * restoring a retired fact are new proposals, reviewed like any other change.
 */
@Service
public class FactHistory {

    static final int MAX_VERSIONS = 200;

    /**
     * One version of the fact: its last revision (what {@link #revert} takes), the proposal that made
     * it (null for imports and direct writes), who, when, why, the reviewer, and the field-by-field
     * change; {@code exists} is false when the version retired the fact.
     */
    public record Version(long revision, Long changeset, String author, Instant at, String comment, String reviewer,
                          List<FieldDiff.Difference> differences, boolean exists) {
    }

    /** A revert's proposal, and the later versions whose changes it undoes (the warnings). */
    public record Revert(Proposal proposal, List<String> warnings) {
    }

    private final CuratedKinds kinds;
    private final ProposalService proposals;
    private final JdbcClient jdbc;

    FactHistory(CuratedKinds kinds, ProposalService proposals, JdbcClient jdbc) {
        this.kinds = kinds;
        this.proposals = proposals;
        this.jdbc = jdbc;
    }

    private record Row(long id, String entityType, String entityId, String author, Instant at, String comment, Long changeset) {
        String group() {
            return changeset != null ? "#" + changeset : author + "\u0000" + comment;
        }
    }

    /** The fact's versions, oldest first (at most {@value #MAX_VERSIONS}, the latest kept). */
    @Transactional(readOnly = true)
    public List<Version> history(String type, String id) {
        CuratedKind<?> kind = kinds.get(type, "type");
        List<Row> rows = revisions(kind, id);
        List<List<Row>> groups = new ArrayList<>();
        for (Row row : rows) {
            if (groups.isEmpty() || !groups.get(groups.size() - 1).get(0).group().equals(row.group())) {
                groups.add(new ArrayList<>());
            }
            groups.get(groups.size() - 1).add(row);
        }
        if (groups.size() > MAX_VERSIONS) {
            groups = groups.subList(groups.size() - MAX_VERSIONS, groups.size());
        }
        List<Version> versions = new ArrayList<>();
        for (List<Row> group : groups) {
            Row first = group.get(0);
            Row last = group.get(group.size() - 1);
            JsonNode before = at(kind, id, first.id() - 1);
            JsonNode after = at(kind, id, last.id());
            List<FieldDiff.Difference> differences = FactJson.diff(before, after);
            if (differences.isEmpty() && Objects.equals(before == null, after == null)) {
                continue; // e.g. a citation rewritten as it was
            }
            versions.add(new Version(last.id(), last.changeset(), last.author(), last.at(), last.comment(),
                    reviewer(last.changeset()), differences, after != null));
        }
        return versions;
    }

    /** The fact's JSON as the atlas knew it after that revision; null where it did not exist (yet or any more). */
    private static JsonNode at(CuratedKind<?> kind, String id, long revision) {
        if (revision <= 0) {
            return null;
        }
        return new KnownOn(revision).read(() -> kind.find().apply(id)).map(FactJson::tree).orElse(null);
    }

    /**
     * Proposes to make the fact again what it was after that version (the version's {@code revision}):
     * an update of the published fact, or a restoration when it is retired. The warnings name the later
     * versions that changed the same fields, whose changes the revert undoes.
     */
    public Revert revert(String type, String id, long revision, String note) {
        Preview preview = preview(type, id, revision);
        Draft draft = preview.current() == null
                ? new Draft(type, id, Revision.Action.RESTORE, null, preview.target(), note)
                : new Draft(type, id, Revision.Action.UPDATE, preview.current(), preview.target(), note);
        return new Revert(proposals.propose(draft), preview.warnings());
    }

    /** What a revert to that version would change and whom it would undo, before anything is proposed. */
    public record Preview(JsonNode current, JsonNode target, List<FieldDiff.Difference> differences, List<String> warnings) {
    }

    @Transactional(readOnly = true)
    public Preview preview(String type, String id, long revision) {
        CuratedKind<?> kind = kinds.get(type, "type");
        List<Version> versions = history(type, id);
        if (versions.stream().noneMatch(v -> v.revision() == revision)) {
            throw new InvalidField("revision", "is not a version of " + type + " " + id);
        }
        JsonNode target = at(kind, id, revision);
        if (target == null) {
            throw new InvalidField("revision", "the " + type + " was retired by that version; restore it instead");
        }
        JsonNode current = kind.find().apply(id).map(FactJson::tree).orElse(null);
        List<FieldDiff.Difference> differences = FactJson.diff(current, target);
        if (differences.isEmpty()) {
            throw new InvalidField("revision", type + " " + id + " is already as it was at that version");
        }
        Set<String> reverted = FieldDiff.fields(differences);
        List<String> warnings = new ArrayList<>();
        for (Version later : versions) {
            if (later.revision() <= revision) {
                continue;
            }
            Set<String> touched = new LinkedHashSet<>(FieldDiff.fields(later.differences()));
            touched.retainAll(reverted);
            if (!touched.isEmpty() || !later.exists()) {
                warnings.add("undoes " + (later.exists() ? String.join(", ", touched) : "the retirement") + " as changed by "
                        + later.author() + " on " + later.at().toString().substring(0, 10)
                        + (later.comment() == null ? "" : " (" + later.comment() + ")"));
            }
        }
        return new Preview(current, target, differences, warnings);
    }

    /** Proposes to bring back a retired fact as it was before its retirement. */
    public Proposal restore(String type, String id, String note) {
        CuratedKind<?> kind = kinds.get(type, "type");
        if (kind.find().apply(id).isPresent()) {
            throw new InvalidField("id", type + " " + id + " is not retired");
        }
        Version lastExisting = history(type, id).stream().filter(Version::exists).reduce((a, b) -> b)
                .orElseThrow(() -> new InvalidField("id", "no " + type + " '" + id + "' was ever published"));
        return proposals.propose(new Draft(type, id, Revision.Action.RESTORE, null, at(kind, id, lastExisting.revision()), note));
    }

    /** Whether the fact is retired: it has a history but no published version. */
    @Transactional(readOnly = true)
    public boolean isRetired(String type, String id) {
        CuratedKind<?> kind = kinds.get(type, "type");
        return kind.find().apply(id).isEmpty() && !revisions(kind, id).isEmpty();
    }

    private String reviewer(Long changeset) {
        if (changeset == null) {
            return null;
        }
        return jdbc.sql("SELECT reviewer FROM proposal WHERE id = ?").param(changeset).query(String.class).optional().orElse(null);
    }

    /** Every revision of the fact's parts: the fact, its child rows (by their parent column), and all their citations. */
    private List<Row> revisions(CuratedKind<?> kind, String id) {
        List<Row> rows = new ArrayList<>(select("entity_type = ? AND entity_id = ?", List.of(kind.type(), id)));
        Set<String> parts = new LinkedHashSet<>();
        parts.add(id);
        for (CuratedKind.Child child : kind.children()) {
            // History stores the fields as compact JSON: the parent's id appears as "column":"id".
            String pattern = "%\"" + child.parentColumn() + "\":\"" + like(id) + "\"%";
            List<Row> children = select("entity_type = ? AND (after_fields LIKE ? ESCAPE '\\' OR before_fields LIKE ? ESCAPE '\\')",
                    List.of(child.entityType(), pattern, pattern));
            rows.addAll(children);
            children.forEach(r -> parts.add(r.entityId()));
        }
        for (String part : parts) {
            rows.addAll(select("entity_type = 'citation' AND entity_id LIKE ? ESCAPE '\\'", List.of(like(part) + "#%")));
        }
        return rows.stream().sorted(java.util.Comparator.comparingLong(Row::id)).distinct().toList();
    }

    private List<Row> select(String where, List<Object> params) {
        return jdbc.sql("SELECT id, entity_type, entity_id, author, recorded_at, comment, changeset FROM revision WHERE " + where)
                .params(params)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getString(6), (Long) Optional.ofNullable(rs.getObject(7))
                        .map(v -> ((Number) v).longValue()).orElse(null)))
                .list();
    }

    private static String like(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
