package org.priorityatlas.geo.tool;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
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
            if (!s.geometry().getEnvelopeInternal().intersects(BOX)) {
                continue;
            }
            Geometry clipped = OverlayNGRobust.overlay(s.geometry(), box, OverlayNG.INTERSECTION);
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
