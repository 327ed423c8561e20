package org.priorityatlas.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.priorityatlas.dataset.Region;
import org.priorityatlas.dataset.Taxonomy;

class GeodataTest {
    /** Neighbours whose shared borders must survive simplification unchanged. */
    private static final String[][] NEIGHBOURS = {{"CN-GD", "CN-GX"}, {"CN-BJ", "CN-HE"}, {"CN-BJ", "CN-TJ"},
            {"CN-SH", "CN-JS"}, {"CN-SH", "CN-ZJ"}, {"CN-HK", "CN-GD"}, {"CN-MO", "CN-GD"}, {"CN-SC", "CN-CQ"},
            {"CN-HN", "CN-GD"}, {"CN-GX", "CN-YN"}};
    /** Vertex budgets: comfortably above what the builder produces, well below the source's 56,000. */
    private static final Map<Detail, Integer> VERTEX_BUDGET = Map.of(Detail.HIGH, 25_000, Detail.LOW, 9_000);

    @ParameterizedTest
    @EnumSource(Detail.class)
    void regionsMatchTheTaxonomyInOrder(Detail detail) {
        List<Region> taxonomy = Taxonomy.load().regions();
        List<RegionFeature> regions = Geodata.regions(detail);
        assertEquals(34, regions.size());
        for (int i = 0; i < taxonomy.size(); i++) {
            Region t = taxonomy.get(i);
            RegionFeature r = regions.get(i);
            assertEquals(t.id(), r.id());
            assertEquals(t.code(), r.code());
            assertEquals(t.name(), r.name());
            assertTrue(t.type().contains(r.type()), r.id() + " type " + r.type());
        }
    }

    @ParameterizedTest
    @EnumSource(Detail.class)
    void geometriesAreValidAndLabelsInside(Detail detail) {
        for (RegionFeature r : Geodata.regions(detail)) {
            Geometry g = r.geometry();
            assertTrue(g.isValid(), r.id() + " invalid");
            assertTrue(g.getGeometryType().endsWith("Polygon"), r.id());
            assertTrue(g.contains(g.getFactory().createPoint(r.label())), r.id() + " label outside");
            assertTrue(r.labelRadius() > 0 && r.labelRadius() < 10, r.id() + " label radius");
        }
    }

    @ParameterizedTest
    @EnumSource(Detail.class)
    void neighboursShareIdenticalBorders(Detail detail) {
        Map<String, Geometry> byId = Geodata.regions(detail).stream()
                .collect(Collectors.toMap(RegionFeature::id, RegionFeature::geometry));
        for (String[] pair : NEIGHBOURS) {
            Geometry a = byId.get(pair[0]);
            Geometry b = byId.get(pair[1]);
            String name = pair[0] + "/" + pair[1] + " " + detail;
            Geometry shared = a.getBoundary().intersection(b.getBoundary());
            // Macao's land border is genuinely a few hundred metres long.
            double minLength = pair[0].equals("CN-MO") ? 0.002 : 0.05;
            assertTrue(shared.getLength() > minLength, name + " shared border " + shared.getLength());
            assertEquals(0.0, a.intersection(b).getArea(), 1e-9, name + " overlap");
            // Diverging copies of a border (slivers, gaps) run close to the other region without
            // lying on its boundary: all of a's boundary within 100 m of b must be shared.
            double near = a.getBoundary().intersection(b.buffer(0.001)).getLength();
            assertEquals(near, shared.getLength(), 0.005, name + " boundary near but not on the neighbour");
        }
    }

    @ParameterizedTest
    @EnumSource(Detail.class)
    void vertexCountWithinBudget(Detail detail) {
        int vertices = Geodata.regions(detail).stream().mapToInt(r -> r.geometry().getNumPoints()).sum();
        assertTrue(vertices < VERTEX_BUDGET.get(detail), detail + ": " + vertices + " vertices");
    }

    @Test
    void regionLookupUsesHighDetail() {
        RegionFeature gd = Geodata.region("CN-GD").orElseThrow();
        assertEquals("Guangdong", gd.name().en());
        assertTrue(Geodata.regions(Detail.HIGH).contains(gd));
        assertFalse(Geodata.region("CN").isPresent());
    }

    @Test
    void basemapHasNeighboursAndParacelsButNotChina() {
        Map<String, BasemapFeature> byName = Geodata.basemap().stream()
                .collect(Collectors.toMap(BasemapFeature::name, Function.identity()));
        assertEquals(BasemapFeature.COUNTRY, byName.get("Mongolia").kind());
        assertEquals(BasemapFeature.LAND, byName.get("Paracel Islands").kind());
        for (String covered : List.of("China", "Taiwan", "Hong Kong", "Macao")) {
            assertFalse(byName.containsKey(covered), covered);
        }
        byName.values().forEach(b -> assertTrue(b.geometry().isValid(), b.name()));
    }

    /**
     * Siberia is land up to the box's northern edge, across the antimeridian: read as plane coordinates,
     * Russia's ring had cut everything north of 65° N away, and the map moved below the presentation legend
     * showed the gap.
     */
    @Test
    void russiaReachesTheArcticAndTheBeringStrait() {
        Geometry russia = Geodata.basemap().stream().filter(f -> f.name().equals("Russia")).findFirst()
                .orElseThrow().geometry();
        // Taymyr (100° E, 72° N), the Yamal peninsula (70° E, 70° N), Chukotka (180° E = 185°, 66.5° N).
        for (double[] p : new double[][] {{100, 72}, {70, 70}, {185, 66.5}}) {
            assertTrue(russia.contains(GeoJson.FACTORY.createPoint(new Coordinate(p[0], p[1]))),
                    "land at " + p[0] + ", " + p[1]);
        }
        assertTrue(russia.getEnvelopeInternal().getMaxY() >= BasemapFeature.EXTENT.getMaxY() - 0.01);
    }

    @Test
    void committedFilesStaySmall() throws IOException {
        long total = 0;
        for (String file : List.of("regions.geojson", "regions-lo.geojson", "basemap.geojson")) {
            total += Files.size(Path.of("geodata", file));
        }
        assertTrue(total < 3_000_000, "geodata files total " + total + " bytes");
    }
}
