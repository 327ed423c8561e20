package org.priorityatlas.map;

/** What the map's colours mean. */
public enum MapMode {
    /** Regions coloured by how many sectors they prioritise; chips show the leading family. */
    OVERVIEW,
    /** Regions prioritising one sector, in that sector's colour shaded by strength of evidence. */
    SECTOR
}
