package org.priorityatlas.map;

/**
 * One swatch of the legend: a colour and what it means.
 *
 * @param section the legend section it belongs to, e.g. "Evidence" or "Dot: leading family"
 */
public record LegendEntry(String section, String color, boolean hatched, String label) {
}
