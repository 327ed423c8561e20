package org.priorityatlas.explore;

/**
 * One live search result.
 *
 * @param regionId the region to select, or null
 * @param sectorId the sector to select, or null
 * @param label    what the result list shows
 * @param detail   a second line: the region's Chinese name, or the sentence's context
 */
public record SearchHit(Kind kind, String regionId, String sectorId, String label, String detail) {
    public enum Kind { REGION, SECTOR, SENTENCE }
}
