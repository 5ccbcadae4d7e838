package org.influenceatlas.layer;

/** One row of a layer's legend: which property value it stands for, its text and its colour. */
public record LegendEntry(String property, String value, String label, String color) {
}
