package org.influenceatlas.corridor;

public enum CorridorStatus {
    PROPOSED, UNDER_CONSTRUCTION, OPERATIONAL, DISRUPTED, HALTED
}
