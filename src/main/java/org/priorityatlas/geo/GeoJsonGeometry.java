package org.priorityatlas.geo;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/** Parsed GeoJSON geometry objects (positions already {@link Coordinate}s) to JTS. */
final class GeoJsonGeometry {
    private GeoJsonGeometry() {
    }

    static Geometry toJts(Map<?, ?> geometry) throws IOException {
        if (geometry == null) {
            throw new IOException("feature without geometry");
        }
        Object type = geometry.get("type");
        List<?> coordinates = (List<?>) geometry.get("coordinates");
        if ("Polygon".equals(type)) {
            return polygon(coordinates);
        }
        if ("MultiPolygon".equals(type)) {
            Polygon[] parts = new Polygon[coordinates.size()];
            for (int i = 0; i < parts.length; i++) {
                parts[i] = polygon((List<?>) coordinates.get(i));
            }
            return GeoJson.FACTORY.createMultiPolygon(parts);
        }
        throw new IOException("unsupported geometry type " + type);
    }

    private static Polygon polygon(List<?> rings) {
        LinearRing shell = ring((List<?>) rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 0; i < holes.length; i++) {
            holes[i] = ring((List<?>) rings.get(i + 1));
        }
        return GeoJson.FACTORY.createPolygon(shell, holes);
    }

    private static LinearRing ring(List<?> positions) {
        return GeoJson.FACTORY.createLinearRing(positions.toArray(new Coordinate[0]));
    }
}
