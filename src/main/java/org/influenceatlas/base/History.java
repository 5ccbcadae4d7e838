package org.influenceatlas.base;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The one way facts are written. Each change closes the fact's current version, writes the new
 * one and appends a {@link Revision}, all in the caller's transaction; a retirement closes the
 * current version and writes none. Nothing is updated in place or deleted, so every earlier
 * version stays readable ({@link KnownOn}). After the transaction commits the new latest
 * revision is announced ({@link ChangeNotifier}), which is how every cache learns of any writer.
 * <p>
 * A fact is a map of column to value, in {@link FactTable} column order: the feature
 * repositories turn their records into rows and back, this class knows nothing of their meaning.
 */
@Component
public class History {

    private static final String SYNCHRONISATION_KEY = History.class.getName() + ".announce";

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final Clock clock;
    private final ChangeNotifier notifier;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    History(JdbcClient jdbc, JdbcTemplate jdbcTemplate, Clock clock, ChangeNotifier notifier) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.clock = clock;
        this.notifier = notifier;
    }

    /** A stored version of a fact: its fields and its version number. */
    public record Stored(Map<String, Object> fields, int version) {
    }

    /** The current version of every fact in the table, by id. */
    @Transactional(readOnly = true)
    public Map<String, Stored> current(FactTable table) {
        Map<String, Stored> rows = new LinkedHashMap<>();
        jdbc.sql("SELECT " + table.columnList() + ", version FROM " + table.table() + " WHERE rev_to IS NULL")
                .query(rs -> {
                    Stored stored = stored(table, rs);
                    rows.put((String) stored.fields().get(table.idColumn()), stored);
                });
        return rows;
    }

    /** The current version of one fact, if it exists and is not retired. */
    @Transactional(readOnly = true)
    public Optional<Stored> current(FactTable table, String id) {
        return jdbc.sql("SELECT " + table.columnList() + ", version FROM " + table.table()
                        + " WHERE " + table.idColumn() + " = ? AND rev_to IS NULL")
                .param(id)
                .query((rs, n) -> stored(table, rs))
                .optional();
    }

    /**
     * Writes the fact as its new version if it differs from the current one: a creation, an
     * update, or a restoration of a retired fact. Returns the revision, or empty when nothing changed.
     *
     * @throws OptimisticLockingFailureException when another transaction changed the fact meanwhile
     */
    @Transactional
    public Optional<Revision> put(Change change, FactTable table, Map<String, Object> fields) {
        return put(change, table, fields, false);
    }

    /**
     * As {@link #put(Change, FactTable, Map)}; with {@code evenIfUnchanged} a new version is written even
     * when these fields are the same, because something that belongs to the fact changed (a briefing's slides).
     */
    @Transactional
    public Optional<Revision> put(Change change, FactTable table, Map<String, Object> fields, boolean evenIfUnchanged) {
        String id = idOf(table, fields);
        Map<String, Object> normalised = normalise(table, fields);
        Stored current = current(table, id).orElse(null);
        Optional<Step> step = evenIfUnchanged && current != null && current.fields().equals(normalised)
                ? Optional.of(new Step(id, current, normalised, Revision.Action.UPDATE, current.version() + 1))
                : plan(id, normalised, current, lastRevisions(table, id));
        return step.map(s -> apply(change, table, List.of(s)).get(0));
    }

    /** Retires the fact: its current version is closed and a retirement revision says who and why. Empty if it was not current. */
    @Transactional
    public Optional<Revision> retire(Change change, FactTable table, String id) {
        return current(table, id).map(stored -> apply(change, table, List.of(retirement(id, stored))).get(0));
    }

    /**
     * Makes the table hold exactly these facts: new ones are created, changed ones updated,
     * unchanged ones left alone and absent ones retired. Returns the revisions written.
     */
    @Transactional
    public List<Revision> replaceAll(Change change, FactTable table, Collection<Map<String, Object>> facts) {
        return replace(change, table, current(table), facts);
    }

    /**
     * As {@link #replaceAll}, among the facts whose {@code column} holds {@code value} (the status
     * changes of one presence, the citations of one fact, the slides of one briefing).
     */
    @Transactional
    public List<Revision> replaceWhere(Change change, FactTable table, String column, Object value,
                                       Collection<Map<String, Object>> facts) {
        if (!table.columns().contains(column)) {
            throw new IllegalArgumentException(table.entityType() + " has no column " + column);
        }
        Map<String, Stored> current = new LinkedHashMap<>();
        jdbc.sql("SELECT " + table.columnList() + ", version FROM " + table.table() + " WHERE rev_to IS NULL AND " + column + " = ?")
                .param(value)
                .query(rs -> {
                    Stored stored = stored(table, rs);
                    current.put((String) stored.fields().get(table.idColumn()), stored);
                });
        for (Map<String, Object> fact : facts) {
            if (!Objects.equals(value(fact.get(column)), value(value))) {
                throw new IllegalArgumentException(table.entityType() + " " + fact.get(table.idColumn()) + ": " + column
                        + " is not " + value);
            }
        }
        return replace(change, table, current, facts);
    }

    private List<Revision> replace(Change change, FactTable table, Map<String, Stored> current,
                                   Collection<Map<String, Object>> facts) {
        Map<String, Last> last = lastRevisions(table, null);
        Map<String, Map<String, Object>> wanted = new LinkedHashMap<>();
        for (Map<String, Object> fields : facts) {
            String id = idOf(table, fields);
            if (wanted.put(id, normalise(table, fields)) != null) {
                throw new IllegalArgumentException(table.entityType() + " " + id + " is given twice");
            }
        }
        Map<String, Map<String, Object>> editedHere = change.isDatasetImport() ? editedSinceImport(table, current, last) : Map.of();
        List<Step> steps = new ArrayList<>();
        List<Conflict> conflicts = new ArrayList<>();
        java.util.Set<String> ids = new java.util.LinkedHashSet<>(wanted.keySet());
        ids.addAll(current.keySet());
        for (String id : ids) {
            Map<String, Object> theirs = wanted.get(id);
            Stored ours = current.get(id);
            if (editedHere.containsKey(id)) {
                Map<String, Object> base = editedHere.get(id);
                Map<String, Object> oursFields = ours == null ? null : ours.fields();
                // The release changed a fact that was also edited here: the edit stays, the difference is reported.
                if (!Objects.equals(theirs, oursFields) && !Objects.equals(theirs, base)) {
                    conflicts.add(new Conflict(table.entityType(), id, oursFields, theirs));
                }
            } else if (theirs == null) {
                steps.add(retirement(id, ours));
            } else {
                plan(id, theirs, ours, last).ifPresent(steps::add);
            }
        }
        recordConflicts(change, conflicts);
        return apply(change, table, steps);
    }

    /**
     * The facts whose current state (a version, or a retirement) was written here, not by the
     * dataset import, and differs from what the last import wrote: each with that imported version
     * (null if the import never wrote one, or retired it). A fact edited and then put back as it was
     * imported is not among them.
     */
    private Map<String, Map<String, Object>> editedSinceImport(FactTable table, Map<String, Stored> current, Map<String, Last> last) {
        Map<String, Map<String, Object>> edited = new HashMap<>();
        last.forEach((id, l) -> {
            if (l.lastImport() != null && l.lastImport() == l.lastRevision()) {
                return;
            }
            Map<String, Object> base = l.lastImport() == null ? null : jdbc.sql("SELECT " + table.columnList() + ", version FROM "
                            + table.table() + " WHERE " + table.idColumn() + " = ? AND rev_from = ?")
                    .params(id, l.lastImport())
                    .query((rs, n) -> stored(table, rs).fields())
                    .optional().orElse(null);
            Stored ours = current.get(id);
            if (!Objects.equals(base, ours == null ? null : ours.fields())) {
                edited.put(id, base);
            }
        });
        return edited;
    }

    /** One fact's change: the version it closes (null for a creation) and the one it writes (null for a retirement). */
    private record Step(String id, Stored current, Map<String, Object> fields, Revision.Action action, int version) {
    }

    private static Step retirement(String id, Stored stored) {
        return new Step(id, stored, null, Revision.Action.RETIRE, stored.version() + 1);
    }

    private static Optional<Step> plan(String id, Map<String, Object> fields, Stored current, Map<String, Last> lastRevisions) {
        if (current != null) {
            return current.fields().equals(fields) ? Optional.empty()
                    : Optional.of(new Step(id, current, fields, Revision.Action.UPDATE, current.version() + 1));
        }
        Last last = lastRevisions.get(id);
        return Optional.of(last == null ? new Step(id, null, fields, Revision.Action.CREATE, 1)
                : new Step(id, null, fields, Revision.Action.RESTORE, last.version() + 1));
    }

    /**
     * Appends the revisions, closes the versions they supersede and writes the new ones, in three
     * batches (an import writes thousands of facts: one statement each would take seconds).
     */
    private List<Revision> apply(Change change, FactTable table, List<Step> steps) {
        if (steps.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        List<String[]> json = steps.stream().map(step -> new String[]{
                step.current() == null ? null : toJson(step.current().fields()),
                step.fields() == null ? null : toJson(step.fields())}).toList();
        KeyHolder keys = new GeneratedKeyHolder();
        jdbcTemplate.batchUpdate(connection -> connection.prepareStatement("""
                        INSERT INTO revision (entity_type, entity_id, version, action, author, recorded_at, comment,
                            before_fields, after_fields, state, changeset)
                        VALUES (?,?,?,?,?,?,?,?,?,?,?)""", new String[]{"id"}),
                new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement ps, int i) throws SQLException {
                        Step step = steps.get(i);
                        ps.setString(1, table.entityType());
                        ps.setString(2, step.id());
                        ps.setInt(3, step.version());
                        ps.setString(4, step.action().code());
                        ps.setString(5, change.author());
                        ps.setObject(6, at);
                        ps.setString(7, change.comment());
                        ps.setString(8, json.get(i)[0]);
                        ps.setString(9, json.get(i)[1]);
                        ps.setString(10, Revision.PUBLISHED);
                        ps.setObject(11, change.changeset(), java.sql.Types.BIGINT);
                    }

                    @Override
                    public int getBatchSize() {
                        return steps.size();
                    }
                }, keys);
        List<Long> ids = keys.getKeyList().stream().map(k -> ((Number) k.values().iterator().next()).longValue()).toList();
        if (ids.size() != steps.size()) {
            throw new IllegalStateException("expected " + steps.size() + " revision ids, got " + ids.size());
        }
        List<Object[]> closes = new ArrayList<>();
        List<Object[]> inserts = new ArrayList<>();
        List<Revision> revisions = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            long revision = ids.get(i);
            if (step.current() != null) {
                closes.add(new Object[]{revision, step.id(), step.current().version()});
            }
            if (step.fields() != null) {
                List<Object> values = new ArrayList<>(step.fields().values());
                values.add(step.version());
                values.add(revision);
                inserts.add(values.toArray());
            }
            revisions.add(new Revision(revision, table.entityType(), step.id(), step.version(), step.action(), change.author(),
                    now, change.comment(), json.get(i)[0], json.get(i)[1], Revision.PUBLISHED));
        }
        if (!closes.isEmpty()) {
            int[] closed = jdbcTemplate.batchUpdate("UPDATE " + table.table() + " SET rev_to = ? WHERE " + table.idColumn()
                    + " = ? AND version = ? AND rev_to IS NULL", closes);
            for (int i = 0; i < closed.length; i++) {
                if (closed[i] == 0) {
                    throw new OptimisticLockingFailureException(table.entityType() + " " + closes.get(i)[1] + " was changed meanwhile");
                }
            }
        }
        if (!inserts.isEmpty()) {
            jdbcTemplate.batchUpdate("INSERT INTO " + table.table() + " (" + table.columnList() + ", version, rev_from) VALUES ("
                    + "?,".repeat(table.columns().size() + 1) + "?)", inserts);
        }
        announceAfterCommit(ids.get(ids.size() - 1));
        return revisions;
    }

    /** Of one fact's revisions: the highest version, the last revision, and the last one the dataset import wrote (null if none). */
    private record Last(int version, long lastRevision, Long lastImport) {
    }

    /** For each fact of the table that ever had a revision (retired ones included), by id; one id or all. */
    private Map<String, Last> lastRevisions(FactTable table, String id) {
        Map<String, Last> last = new HashMap<>();
        jdbc.sql("SELECT entity_id, MAX(version), MAX(id), MAX(CASE WHEN author = ? THEN id END) FROM revision WHERE entity_type = ?"
                        + (id == null ? "" : " AND entity_id = ?") + " GROUP BY entity_id")
                .params(id == null ? List.of(Change.DATASET_IMPORT, table.entityType())
                        : List.of(Change.DATASET_IMPORT, table.entityType(), id))
                .query(rs -> {
                    Number lastImport = (Number) rs.getObject(4); // null when the import never wrote the fact
                    last.put(rs.getString(1), new Last(rs.getInt(2), rs.getLong(3), lastImport == null ? null : lastImport.longValue()));
                });
        return last;
    }

    /** A fact the dataset import would have changed but left alone because it was edited here since the last import. */
    public record Conflict(String entityType, String entityId, Map<String, Object> here, Map<String, Object> bundled) {
    }

    /** A conflict as recorded: by which import, when, and the two versions as JSON (null where the fact is absent or retired). */
    public record RecordedConflict(long id, String entityType, String entityId, String importComment, Instant recordedAt,
                                   String here, String bundled) {
    }

    private void recordConflicts(Change change, List<Conflict> conflicts) {
        if (conflicts.isEmpty()) {
            return;
        }
        OffsetDateTime at = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        jdbcTemplate.batchUpdate("""
                        INSERT INTO import_conflict (entity_type, entity_id, import_comment, recorded_at, here_fields, bundled_fields, state)
                        VALUES (?,?,?,?,?,?,'open')""",
                conflicts.stream().map(c -> new Object[]{c.entityType(), c.entityId(), change.comment(), at,
                        c.here() == null ? null : toJson(c.here()), c.bundled() == null ? null : toJson(c.bundled())}).toList());
    }

    /**
     * Closes the conflicts of earlier imports: each import reports afresh what it left alone, so the
     * open conflicts are always those of the last import.
     */
    @Transactional
    public void closeConflicts() {
        jdbc.sql("UPDATE import_conflict SET state = 'closed' WHERE state = 'open'").update();
    }

    /** The conflicts the last dataset import left open, oldest first, at most {@code limit} after {@code after}. */
    @Transactional(readOnly = true)
    public List<RecordedConflict> openConflicts(long after, int limit) {
        return jdbc.sql("SELECT id, entity_type, entity_id, import_comment, recorded_at, here_fields, bundled_fields"
                        + " FROM import_conflict WHERE state = 'open' AND id > ? ORDER BY id FETCH FIRST " + Math.max(0, limit) + " ROWS ONLY")
                .param(after)
                .query((rs, n) -> new RecordedConflict(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getString(6), rs.getString(7)))
                .list();
    }

    /** The number of the latest revision (0 before the first). */
    @Transactional(readOnly = true)
    public long latest() {
        return jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM revision").query(Long.class).single();
    }

    /**
     * When this database's first import finished (its last revision): before it the atlas here
     * said nothing, or only part of the first release. Empty before any revision.
     */
    @Transactional(readOnly = true)
    public Optional<Instant> firstImported() {
        return jdbc.sql("SELECT MAX(recorded_at) FROM revision WHERE author = ? AND comment ="
                        + " (SELECT comment FROM revision WHERE id = (SELECT MIN(id) FROM revision))")
                .param(Change.DATASET_IMPORT)
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class))
                .list().stream().filter(Objects::nonNull).findFirst().map(OffsetDateTime::toInstant);
    }

    /** What the atlas said at that instant: the version after the last revision recorded by then. */
    @Transactional(readOnly = true)
    public KnownOn knownOn(Instant instant) {
        long r = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM revision WHERE recorded_at <= ?")
                .param(OffsetDateTime.ofInstant(instant, ZoneOffset.UTC))
                .query(Long.class).single();
        return r >= latest() ? KnownOn.LATEST : new KnownOn(r);
    }

    /** How many revisions were written after that version (none after the latest). */
    @Transactional(readOnly = true)
    public long countAfter(KnownOn version) {
        return version.isLatest() ? 0 : jdbc.sql("SELECT COUNT(*) FROM revision WHERE id > ?")
                .param(version.revision()).query(Long.class).single();
    }

    /** Revisions recorded at or after the instant with an id above {@code after}, oldest first, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<Revision> since(Instant since, long after, int limit) {
        return jdbc.sql("SELECT " + REVISION_COLUMNS + " FROM revision WHERE recorded_at >= ? AND id > ? ORDER BY id"
                        + " FETCH FIRST " + Math.max(0, limit) + " ROWS ONLY")
                .params(OffsetDateTime.ofInstant(since, ZoneOffset.UTC), after)
                .query(History::revision)
                .list();
    }

    /** Every revision of one fact, oldest first. */
    @Transactional(readOnly = true)
    public List<Revision> of(String entityType, String id) {
        return jdbc.sql("SELECT " + REVISION_COLUMNS + " FROM revision WHERE entity_type = ? AND entity_id = ? ORDER BY id")
                .params(entityType, id)
                .query(History::revision)
                .list();
    }

    private static final String REVISION_COLUMNS =
            "id, entity_type, entity_id, version, action, author, recorded_at, comment, before_fields, after_fields, state";

    private static Revision revision(ResultSet rs, int n) throws SQLException {
        return new Revision(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), Revision.Action.of(rs.getString(5)),
                rs.getString(6), rs.getObject(7, OffsetDateTime.class).toInstant(), rs.getString(8), rs.getString(9),
                rs.getString(10), rs.getString(11));
    }

    /** The fields as the JSON object revisions store. */
    public String toJson(Map<String, Object> fields) {
        try {
            return json.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void announceAfterCommit(long revision) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            notifier.announce(revision);
            return;
        }
        Announcement pending = (Announcement) TransactionSynchronizationManager.getResource(SYNCHRONISATION_KEY);
        if (pending == null) {
            pending = new Announcement();
            TransactionSynchronizationManager.bindResource(SYNCHRONISATION_KEY, pending);
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        pending.revision = Math.max(pending.revision, revision);
    }

    /** Announces the transaction's last revision once it has committed; a rollback announces nothing. */
    private final class Announcement implements TransactionSynchronization {
        long revision;

        @Override
        public void afterCommit() {
            notifier.announce(revision);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(SYNCHRONISATION_KEY);
        }
    }

    private static String idOf(FactTable table, Map<String, Object> fields) {
        Object id = fields.get(table.idColumn());
        if (!(id instanceof String text) || text.isBlank()) {
            throw new IllegalArgumentException(table.entityType() + ": " + table.idColumn() + " is missing");
        }
        return text;
    }

    private Stored stored(FactTable table, ResultSet rs) throws SQLException {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < table.columns().size(); i++) {
            Object raw = rs.getObject(i + 1);
            // A date read as java.sql.Date overflows for far years; LocalDate does not.
            fields.put(table.columns().get(i), value(raw instanceof java.sql.Date ? rs.getObject(i + 1, java.time.LocalDate.class) : raw));
        }
        return new Stored(fields, rs.getInt(table.columns().size() + 1));
    }

    /** The fields in the table's column order, every value in the form the database gives back, so versions compare equal. */
    private static Map<String, Object> normalise(FactTable table, Map<String, Object> fields) {
        if (!fields.keySet().equals(new java.util.HashSet<>(table.columns()))) {
            throw new IllegalArgumentException(table.entityType() + ": fields " + fields.keySet() + " are not the columns " + table.columns());
        }
        return table.columns().stream().collect(LinkedHashMap::new, (map, column) -> map.put(column, value(fields.get(column))),
                Map::putAll);
    }

    private static Object value(Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return ((Number) value).longValue();
        }
        if (value instanceof Float || value instanceof BigDecimal) {
            return ((Number) value).doubleValue();
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        return value;
    }
}
