package org.influenceatlas.base;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Closed word lists of the dataset ({@code air-base}, {@code under-construction}) map to enum
 * constants by replacing hyphens with underscores; the error lists the words that are allowed.
 */
public final class Vocabulary {

    private Vocabulary() {
    }

    public static <E extends Enum<E>> E parse(Class<E> type, String code) {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("is missing; allowed: " + allowed(type));
        }
        try {
            return Enum.valueOf(type, code.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + code + "' is not one of " + allowed(type));
        }
    }

    public static String code(Enum<?> value) {
        return value.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static String allowed(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Vocabulary::code).collect(Collectors.joining(", "));
    }
}
