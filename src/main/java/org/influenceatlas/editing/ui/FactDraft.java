package org.influenceatlas.editing.ui;

/**
 * A save of one form: the fact as it was loaded ({@code base}, null for a new one), as the user
 * wants it ({@code after}, null for a retirement) and why.
 */
record FactDraft(FactType type, String id, Action action, Object base, Object after, String note) {

    enum Action { CREATE, UPDATE, RETIRE }
}
