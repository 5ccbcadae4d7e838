package org.influenceatlas.api;

/** One row of a layer's legend: which property value it stands for, its text and its colour. */
record LegendEntry(String property, String value, String label, String color) {
}
