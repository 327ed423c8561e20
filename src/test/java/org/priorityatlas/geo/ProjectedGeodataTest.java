package org.priorityatlas.geo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.priorityatlas.dataset.Taxonomy;

class ProjectedGeodataTest {

    @Test
    void committedFileIsTheProjectionOfTheGeoJson() throws IOException {
        byte[] fresh = ProjectedGeodataFile.bytes(GeodataProjection.bundledGeoJson());
        byte[] committed;
        try (InputStream in = ProjectedGeodata.class.getResourceAsStream(ProjectedGeodata.RESOURCE)) {
            committed = in.readAllBytes();
        }
        assertArrayEquals(fresh, committed,
                "geodata/projected.bin is stale: run mvn -q compile exec:java@project-geodata");
    }

    @Test
    void projectingTwiceGivesTheSameBytes() {
        assertArrayEquals(ProjectedGeodataFile.bytes(GeodataProjection.bundledGeoJson()),
                ProjectedGeodataFile.bytes(GeodataProjection.bundledGeoJson()));
    }

    @Test
    void fileRoundTrips() throws IOException {
        ProjectedGeodata geo = ProjectedGeodata.bundled();
        byte[] bytes = ProjectedGeodataFile.bytes(geo);
        ProjectedGeodata read = ProjectedGeodataFile.read(new ByteArrayInputStream(bytes));
        assertArrayEquals(bytes, ProjectedGeodataFile.bytes(read));
    }

    @Test
    void regionsAreTheTaxonomysInOrderWithBothDetails() {
        List<String> ids = ProjectedGeodata.bundled().regions().stream().map(RegionOutline::id).toList();
        assertEquals(Taxonomy.load().regions().stream().map(r -> r.id()).toList(), ids);
        for (RegionOutline r : ProjectedGeodata.bundled().regions()) {
            assertTrue(r.high().vertices() >= r.low().vertices(), r.id());
            double[] b = r.low().bounds();
            assertTrue(r.labelX() > b[0] && r.labelX() < b[2] && r.labelY() > b[1] && r.labelY() < b[3],
                    r.id() + " label point inside its outline's box");
        }
    }

    @ParameterizedTest
    @EnumSource(Detail.class)
    void sharedBordersAreStoredOnce(Detail detail) {
        ProjectedGeodata geo = ProjectedGeodata.bundled();
        int outlines = geo.regions().stream().mapToInt(r -> r.outline(detail).vertices()).sum();
        int borders = geo.borders(detail).vertices();
        // Every inner border belongs to two outlines but is one line of the network: well under the sum.
        assertTrue(borders < 0.8 * outlines, borders + " border vertices against " + outlines + " in outlines");
        assertTrue(borders > 0.4 * outlines, "the coast and land borders are in the network too");
    }

    @Test
    void neighbourBordersLeaveOutTheBasemapsClippingBox() {
        double west = WebMercator.x(BasemapFeature.EXTENT.getMinX()) * 256;
        for (float[] line : ProjectedGeodata.bundled().neighbourBorders().parts()) {
            for (int i = 2; i < line.length; i += 2) {
                boolean alongWestEdge = line[i - 2] == (float) west && line[i] == (float) west;
                assertTrue(!alongWestEdge, "a border runs along the clipping box's west edge");
            }
        }
    }

    @Test
    void truncatedFileIsRefusedWithAReason() {
        byte[] bytes = ProjectedGeodataFile.bytes(ProjectedGeodata.bundled());
        IOException e = assertThrows(IOException.class,
                () -> ProjectedGeodataFile.read(new ByteArrayInputStream(Arrays.copyOf(bytes, bytes.length / 2))));
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
        assertThrows(IOException.class, () -> ProjectedGeodataFile.read(new ByteArrayInputStream(new byte[]{1, 2, 3, 4, 5, 6, 7, 8})));
    }
}
