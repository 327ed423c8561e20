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
    /**
     * The box (lon, lat) the basemap is clipped to; its edges are no borders and are never drawn. North to
     * 76° (Siberia's Arctic coast) and east to 200° (past the Bering Strait; longitudes there run on past
     * 180°): presentation mode moves China down below its legend, which showed the box's edges at 58° N and
     * 150° E as straight lines across Siberia.
     */
    public static final Envelope EXTENT = new Envelope(60, 200, -5, 76);
}
