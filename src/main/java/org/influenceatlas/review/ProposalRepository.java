package org.influenceatlas.review;

import org.influenceatlas.base.Revision;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Proposals and their changes (V18). Only {@link ProposalService} writes them. */
@Repository
class ProposalRepository {

    /** A stored change before its records are decoded. */
    record StoredChange(int position, String type, String id, Revision.Action action, String base, String after) {
    }

    /** A stored proposal with its changes as stored. */
    record Stored(long id, String author, String note, String origin, Instant createdAt, Proposal.State state,
                  String reviewer, String reviewNote, Instant reviewedAt, List<StoredChange> changes) {
    }

    private static final String COLUMNS = "id, author, note, origin, created_at, state, reviewer, review_note, reviewed_at";

    private final JdbcClient jdbc;

    ProposalRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String author, String note, String origin, Instant at, List<StoredChange> changes) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO proposal (author, note, origin, created_at, state) VALUES (?,?,?,?,?)")
                .params(author, note, origin, utc(at), Proposal.State.PENDING.code())
                .update(key, "id");
        long id = key.getKey().longValue();
        for (StoredChange c : changes) {
            jdbc.sql("INSERT INTO proposal_change (proposal_id, position, entity_type, entity_id, action, base_json, after_json)"
                            + " VALUES (?,?,?,?,?,?,?)")
                    .params(id, c.position(), c.type(), c.id(), c.action().code(), c.base(), c.after())
                    .update();
            // The primary key refuses a second pending proposal on the fact (DuplicateKeyException).
            jdbc.sql("INSERT INTO pending_fact (entity_type, entity_id, proposal_id) VALUES (?,?,?)")
                    .params(c.type(), c.id(), id)
                    .update();
        }
        return id;
    }

    /** Moves a pending proposal to its outcome; false when it was no longer pending (reviewed meanwhile). */
    boolean close(long id, Proposal.State state, String reviewer, String reviewNote, Instant at) {
        int changed = jdbc.sql("UPDATE proposal SET state = ?, reviewer = ?, review_note = ?, reviewed_at = ?"
                        + " WHERE id = ? AND state = ?")
                .params(state.code(), reviewer, reviewNote, utc(at), id, Proposal.State.PENDING.code())
                .update();
        if (changed == 1) {
            jdbc.sql("DELETE FROM pending_fact WHERE proposal_id = ?").param(id).update();
        }
        return changed == 1;
    }

    /** The pending proposal on that fact, if any. */
    Optional<Long> pendingOn(String type, String id) {
        return jdbc.sql("SELECT proposal_id FROM pending_fact WHERE entity_type = ? AND entity_id = ?")
                .params(type, id).query(Long.class).optional();
    }

    Optional<Stored> find(long id) {
        return list("WHERE id = ?", List.of(id), 1).stream().findFirst();
    }

    /** Pending proposals, oldest first: the review queue works from the longest waiting. */
    List<Stored> pending(int limit) {
        return list("WHERE state = ? ORDER BY id", List.of(Proposal.State.PENDING.code()), limit);
    }

    /** One author's proposals, newest first. */
    List<Stored> byAuthor(String author, int limit) {
        return list("WHERE author = ? ORDER BY id DESC", List.of(author), limit);
    }

    /** Proposals on that fact (any state), newest first. */
    List<Stored> onFact(String type, String factId, int limit) {
        return list("WHERE id IN (SELECT proposal_id FROM proposal_change WHERE entity_type = ? AND entity_id = ?) ORDER BY id DESC",
                List.of(type, factId), limit);
    }

    int countPending() {
        return jdbc.sql("SELECT COUNT(*) FROM proposal WHERE state = ?").param(Proposal.State.PENDING.code())
                .query(Integer.class).single();
    }

    private List<Stored> list(String where, List<Object> params, int limit) {
        Map<Long, Stored> proposals = new LinkedHashMap<>();
        jdbc.sql("SELECT " + COLUMNS + " FROM proposal " + where + " FETCH FIRST " + Math.max(0, limit) + " ROWS ONLY")
                .params(params)
                .query((rs, n) -> proposal(rs))
                .list()
                .forEach(p -> proposals.put(p.id(), p));
        if (proposals.isEmpty()) {
            return List.of();
        }
        Map<Long, List<StoredChange>> changes = new LinkedHashMap<>();
        String ids = String.join(",", proposals.keySet().stream().map(String::valueOf).toList());
        jdbc.sql("SELECT proposal_id, position, entity_type, entity_id, action, base_json, after_json FROM proposal_change"
                        + " WHERE proposal_id IN (" + ids + ") ORDER BY proposal_id, position")
                .query(rs -> {
                    changes.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new StoredChange(rs.getInt(2),
                            rs.getString(3), rs.getString(4), Revision.Action.of(rs.getString(5)), rs.getString(6),
                            rs.getString(7)));
                });
        return proposals.values().stream().map(p -> new Stored(p.id(), p.author(), p.note(), p.origin(), p.createdAt(),
                p.state(), p.reviewer(), p.reviewNote(), p.reviewedAt(), changes.getOrDefault(p.id(), List.of()))).toList();
    }

    private static Stored proposal(ResultSet rs) throws SQLException {
        OffsetDateTime reviewed = rs.getObject(9, OffsetDateTime.class);
        return new Stored(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getObject(5, OffsetDateTime.class).toInstant(), Proposal.State.of(rs.getString(6)), rs.getString(7),
                rs.getString(8), reviewed == null ? null : reviewed.toInstant(), List.of());
    }

    private static OffsetDateTime utc(Instant at) {
        return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
