package org.priorityatlas.geo.tool;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.overlayng.RingClipper;
import org.locationtech.jts.operation.overlayng.UnaryUnionNG;
import org.locationtech.jts.precision.GeometryPrecisionReducer;
import org.priorityatlas.geo.BasemapFeature;
import org.priorityatlas.geo.GeoJson;

/**
 * Neighbouring countries from npm {@code world-atlas} {@code countries-50m.json}, clipped to a box
 * around China, plus the Paracel Islands from the admin-1 data as plain land.
 */
final class BasemapBuilder {
    static final Envelope BOX = BasemapFeature.EXTENT;
    /** ISO 3166-1 numeric ids the region files draw instead: China, Taiwan, Hong Kong, Macao. */
    private static final Set<String> COVERED_BY_REGIONS = Set.of("156", "158", "344", "446");
    /** Gaps between the 1:50m country outlines and the 1:10m provinces closer than this join a neighbour. */
    private static final double GAP_REACH = 0.05;

    private BasemapBuilder() {
    }

    /**
     * @param regionLand union of the unsimplified regions, to find land the coarser country outlines
     *                   leave uncovered along China's land borders (it would show as sea-coloured slivers)
     */
    static List<BasemapFeature> build(Path countriesTopoJson, Geometry regionLand, Geometry paracels,
                                      double tolerance, PrecisionModel grid) throws IOException {
        List<TopoJson.Shape> shapes;
        try (InputStream in = Files.newInputStream(countriesTopoJson)) {
            shapes = TopoJson.read(in, "countries");
        }
        Geometry box = GeoJson.FACTORY.toGeometry(BOX);
        List<String> names = new ArrayList<>();
        List<Geometry> countries = new ArrayList<>();
        List<Geometry> coveredByRegions = new ArrayList<>();
        for (TopoJson.Shape s : shapes) {
            Geometry shape = eastOfAntimeridian(s.geometry());
            if (!shape.getEnvelopeInternal().intersects(BOX)) {
                continue;
            }
            Geometry clipped = OverlayNGRobust.overlay(valid(shape), box, OverlayNG.INTERSECTION);
            if (clipped.isEmpty()) {
                continue;
            }
            if (COVERED_BY_REGIONS.contains(s.id())) {
                coveredByRegions.add(clipped);
            } else {
                names.add(s.name());
                countries.add(clipped);
            }
        }
        fillBorderGaps(countries, GeoJson.FACTORY.buildGeometry(coveredByRegions), regionLand);
        List<Geometry> simplified = new SharedBorderSimplifier(countries, NaturalEarthAdmin1.SOURCE_GRID)
                .simplify(tolerance, grid);
        List<BasemapFeature> features = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (!simplified.get(i).isEmpty()) {
                features.add(new BasemapFeature(names.get(i), BasemapFeature.COUNTRY, simplified.get(i)));
            }
        }
        // A few dozen vertices of tiny islets: rounding alone, simplifying would erase them.
        features.add(new BasemapFeature(NaturalEarthAdmin1.PARACEL, BasemapFeature.LAND,
                SharedBorderSimplifier.canonical(GeometryPrecisionReducer.reduce(paracels, grid))));
        return features;
    }

    /**
     * The box reaches past 180° (to the Bering Strait), where the source's longitudes restart at −180°:
     * polygons west of −100° (Alaska, the Aleutians) move 360° east, and a polygon that wraps (Russia's
     * mainland) has its western longitudes moved so. Read as plane coordinates, Russia's ring otherwise
     * jumped from 180° to −180° and back, two lines right across the map that cut Siberia off north of
     * 65° N.
     */
    private static Geometry eastOfAntimeridian(Geometry g) {
        List<Polygon> parts = new ArrayList<>();
        boolean moved = false;
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Polygon p = (Polygon) g.getGeometryN(i);
            Envelope e = p.getEnvelopeInternal();
            if (e.getMaxX() < -100 || e.getWidth() > 180) {
                Polygon q = (Polygon) p.copy();
                q.apply((CoordinateFilter) c -> c.x = c.x < 0 ? c.x + 360 : c.x);
                q.geometryChanged();
                parts.add(q);
                moved = true;
            } else {
                parts.add(p);
            }
        }
        return moved ? GeoJson.FACTORY.createMultiPolygon(parts.toArray(Polygon[]::new)) : g;
    }

    /**
     * Russia's outline also crosses itself near the Finnish border (29.6° E, 65° N), far outside the box,
     * and clipping needs valid input. Repaired whole, it lost land the box keeps; so every ring is first
     * cut to a margin around the box (JTS {@code RingClipper} takes any ring), and only what is left is
     * repaired.
     */
    private static Geometry valid(Geometry g) {
        if (g.isValid()) {
            return g;
        }
        Envelope margin = new Envelope(BOX);
        margin.expandBy(1);
        RingClipper clipper = new RingClipper(margin);
        List<Polygon> parts = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Polygon p = (Polygon) g.getGeometryN(i);
            LinearRing shell = ring(clipper.clip(p.getExteriorRing().getCoordinates()));
            List<LinearRing> holes = new ArrayList<>();
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                LinearRing hole = ring(clipper.clip(p.getInteriorRingN(h).getCoordinates()));
                if (hole != null) {
                    holes.add(hole);
                }
            }
            if (shell != null) {
                parts.add(GeoJson.FACTORY.createPolygon(shell, holes.toArray(LinearRing[]::new)));
            }
        }
        return GeometryFixer.fix(GeoJson.FACTORY.createMultiPolygon(parts.toArray(Polygon[]::new)));
    }

    /** A closed ring of the clipped points, or null when the clip left no area. */
    private static LinearRing ring(Coordinate[] points) {
        if (points.length == 0) {
            return null;
        }
        List<Coordinate> closed = new ArrayList<>(List.of(points));
        if (!closed.get(0).equals2D(closed.get(closed.size() - 1))) {
            closed.add(closed.get(0).copy());
        }
        return closed.size() < 4 ? null : GeoJson.FACTORY.createLinearRing(closed.toArray(Coordinate[]::new));
    }

    /** Gives each piece of 1:50m China that the provinces do not cover, next to a neighbour, to that neighbour. */
    private static void fillBorderGaps(List<Geometry> countries, Geometry china50m, Geometry regionLand) {
        Geometry gaps = OverlayNGRobust.overlay(UnaryUnionNG.union(china50m, NaturalEarthAdmin1.SOURCE_GRID),
                regionLand, OverlayNG.DIFFERENCE);
        List<List<Geometry>> extra = new ArrayList<>();
        countries.forEach(c -> extra.add(new ArrayList<>(List.of(c))));
        for (int g = 0; g < gaps.getNumGeometries(); g++) {
            Geometry gap = gaps.getGeometryN(g);
            int nearest = -1;
            double best = GAP_REACH;
            for (int i = 0; i < countries.size(); i++) {
                Geometry c = countries.get(i);
                if (c.getEnvelopeInternal().distance(gap.getEnvelopeInternal()) >= best) {
                    continue;
                }
                double d = c.distance(gap);
                if (d < best) {
                    best = d;
                    nearest = i;
                }
            }
            if (nearest >= 0) {
                extra.get(nearest).add(gap);
            }
        }
        for (int i = 0; i < countries.size(); i++) {
            countries.set(i, UnaryUnionNG.union(GeoJson.FACTORY.buildGeometry(extra.get(i)),
                    NaturalEarthAdmin1.SOURCE_GRID));
        }
    }
}
