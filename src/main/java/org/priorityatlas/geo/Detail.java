package org.priorityatlas.geo;

/** Level of detail of the region outlines. */
public enum Detail {
    /** {@code regions.geojson}: good enough zoomed in to one province. */
    HIGH("regions.geojson"),
    /** {@code regions-lo.geojson}: for the whole-country view. */
    LOW("regions-lo.geojson");

    private final String fileName;

    Detail(String fileName) {
        this.fileName = fileName;
    }

    /** File name under {@code geodata/} (and classpath {@code /geodata/}). */
    public String fileName() {
        return fileName;
    }
}
