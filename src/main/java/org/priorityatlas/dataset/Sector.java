package org.priorityatlas.dataset;

/**
 * A priority sector.
 *
 * @param color  the sector's map colour as {@code #RRGGBB}
 * @param family the sector family, which shares one hue on the map
 */
public record Sector(String id, LocalizedName name, String color, String family) {
}
