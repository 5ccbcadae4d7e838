package org.influenceatlas.corridor;

public enum CorridorKind {
    RAIL, ROAD, MULTIMODAL, GAS_PIPELINE, OIL_PIPELINE, SEA_ROUTE, POWER_LINE
}
