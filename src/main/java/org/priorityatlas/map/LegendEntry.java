package org.priorityatlas.map;

/** One swatch of the legend: a colour and what it means. */
public record LegendEntry(String color, boolean hatched, String label) {
}
