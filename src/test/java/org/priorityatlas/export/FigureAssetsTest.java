package org.priorityatlas.export;

import org.junit.jupiter.api.Test;
import org.priorityatlas.geo.WebMercator;
import org.priorityatlas.map.SvgPathData;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The neighbouring land every figure draws is cut to the box around China's frame. */
class FigureAssetsTest {
    private static final Pattern POINT = Pattern.compile("[ML](-?[0-9.]+) (-?[0-9.]+)");

    @Test
    void landIsCutToTheBoxAroundChina() {
        assertWithin(FigureAssets.bundled().land(), 0.01);
    }

    /** Border lines keep the segment that leaves the box (JTS LineLimiter), no more. */
    @Test
    void bordersEndJustPastIt() {
        assertWithin(FigureAssets.bundled().landBorders(), 3);
    }

    private static void assertWithin(String path, double margin) {
        int points = 0;
        Matcher m = POINT.matcher(path);
        while (m.find()) {
            // Path data is in world pixels at the base zoom, rounded to a tenth: well under 0.01°.
            double lon = WebMercator.lon(Double.parseDouble(m.group(1)) / (1 << SvgPathData.BASE_ZOOM) / 256);
            double lat = WebMercator.lat(Double.parseDouble(m.group(2)) / (1 << SvgPathData.BASE_ZOOM) / 256);
            assertTrue(lon > 55 - margin && lon < 155 + margin && lat > -margin && lat < 65 + margin,
                    "a point at " + lon + ", " + lat);
            points++;
        }
        assertTrue(points > 1000, "the land around China is drawn: " + points + " points");
    }
}
