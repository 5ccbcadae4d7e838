package org.influenceatlas.layer;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/**
 * How a layer decides what it draws on a date. The server applies the rule when asked for a date
 * (and for the handout); the browser applies the same rule to the whole history it has, so moving
 * the date needs no server round trip. The layer says which rule is its own.
 */
public enum DateRule {
    /** Drawn within its period, in the status of its history on the date; after its end, as ended. */
    PERIOD,
    /** Drawn when the date lies within the layer's window of days of it (dated moments). */
    WINDOW,
    /** Drawn within its period, part by part: each part within its own period and status. */
    SEGMENTS,
    /** Areas always drawn, filled by the latest entry of a dated series on the date. */
    SERIES;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
