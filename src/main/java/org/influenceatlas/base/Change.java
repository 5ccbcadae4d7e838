package org.influenceatlas.base;

import java.util.Objects;

/**
 * Who makes a change and why; every write carries one, and every revision it leaves records it.
 * {@code changeset} groups the revisions of one reviewed proposal (null for other writes), so that
 * a fact's history and a revert can treat them as one edit.
 */
public record Change(String author, String comment, Long changeset) {

    public Change(String author, String comment) {
        this(author, comment, null);
    }

    /** The author of what the bundled dataset (data/) brings in. */
    public static final String DATASET_IMPORT = "dataset import";

    public Change {
        if (author == null || author.isBlank()) {
            throw new IllegalArgumentException("author is missing: every change says who made it");
        }
        if (author.length() > 200) {
            throw new IllegalArgumentException("author is longer than 200 characters");
        }
        if (comment != null && comment.length() > 2000) {
            throw new IllegalArgumentException("comment is longer than 2000 characters");
        }
    }

    /** The same change as part of that changeset (a published proposal). */
    public Change inChangeset(long id) {
        return new Change(author, comment, id);
    }

    public static Change by(String author, String comment) {
        return new Change(author, comment);
    }

    public static Change datasetImport(String comment) {
        return new Change(DATASET_IMPORT, comment);
    }

    public boolean isDatasetImport() {
        return Objects.equals(author, DATASET_IMPORT);
    }
}
