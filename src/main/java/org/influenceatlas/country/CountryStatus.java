package org.influenceatlas.country;

/** What kind of actor or territory a code stands for. */
public enum CountryStatus {
    STATE, UNION, BREAKAWAY, OCCUPIED
}
