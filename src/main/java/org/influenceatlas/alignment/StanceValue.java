package org.influenceatlas.alignment;

/** A country's stance towards Russia, from closest to most hostile. The order is the scale. */
public enum StanceValue {
    ALLY, CLOSE_PARTNER, PARTNER, HEDGING, STRAINED, ADVERSARIAL, AT_WAR
}
