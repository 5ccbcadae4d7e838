package org.influenceatlas.review;

import java.util.List;

/**
 * A change refused because someone else changed the same fact since its author loaded it: the
 * published fact differs from the draft's base, or another proposal on the fact waits for review.
 * It says field by field what the other person changed ({@code theirs}, against the {@code base}
 * the author loaded) beside what this author wants ({@code yours}), and carries the draft untouched
 * so that nothing typed is lost.
 *
 * @param pendingProposal the other proposal waiting for review, or null when the published fact changed
 * @param otherAuthor     who made the other change, where known
 */
public class EditConflict extends RuntimeException {

    /** One field: as the author loaded it, as the other person left it, as this author wants it (JSON text, as {@link org.influenceatlas.base.FieldDiff}). */
    public record FieldConflict(String field, String base, String theirs, String yours) {

        /** Whether both changed the field (the author must choose), not only the other person. */
        public boolean changedByBoth() {
            return !java.util.Objects.equals(base, yours) && !java.util.Objects.equals(theirs, yours);
        }
    }

    private final transient Draft draft;
    private final int position;
    private final List<FieldConflict> fields;
    private final Long pendingProposal;
    private final String otherAuthor;

    public EditConflict(Draft draft, int position, List<FieldConflict> fields, Long pendingProposal, String otherAuthor) {
        super(message(draft, fields, pendingProposal, otherAuthor));
        this.draft = draft;
        this.position = position;
        this.fields = List.copyOf(fields);
        this.pendingProposal = pendingProposal;
        this.otherAuthor = otherAuthor;
    }

    private static String message(Draft draft, List<FieldConflict> fields, Long pending, String other) {
        String who = other == null ? "someone" : other;
        String what = pending != null ? who + " proposed a change to " + draft.type() + " " + draft.id()
                + " that waits for review (proposal #" + pending + ")"
                : draft.type() + " " + draft.id() + " was changed by " + who + " since you loaded it";
        return what + "; fields: " + String.join(", ", fields.stream().map(FieldConflict::field).toList());
    }

    public Draft draft() {
        return draft;
    }

    /** Which change of the proposal (0-based) conflicts. */
    public int position() {
        return position;
    }

    public List<FieldConflict> fields() {
        return fields;
    }

    public Long pendingProposal() {
        return pendingProposal;
    }

    public String otherAuthor() {
        return otherAuthor;
    }
}
