package org.influenceatlas.base;

import java.util.Arrays;
import java.util.List;

/** The dataset's in-cell lists: {@code a|b|c}. Stored the same way in the database. */
public final class Cells {

    private Cells() {
    }

    public static List<String> split(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        return Arrays.stream(cell.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    public static String join(List<?> items) {
        return String.join("|", items.stream().map(String::valueOf).toList());
    }

    public static List<CountryCode> countries(String cell) {
        return split(cell).stream().map(CountryCode::of).toList();
    }

}
