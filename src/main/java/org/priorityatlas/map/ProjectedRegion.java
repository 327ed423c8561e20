package org.priorityatlas.map;

/**
 * A region projected once into Web Mercator "world pixels" at {@link RegionProjector#BASE_ZOOM}, ready
 * for the map to scale and translate without touching a vertex again.
 *
 * @param pathLow   SVG path data of the low-detail outline
 * @param pathHigh  SVG path data of the high-detail outline
 * @param labelX    label point, in world pixels at zoom 0
 * @param labelY    label point, in world pixels at zoom 0
 * @param labelSize radius of the largest circle inside the shape, in world pixels at zoom 0
 */
public record ProjectedRegion(String id, String pathLow, String pathHigh, double labelX, double labelY,
                              double labelSize) {
}
