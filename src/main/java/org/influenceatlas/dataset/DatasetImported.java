package org.influenceatlas.dataset;

/** Published inside the import transaction; listeners that cache derived data should act after commit. */
public record DatasetImported(String version) {
}
