package org.influenceatlas.base;

import java.util.regex.Pattern;

/**
 * An ISO 3166-1 alpha-3 code, or one of ISO's user-assigned codes (X..) and {@code EUU} for
 * actors that have none. Whether the code is known is the dataset's business, not this type's.
 */
public record CountryCode(String value) implements Comparable<CountryCode> {

    private static final Pattern FORMAT = Pattern.compile("[A-Z]{3}");

    public CountryCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("'" + value + "' is not a three-letter upper-case country code");
        }
    }

    public static CountryCode of(String value) {
        return new CountryCode(value == null ? null : value.trim());
    }

    @Override
    public int compareTo(CountryCode o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
