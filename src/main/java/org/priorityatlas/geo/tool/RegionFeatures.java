package org.priorityatlas.geo.tool;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.algorithm.construct.MaximumInscribedCircle;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.priorityatlas.dataset.Region;
import org.priorityatlas.geo.GeoJson;

/** Builds the region GeoJSON features: taxonomy names and codes, type, label point. */
final class RegionFeatures {
    private static final List<String> TYPES = List.of("special administrative region", "autonomous region",
            "municipality", "province");
    static final int LABEL_DECIMALS = 4;

    private RegionFeatures() {
    }

    static List<GeoJson.Feature> build(List<Region> regions, List<Geometry> geometries) {
        List<GeoJson.Feature> features = new ArrayList<>();
        for (int i = 0; i < regions.size(); i++) {
            Region r = regions.get(i);
            Geometry g = geometries.get(i);
            if (g.isEmpty() || !g.isValid()) {
                throw new IllegalStateException(r.id() + ": empty or invalid geometry after simplification");
            }
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("code", r.code());
            p.put("name_en", r.name().en());
            p.put("name_zh", r.name().zh());
            String type = type(r.type());
            p.put("type", type);
            if (!type.equals(r.type())) {
                p.put("note", r.type());
            }
            double[] label = label(g);
            p.put("label", List.of(label[0], label[1]));
            p.put("label_radius", label[2]);
            features.add(new GeoJson.Feature(r.id(), p, g));
        }
        return features;
    }

    /**
     * The administrative type named in the taxonomy's notes column. Taiwan's note ("listed by the PRC
     * as a province; its own government is separate") gives "province"; the note itself is kept too.
     */
    static String type(String notes) {
        return TYPES.stream().filter(notes::contains).findFirst()
                .orElseThrow(() -> new IllegalStateException("no region type in: " + notes));
    }

    /**
     * {lon, lat, radius}: the centre of the largest circle inside the largest part, where a label has the
     * most room (a bbox centre or centroid can fall outside, e.g. for Hebei or Gansu).
     */
    static double[] label(Geometry g) {
        Geometry largest = g.getGeometryN(0);
        for (int i = 1; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i).getArea() > largest.getArea()) {
                largest = g.getGeometryN(i);
            }
        }
        // A fixed 0.01° tolerance is coarse for Macao (about 0.1° across); scale it to the part.
        double tolerance = Math.min(0.01, Math.sqrt(largest.getArea()) / 100);
        MaximumInscribedCircle mic = new MaximumInscribedCircle(largest, tolerance);
        Coordinate centre = mic.getCenter().getCoordinate();
        double scale = Math.pow(10, LABEL_DECIMALS);
        double lon = GeoJson.round(centre.x, scale);
        double lat = GeoJson.round(centre.y, scale);
        Point rounded = g.getFactory().createPoint(new Coordinate(lon, lat));
        if (!largest.contains(rounded)) {
            throw new IllegalStateException("label point fell outside after rounding at " + centre);
        }
        double radius = GeoJson.round(centre.distance(mic.getRadiusPoint().getCoordinate()), scale);
        return new double[] {lon, lat, radius};
    }
}
