package org.priorityatlas.map;

/**
 * How one region is painted.
 *
 * @param color  fill as {@code #RRGGBB}
 * @param noData true when the documents in view never name the region (drawn hatched)
 * @param chip   the leading family's colour for a small chip beside the label, or null
 * @param count  the number shown after the label in the overview, or -1 for none
 * @param named  true when the region names what the map shows: the sector, or in the overview any sector
 * @param priorities how many sectors the documents in view name the region for, whatever the map shows
 */
public record RegionFill(String color, boolean noData, String chip, int count, boolean named, int priorities) {
}
