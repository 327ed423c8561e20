package org.priorityatlas.geo;

import org.locationtech.jts.geom.Envelope;
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
    /** The box (lon, lat) the basemap is clipped to; its edges are no borders and are never drawn. */
    public static final Envelope EXTENT = new Envelope(60, 150, -5, 58);
}
