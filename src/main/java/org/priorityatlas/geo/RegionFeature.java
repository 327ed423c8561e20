package org.priorityatlas.geo;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.priorityatlas.dataset.LocalizedName;

/**
 * One of the 34 provincial-level regions as drawn on the map.
 *
 * @param id          ISO 3166-2 id as in the taxonomy, e.g. {@code CN-GD}
 * @param code        GB/T 2260 code, e.g. {@code 440000}
 * @param type        province, municipality, autonomous region or special administrative region
 * @param geometry    Polygon or MultiPolygon in lon/lat (x = lon, y = lat)
 * @param label       lon/lat point inside the shape, the centre of its largest inscribed circle
 * @param labelRadius radius of that circle in degrees, for sizing labels
 */
public record RegionFeature(String id, String code, LocalizedName name, String type,
                            Geometry geometry, Coordinate label, double labelRadius) {
}
