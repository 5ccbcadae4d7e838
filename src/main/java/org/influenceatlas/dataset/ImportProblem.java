package org.influenceatlas.dataset;

/** One thing wrong with the dataset, located so that a person can open the file and fix it. */
public record ImportProblem(String file, long line, String field, String message) {

    @Override
    public String toString() {
        return file + " line " + line + (field == null ? "" : ", field " + field) + ": " + message;
    }
}
