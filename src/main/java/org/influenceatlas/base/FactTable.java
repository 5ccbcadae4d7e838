package org.influenceatlas.base;

import java.util.List;

/**
 * A table of versioned facts: the entity type its revisions name, its id column and the columns
 * that make up a fact (the id first). Every such table also has {@code version}, {@code rev_from}
 * and {@code rev_to}, which only {@link History} writes.
 */
public record FactTable(String entityType, String table, String idColumn, List<String> columns) {

    public FactTable {
        columns = List.copyOf(columns);
        if (columns.isEmpty() || !columns.get(0).equals(idColumn)) {
            throw new IllegalArgumentException("the id column comes first");
        }
    }

    public static FactTable of(String entityType, String table, String idColumn, String... otherColumns) {
        List<String> columns = new java.util.ArrayList<>();
        columns.add(idColumn);
        columns.addAll(List.of(otherColumns));
        return new FactTable(entityType, table, idColumn, columns);
    }

    /** A fact's fields from its values given in column order (nulls allowed). */
    public java.util.Map<String, Object> row(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(entityType + ": " + values.length + " values for " + columns.size() + " columns");
        }
        java.util.Map<String, Object> fields = new java.util.LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            fields.put(columns.get(i), values[i]);
        }
        return fields;
    }

    /** The stored columns, comma-separated, for a SELECT. */
    public String columnList() {
        return String.join(", ", columns);
    }
}
