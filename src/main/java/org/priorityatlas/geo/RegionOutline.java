package org.priorityatlas.geo;

/**
 * A region's outlines projected once (see {@link ProjectedGeodata}), at both levels of detail.
 *
 * @param labelX    label point (centre of the largest inscribed circle), world pixels at zoom 0
 * @param labelY    label point, world pixels at zoom 0
 * @param labelSize radius of that circle, world pixels at zoom 0
 */
public record RegionOutline(String id, Polylines low, Polylines high, double labelX, double labelY,
                            double labelSize) {
    public Polylines outline(Detail detail) {
        return detail == Detail.HIGH ? high : low;
    }
}
