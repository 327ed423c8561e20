package org.priorityatlas.map;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import org.junit.jupiter.api.Test;
import org.priorityatlas.geo.ProjectedGeodata;
import org.priorityatlas.geo.WebMercator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Fitting China into a map beside the presentation caption and below its legend. */
class ChinaFitTest {
    private static final Skyline SKYLINE = Skyline.of(ProjectedGeodata.bundled().regions());
    /** Presentation mode at 1280×800: the caption column on the right, the legend at the top left. */
    private static final Insets CAPTION = new Insets(0, 560, 0, 0);
    private static final Bounds LEGEND = new BoundingBox(0, 0, 424, 382);

    @Test
    void withoutInsetsChinaIsCentred() {
        ChinaFit fit = ChinaFit.within(800, 600, Insets.EMPTY);
        assertEquals(ChinaExtent.centreX() / 256, fit.centreX(), 1e-12);
        assertEquals(ChinaExtent.centreY() / 256, fit.centreY(), 1e-12);
        assertEquals(ChinaExtent.fitZoom(800, 600) - 0.03, fit.zoom(), 1e-12);
    }

    @Test
    void aBoxOverEmptyLandChangesNothing() {
        // The far north-west corner of a wide map: Kazakhstan and Russia.
        Bounds corner = new BoundingBox(0, 0, 120, 60);
        assertEquals(ChinaFit.within(1920, 1080, Insets.EMPTY),
                ChinaFit.clearOf(1920, 1080, Insets.EMPTY, corner, SKYLINE));
    }

    @Test
    void chinaMovesBelowTheLegendAndShrinksOnlyAsFarAsItMust() {
        ChinaFit centred = ChinaFit.within(1280, 800, CAPTION);
        assertTrue(centred.covers(LEGEND, 1280, 800, SKYLINE), "centred, China reaches under the legend");
        ChinaFit clear = ChinaFit.clearOf(1280, 800, CAPTION, LEGEND, SKYLINE);
        assertFalse(clear.covers(LEGEND, 1280, 800, SKYLINE));
        assertTrue(clear.zoom() <= centred.zoom());
        // Better than giving the legend's whole height to the map's top inset, and within a pixel of the least.
        ChinaFit belowWholeBox = ChinaFit.within(1280, 800, new Insets(LEGEND.getMaxY(), 560, 0, 0));
        assertTrue(clear.zoom() > belowWholeBox.zoom(), clear + " against " + belowWholeBox);
        double slightlyLess = topInsetOf(clear) - 1;
        assertTrue(ChinaFit.within(1280, 800, new Insets(slightlyLess, 560, 0, 0)).covers(LEGEND, 1280, 800, SKYLINE));
    }

    @Test
    void coversMeansARegionReachesIntoTheBox() {
        ChinaFit fit = ChinaFit.within(1000, 800, Insets.EMPTY);
        double worldPx = 256 * Math.pow(2, fit.zoom());
        // A box 20 pixels wide over Heilongjiang's northern tip (Mohe, 122.4° E), down to just above or below it.
        double x = (WebMercator.x(122.4) - fit.centreX()) * worldPx + 500;
        double fromX = ((x - 10 - 500) / worldPx + fit.centreX()) * 256;
        double toX = ((x + 10 - 500) / worldPx + fit.centreX()) * 256;
        double tip = (SKYLINE.northmost(fromX, toX) / 256 - fit.centreY()) * worldPx + 400;
        assertTrue(fit.covers(new BoundingBox(x - 10, 0, 20, tip + 1), 1000, 800, SKYLINE));
        assertFalse(fit.covers(new BoundingBox(x - 10, 0, 20, tip - 1), 1000, 800, SKYLINE));
    }

    @Test
    void theSkylineIsEmptyBeyondChinaAndReachesItsNorthernTip() {
        double west = WebMercator.x(60) * 256;
        assertEquals(Double.POSITIVE_INFINITY, SKYLINE.northmost(west, west + 1));
        double mohe = WebMercator.x(122.4) * 256;
        double north = SKYLINE.northmost(mohe - 0.5, mohe + 0.5);
        assertTrue(north >= WebMercator.y(53.6) * 256 && north <= WebMercator.y(52.9) * 256,
                "Heilongjiang's northern tip lies near 53.3° N: " + WebMercator.lat(north / 256));
    }

    /** The top inset that centres China where {@code fit} puts it (inverse of ChinaFit.within's shift). */
    private static double topInsetOf(ChinaFit fit) {
        double worldPx = 256 * Math.pow(2, fit.zoom());
        return 2 * (ChinaExtent.centreY() / 256 - fit.centreY()) * worldPx;
    }
}
