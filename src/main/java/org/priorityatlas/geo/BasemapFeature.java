package org.priorityatlas.geo;

import org.locationtech.jts.geom.Geometry;

/**
 * Background land around the regions.
 *
 * @param name     country name, or a description for plain land
 * @param kind     {@code country} (a neighbouring country) or {@code land} (land that is no region)
 * @param geometry Polygon or MultiPolygon in lon/lat
 */
public record BasemapFeature(String name, String kind, Geometry geometry) {
    public static final String COUNTRY = "country";
    public static final String LAND = "land";
}
