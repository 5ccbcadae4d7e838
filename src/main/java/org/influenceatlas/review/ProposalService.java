package org.influenceatlas.review;

import com.fasterxml.jackson.databind.JsonNode;
import org.influenceatlas.account.AuditTrail;
import org.influenceatlas.account.Curator;
import org.influenceatlas.account.Curators;
import org.influenceatlas.account.Role;
import org.influenceatlas.base.Change;
import org.influenceatlas.base.History;
import org.influenceatlas.base.InvalidField;
import org.influenceatlas.base.PlainText;
import org.influenceatlas.base.Revision;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Review before publishing. A curator's change is a proposal: the published fact stays as it is,
 * for every reader, until a reviewer other than its author approves it; approval applies all of
 * the proposal's changes through the feature services in one transaction, as one revision group
 * (the changeset) whose author is the proposer and whose comment names the reviewer.
 * <p>
 * No lost updates: a change carries the fact as its author loaded it (the base). It is refused
 * ({@link EditConflict}, field by field, the draft kept) when the published fact no longer equals
 * the base, or when another proposal on the same fact waits for review; approval checks the base
 * again, so a stale proposal never overwrites a later publication. Refusing at the second
 * <em>save</em> (rather than letting two proposals wait and failing the second at review) tells the
 * second author while their draft is open, and a reviewer never has to choose between two versions.
 * <p>
 * Who may do what: correcting an existing fact (UPDATE) needs a sign-in (any reader: "Propose a
 * correction"); creating, retiring and restoring facts need the editor role; approving and rejecting
 * need the reviewer role and never one's own proposal; the queue is the reviewers', one's own
 * proposals are one's own.
 */
@Service
public class ProposalService {

    static final int MAX_CHANGES = 100;
    static final int MAX_NOTE = 1000;
    static final int MAX_LIST = 500;

    private static final Logger log = LoggerFactory.getLogger(ProposalService.class);

    private final CuratedKinds kinds;
    private final ProposalRepository repository;
    private final History history;
    private final TransactionTemplate transactions;
    private final Curators curators;
    private final AuditTrail audit;
    private final Clock clock;

    ProposalService(CuratedKinds kinds, ProposalRepository repository, History history, TransactionTemplate transactions,
                    Curators curators, AuditTrail audit, Clock clock) {
        this.kinds = kinds;
        this.repository = repository;
        this.history = history;
        this.transactions = transactions;
        this.curators = curators;
        this.audit = audit;
        this.clock = clock;
    }

    /** Proposes one change from the app, its note the proposal's note. */
    @PreAuthorize("hasRole('READER')")
    public Proposal propose(Draft draft) {
        return propose(draft.note(), List.of(draft), Proposal.APP, false);
    }

    /**
     * Proposes the changes as one proposal (the changeset API, a revert): all are checked, and
     * stored together or not at all.
     *
     * @throws InvalidField  naming the field ({@code changes[2].after.name}) when a change breaks a rule
     * @throws EditConflict  when a fact changed since its base was loaded, or has a proposal waiting
     */
    @PreAuthorize("hasRole('READER')")
    public Proposal propose(String note, List<Draft> drafts, String origin) {
        return propose(note, drafts, origin, true);
    }

    /** {@code numbered}: fields are named {@code changes[i].after.name}, as a changeset lists them; else {@code after.name}. */
    private Proposal propose(String note, List<Draft> drafts, String origin, boolean numbered) {
        Curator actor = curators.require(Role.READER);
        PlainText.check("note", note, MAX_NOTE, true);
        if (drafts == null || drafts.isEmpty()) {
            throw new InvalidField("changes", "at least one change is needed");
        }
        if (drafts.size() > MAX_CHANGES) {
            throw new InvalidField("changes", "at most " + MAX_CHANGES + " changes, not " + drafts.size());
        }
        boolean single = !numbered;
        List<ProposalRepository.StoredChange> changes = new ArrayList<>();
        Set<String> facts = new LinkedHashSet<>();
        // A form may add a source and cite it in one proposal: sources created by earlier changes count as known.
        Set<String> createdSources = new java.util.HashSet<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft draft = drafts.get(i);
            String prefix = single ? "" : "changes[" + i + "].";
            if (draft == null) {
                throw new InvalidField("changes[" + i + "]", "is missing");
            }
            if (draft.action() != null && draft.action() != Revision.Action.UPDATE) {
                // Creating, retiring and restoring facts is the editors' work; correcting one is open to any signed-in reader.
                curators.require(Role.EDITOR);
            }
            Checked checked = check(draft, prefix, i, createdSources);
            if (draft.action() == Revision.Action.CREATE && "source".equals(draft.type())) {
                createdSources.add(draft.id());
            }
            if (!facts.add(draft.type() + " " + draft.id())) {
                throw new InvalidField(prefix + "id", draft.type() + " " + draft.id() + " is changed twice in one proposal");
            }
            changes.add(new ProposalRepository.StoredChange(i + 1, draft.type(), draft.id(), draft.action(),
                    FactJson.text(checked.base()), FactJson.text(checked.after())));
        }
        long id;
        try {
            id = transactions.execute(status -> {
                long stored = repository.insert(actor.username(), blankToNull(note), origin, clock.instant(), changes);
                audit.record(actor.username(), AuditTrail.PROPOSED, cut("proposal " + stored + ": " + summary(changes)));
                return stored;
            });
        } catch (DuplicateKeyException raced) {
            // Another proposal on one of the facts was stored between the check and this insert: refuse as the check would have.
            for (int i = 0; i < drafts.size(); i++) {
                check(drafts.get(i), single ? "" : "changes[" + i + "].", i, createdSources);
            }
            throw raced;
        }
        return get(id);
    }

    /** The JSON trees a draft amounts to once checked (base normalised through its record). */
    private record Checked(JsonNode base, JsonNode after) {
    }

    private Checked check(Draft draft, String prefix, int position, Set<String> createdSources) {
        CuratedKind<?> kind = kinds.get(draft.type(), prefix + "type");
        if (draft.id() == null || draft.id().isBlank()) {
            throw new InvalidField(prefix + "id", "is missing");
        }
        PlainText.line(prefix + "id", draft.id(), 200);
        if (draft.action() == null) {
            throw new InvalidField(prefix + "action", "is missing; one of create, update, retire, restore");
        }
        JsonNode base = tree(kind, draft.base(), prefix + "base");
        JsonNode after = tree(kind, draft.after(), prefix + "after");
        Revision.Action action = draft.action();
        boolean needsBase = action == Revision.Action.UPDATE || action == Revision.Action.RETIRE;
        boolean needsAfter = action != Revision.Action.RETIRE;
        if (needsBase && base == null) {
            throw new InvalidField(prefix + "base", "is missing: a " + action.code() + " says which version it changes");
        }
        if (!needsBase && base != null) {
            throw new InvalidField(prefix + "base", "must be empty for a " + action.code());
        }
        if (needsAfter && after == null) {
            throw new InvalidField(prefix + "after", "is missing");
        }
        if (!needsAfter && after != null) {
            throw new InvalidField(prefix + "after", "must be empty for a retirement");
        }
        if (action == Revision.Action.RETIRE && !kind.canRetire()) {
            throw new InvalidField(prefix + "action", "a " + kind.type() + " cannot be retired");
        }
        JsonNode normalisedBase = base == null ? null : FactJson.tree(read(kind, base, prefix + "base"));
        Object fact = after == null ? null : kind.read(after, prefix + "after", id -> createdSources.contains(id) || kinds.knownSource(id));
        if (fact != null && !draft.id().equals(idOf(kind, fact))) {
            throw new InvalidField(prefix + "after.id", "'" + idOf(kind, fact) + "' is not the id of the change ('" + draft.id() + "')");
        }
        JsonNode normalisedAfter = FactJson.tree(fact);
        if (normalisedBase != null && !draft.id().equals(idOf(kind, read(kind, base, prefix + "base")))) {
            throw new InvalidField(prefix + "base.id", "is not the id of the change ('" + draft.id() + "')");
        }
        if (action == Revision.Action.UPDATE && normalisedBase.equals(normalisedAfter)) {
            throw new InvalidField(prefix + "after", "changes nothing");
        }
        Optional<?> published = kind.find().apply(draft.id());
        switch (action) {
            case CREATE -> {
                if (published.isPresent() || !history.of(kind.type(), draft.id()).isEmpty()) {
                    throw new InvalidField(prefix + "id", "'" + draft.id() + "' is taken" + (published.isPresent() ? ""
                            : " by a retired " + kind.type() + "; restore it from its history"));
                }
            }
            case RESTORE -> {
                if (published.isPresent()) {
                    throw new InvalidField(prefix + "action", kind.type() + " " + draft.id() + " is not retired");
                }
                if (history.of(kind.type(), draft.id()).isEmpty()) {
                    throw new InvalidField(prefix + "id", "no " + kind.type() + " '" + draft.id() + "' was ever published");
                }
            }
            default -> {
                JsonNode theirs = published.map(FactJson::tree).orElse(null);
                if (!normalisedBase.equals(theirs)) {
                    throw conflict(draft, position, normalisedBase, theirs, normalisedAfter, null, lastAuthor(kind, draft.id()));
                }
            }
        }
        if (action == Revision.Action.RETIRE && kind.type().equals("source")) {
            List<String> citing = kinds.citing(draft.id());
            if (!citing.isEmpty()) {
                throw new InvalidField(prefix + "id", "source " + draft.id() + " is cited by " + citing.size() + " facts ("
                        + String.join(", ", citing.subList(0, Math.min(5, citing.size()))) + "); change their citations first");
            }
        }
        Optional<Long> pending = repository.pendingOn(kind.type(), draft.id());
        if (pending.isPresent()) {
            ProposalRepository.Stored other = repository.find(pending.get()).orElseThrow();
            JsonNode theirs = other.changes().stream().filter(c -> c.type().equals(kind.type()) && c.id().equals(draft.id()))
                    .findFirst().map(c -> FactJson.parse(c.after())).orElse(null);
            throw conflict(draft, position, normalisedBase, theirs, normalisedAfter, other.id(), other.author());
        }
        return new Checked(normalisedBase, normalisedAfter);
    }

    private static EditConflict conflict(Draft draft, int position, JsonNode base, JsonNode theirs, JsonNode yours,
                                         Long pending, String otherAuthor) {
        Map<String, JsonNode> yourFields = FactJson.flatten(yours);
        List<EditConflict.FieldConflict> fields = FactJson.diff(base, theirs).stream()
                .map(f -> new EditConflict.FieldConflict(f.path(), f.before(), f.after(), FactJson.leaf(yourFields.get(f.path()))))
                .toList();
        return new EditConflict(draft, position, fields, pending, otherAuthor);
    }

    private String lastAuthor(CuratedKind<?> kind, String id) {
        List<Revision> revisions = history.of(kind.type(), id);
        return revisions.isEmpty() ? null : revisions.get(revisions.size() - 1).author();
    }

    private static JsonNode tree(CuratedKind<?> kind, Object value, String field) {
        if (value == null || value instanceof JsonNode node && node.isNull()) {
            return null;
        }
        if (value instanceof JsonNode node) {
            if (!node.isObject()) {
                throw new InvalidField(field, "is not a " + kind.type() + " (a JSON object)");
            }
            return node;
        }
        if (!kind.recordClass().isInstance(value)) {
            throw new InvalidField(field, "is a " + value.getClass().getSimpleName() + ", not a " + kind.type());
        }
        return FactJson.tree(value);
    }

    private static Object read(CuratedKind<?> kind, JsonNode node, String field) {
        return FactJson.read(node, kind.recordClass(), field);
    }

    @SuppressWarnings("unchecked")
    private static <T> String idOf(CuratedKind<T> kind, Object fact) {
        return kind.idOf().apply((T) fact);
    }

    /** Proposals waiting for review, oldest first (the reviewers' queue). */
    @PreAuthorize("hasRole('REVIEWER')")
    public List<Proposal> pending() {
        return repository.pending(MAX_LIST).stream().map(this::decode).toList();
    }

    /** How many proposals wait for review. */
    @PreAuthorize("hasRole('REVIEWER')")
    public int pendingCount() {
        return repository.countPending();
    }

    /** The signed-in curator's own proposals, newest first, with their outcome. */
    @PreAuthorize("hasRole('READER')")
    public List<Proposal> mine() {
        Curator actor = curators.require(Role.READER);
        return repository.byAuthor(actor.username(), MAX_LIST).stream().map(this::decode).toList();
    }

    /** One proposal, for its author or a reviewer. */
    @PreAuthorize("hasRole('READER')")
    public Optional<Proposal> find(long id) {
        Curator actor = curators.require(Role.READER);
        return repository.find(id).filter(p -> p.author().equals(actor.username()) || actor.may(Role.REVIEWER))
                .map(this::decode);
    }

    /** Pending proposals on that fact (at most one, see the class comment), for the history view and the forms. */
    @PreAuthorize("hasRole('READER')")
    public List<Proposal> pendingOn(String type, String id) {
        return repository.pendingOn(type, id).flatMap(repository::find).map(this::decode).stream().toList();
    }

    /**
     * Publishes the proposal: each change is checked again (its base against the published fact,
     * its after against the rules) and applied, all in one transaction, as revisions naming the
     * proposal. Nothing is written if any change fails.
     *
     * @throws EditConflict when a fact changed since the proposal was made (it stays pending)
     */
    @PreAuthorize("hasRole('REVIEWER')")
    public Proposal approve(long id, String note) {
        Curator reviewer = curators.require(Role.REVIEWER);
        PlainText.check("note", note, MAX_NOTE, true);
        transactions.executeWithoutResult(status -> {
            ProposalRepository.Stored proposal = reviewable(id, reviewer, "approve");
            if (!repository.close(id, Proposal.State.PUBLISHED, reviewer.username(), blankToNull(note), clock.instant())) {
                throw new IllegalStateException("proposal #" + id + " was reviewed meanwhile");
            }
            Change change = new Change(proposal.author(), comment(proposal, reviewer.username(), note)).inChangeset(id);
            for (ProposalRepository.StoredChange c : proposal.changes()) {
                Draft draft = new Draft(c.type(), c.id(), c.action(), FactJson.parse(c.base()), FactJson.parse(c.after()), null);
                // The proposal's own pending_fact rows are gone (close), so only the published fact is compared.
                // Earlier changes are applied already, so a source they created is published by now.
                Checked checked = check(draft, "changes[" + (c.position() - 1) + "].", c.position() - 1, Set.of());
                apply(kinds.get(c.type(), "type"), change, c.action(), c.id(), checked.after());
            }
            audit.record(reviewer.username(), AuditTrail.PUBLISHED, cut("proposal " + id + " by " + proposal.author() + ": "
                    + summary(proposal.changes()) + (note == null || note.isBlank() ? "" : ": " + note)));
        });
        return get(id);
    }

    @SuppressWarnings("unchecked")
    private static <T> void apply(CuratedKind<T> kind, Change change, Revision.Action action, String id, JsonNode after) {
        if (action == Revision.Action.RETIRE) {
            kind.retire().accept(change, id);
        } else {
            kind.save().accept(change, (T) FactJson.read(after, kind.recordClass(), "after"));
        }
    }

    /** Rejects the proposal with a note saying why; nothing is published. */
    @PreAuthorize("hasRole('REVIEWER')")
    public Proposal reject(long id, String note) {
        Curator reviewer = curators.require(Role.REVIEWER);
        if (note == null || note.isBlank()) {
            throw new InvalidField("note", "is missing: say why, the author reads it");
        }
        PlainText.check("note", note, MAX_NOTE, true);
        transactions.executeWithoutResult(status -> {
            ProposalRepository.Stored proposal = reviewable(id, reviewer, "reject");
            if (!repository.close(id, Proposal.State.REJECTED, reviewer.username(), note, clock.instant())) {
                throw new IllegalStateException("proposal #" + id + " was reviewed meanwhile");
            }
            audit.record(reviewer.username(), AuditTrail.REJECTED, cut("proposal " + id + " by " + proposal.author() + ": "
                    + summary(proposal.changes()) + ": " + note));
        });
        return get(id);
    }

    /** The author takes back a pending proposal (the fact is free for others' changes again). */
    @PreAuthorize("hasRole('READER')")
    public Proposal withdraw(long id) {
        Curator actor = curators.require(Role.READER);
        transactions.executeWithoutResult(status -> {
            ProposalRepository.Stored proposal = repository.find(id)
                    .orElseThrow(() -> new InvalidField("id", "no proposal #" + id));
            if (!proposal.author().equals(actor.username())) {
                throw new AccessDeniedException("only its author can withdraw proposal #" + id);
            }
            if (!repository.close(id, Proposal.State.WITHDRAWN, null, null, clock.instant())) {
                throw new IllegalStateException("proposal #" + id + " is no longer pending");
            }
        });
        return get(id);
    }

    private ProposalRepository.Stored reviewable(long id, Curator reviewer, String verb) {
        ProposalRepository.Stored proposal = repository.find(id).orElseThrow(() -> new InvalidField("id", "no proposal #" + id));
        if (proposal.state() != Proposal.State.PENDING) {
            throw new IllegalStateException("proposal #" + id + " is " + proposal.state().code() + ", not pending");
        }
        if (proposal.author().equals(reviewer.username())) {
            throw new AccessDeniedException("you cannot " + verb + " your own proposal #" + id + ": another reviewer must");
        }
        return proposal;
    }

    /** The revisions' comment: the author's note, the reviewer and their note, and the proposal. */
    private static String comment(ProposalRepository.Stored proposal, String reviewer, String note) {
        String text = (proposal.note() == null ? "" : proposal.note() + " ") + "(proposal #" + proposal.id() + ", reviewed by "
                + reviewer + (note == null || note.isBlank() ? "" : ": " + note) + ")";
        return text.length() <= 2000 ? text : text.substring(0, 1997) + "...";
    }

    private Proposal get(long id) {
        return repository.find(id).map(this::decode).orElseThrow();
    }

    private Proposal decode(ProposalRepository.Stored p) {
        List<ProposedChange> changes = p.changes().stream().map(c -> {
            Class<?> type = kinds.find(c.type()).map(CuratedKind::recordClass).orElse(null);
            return new ProposedChange(c.position(), c.type(), c.id(), c.action(), decode(c.base(), type), decode(c.after(), type),
                    c.base(), c.after());
        }).toList();
        return new Proposal(p.id(), p.author(), p.note(), p.origin(), p.createdAt(), p.state(), p.reviewer(), p.reviewNote(),
                p.reviewedAt(), changes);
    }

    /** A stored fact as its record; null if it no longer reads (the record changed since), the JSON is kept beside it. */
    private static Object decode(String json, Class<?> type) {
        if (json == null || type == null) {
            return null;
        }
        try {
            return FactJson.read(FactJson.parse(json), type, "stored");
        } catch (IllegalArgumentException e) {
            log.warn("a stored proposal's fact no longer reads as {}: {}", type.getSimpleName(), e.getMessage());
            return null;
        }
    }

    private static String summary(List<?> changes) {
        return String.join(", ", changes.stream().map(c -> c instanceof ProposedChange pc ? pc.action().code() + " " + pc.type() + " " + pc.id()
                : c instanceof ProposalRepository.StoredChange sc ? sc.action().code() + " " + sc.type() + " " + sc.id() : String.valueOf(c))
                .toList());
    }

    private static String cut(String detail) {
        return detail.length() <= 1000 ? detail : detail.substring(0, 997) + "...";
    }


    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    static boolean same(Object a, Object b) {
        return Objects.equals(FactJson.tree(a), FactJson.tree(b));
    }
}
