package org.priorityatlas.map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.priorityatlas.geo.Detail;
import org.priorityatlas.geo.ProjectedGeodata;
import org.priorityatlas.geo.RegionOutline;

/** The map picture: what the renderer draws into a frame and what the composer paints from it. */
class RasterTest {
    private static final ExecutorService POOL = Executors.newFixedThreadPool(2);
    private static final ProjectedGeodata GEO = ProjectedGeodata.bundled();
    private static final List<String> IDS = GEO.regions().stream().map(RegionOutline::id).toList();
    private static final RasterRenderer RENDERER = new RasterRenderer(GEO, POOL, 2);
    private static final RasterComposer COMPOSER = new RasterComposer(POOL);
    private static final int OPAQUE = 0xFF000000;

    @AfterAll
    static void stop() {
        POOL.shutdownNow();
    }

    /** China fitted into 1200×900 pixels, as the window frames it. */
    private static RasterView national(double zoomDelta) {
        double zoom = ChinaExtent.fitZoom(1200, 900) + zoomDelta;
        double s = Math.pow(2, zoom);
        return new RasterView(zoom, (int) (ChinaExtent.centreX() * s) - 600, (int) (ChinaExtent.centreY() * s) - 450,
                1200, 900, 1);
    }

    private static int[] at(RasterView v, RegionOutline r) {
        return new int[]{(int) Math.floor(r.labelX() * v.scale() - v.originX()),
                (int) Math.floor(r.labelY() * v.scale() - v.originY())};
    }

    private static RasterPalette palette(boolean hatched, double opacity) {
        double[] o = new double[IDS.size()];
        Arrays.fill(o, opacity);
        RasterPalette base = RasterPalette.of(IDS, null, o);
        int[] fill = new int[base.fill().length];
        boolean[] hatch = new boolean[fill.length];
        for (int i = 1; i < fill.length; i++) {
            fill[i] = OPAQUE | (i * 0x070503);
            hatch[i] = hatched;
        }
        return new RasterPalette(fill, hatch, base.alpha(), base.hatchLine(), base.border());
    }

    @Test
    void everyRegionIsUnderItsLabelPointExceptTheTiniest() {
        RasterView v = national(0);
        RasterFrame frame = RENDERER.render(v, null);
        assertEquals(Detail.LOW, frame.detail());
        for (int i = 0; i < IDS.size(); i++) {
            RegionOutline r = GEO.regions().get(i);
            if (r.id().equals("CN-HK") || r.id().equals("CN-MO")) {
                continue;
            }
            int[] p = at(v, r);
            assertEquals(i + 1, frame.idAt(p[0], p[1]), r.id());
        }
        assertEquals(0, frame.idAt(5, 5), "the north-west corner is Kazakhstan or Russia, no region");
    }

    @Test
    void composingPaintsEachRegionsFillWithBordersBetween() {
        RasterView v = national(0);
        RasterFrame frame = RENDERER.render(v, null);
        RasterPalette palette = palette(false, 1);
        int[] out = composed(frame, palette, v);
        RegionOutline sichuan = GEO.regions().get(IDS.indexOf("CN-SC"));
        int[] p = at(v, sichuan);
        assertEquals(palette.fill()[IDS.indexOf("CN-SC") + 1], out[p[1] * v.width() + p[0]]);
        int bordered = 0;
        for (int q = 0; q < out.length; q++) {
            int id = frame.ids()[q] & 0xFF;
            if (id != 0 && (frame.edges()[q] & 0xFF) > 150 && (frame.coverage()[q] & 0xFF) == 255) {
                bordered++;
                assertTrue(brightness(out[q]) > brightness(palette.fill()[id]), "borders are lighter than fills");
            }
        }
        assertTrue(bordered > 2000, "white borders between regions: " + bordered + " pixels");
        assertEquals(OPAQUE | Palette.rgb(Palette.SEA), out[(v.height() - 3) * v.width() + v.width() - 3] | OPAQUE,
                "the south-east corner is sea");
    }

    @Test
    void recolouringOnlyTheRegionsGivesTheSamePictureAsComposingAnew() {
        RasterView v = national(0);
        RasterFrame frame = RENDERER.render(v, null);
        int[] incremental = new int[v.pixels()];
        COMPOSER.compose(frame, palette(false, 1), v, incremental, null, null, null);
        COMPOSER.compose(frame, palette(true, 0.5), v, incremental, palette(false, 1), null, null);
        assertArrayEquals(composed(frame, palette(true, 0.5), v), incremental);
    }

    @Test
    void recolouringWritesOnlyTheRegionsWhoseColourChanged() {
        RasterView v = national(0);
        RasterFrame frame = RENDERER.render(v, null);
        RasterPalette before = palette(false, 1);
        int[] fill = before.fill().clone();
        int[] alpha = before.alpha().clone();
        boolean[] hatched = before.hatched().clone();
        int sichuan = IDS.indexOf("CN-SC") + 1;
        fill[IDS.indexOf("CN-GD") + 1] = OPAQUE | 0x00C0FF;
        hatched[IDS.indexOf("CN-XJ") + 1] = true;
        alpha[IDS.indexOf("CN-BJ") + 1] = 90;
        RasterPalette after = new RasterPalette(fill, hatched, alpha, before.hatchLine(), before.border());
        int[] out = composed(frame, before, v);
        // Sichuan keeps its colour: a marker painted over its pixels must survive the recolouring.
        int marker = 0xFF123456;
        for (int p = 0; p < out.length; p++) {
            if ((frame.ids()[p] & 0xFF) == sichuan) {
                out[p] = marker;
            }
        }
        COMPOSER.compose(frame, after, v, out, before, null, null);
        int[] anew = composed(frame, after, v);
        for (int p = 0; p < out.length; p++) {
            boolean inSichuan = (frame.ids()[p] & 0xFF) == sichuan;
            assertEquals(inSichuan ? marker : anew[p], out[p], "pixel " + p);
        }
        assertEquals(3, countTrue(RasterComposer.changedRegions(before, after)));
    }

    @Test
    void aRecolourMarksExactlyTheTilesWhosePixelsChanged() {
        RasterView v = national(0);
        RasterFrame frame = RENDERER.render(v, null);
        RasterPalette before = palette(false, 1);
        int[] fill = before.fill().clone();
        for (String id : List.of("CN-GD", "CN-XJ", "CN-HL", "CN-HK")) {
            fill[IDS.indexOf(id) + 1] = OPAQUE | 0x00C0FF;
        }
        RasterPalette after = new RasterPalette(fill, before.hatched(), before.alpha(), before.hatchLine(), before.border());
        int[] was = composed(frame, before, v);
        int[] out = was.clone();
        TiledPicture.Touched touched = new TiledPicture.Touched(v.height());
        assertTrue(COMPOSER.compose(frame, after, v, out, before, touched, null), "only the changed regions were written");
        int tile = TiledPicture.TILE_PX;
        int marked = 0;
        for (int y0 = 0; y0 < v.height(); y0 += tile) {
            for (int x0 = 0; x0 < v.width(); x0 += tile) {
                // A tile's image reaches one pixel into its right and lower neighbours.
                int w = Math.min(tile + 1, v.width() - x0);
                int h = Math.min(tile + 1, v.height() - y0);
                boolean differs = false;
                for (int y = y0; y < y0 + h && !differs; y++) {
                    for (int x = x0; x < x0 + w && !differs; x++) {
                        differs = was[y * v.width() + x] != out[y * v.width() + x];
                    }
                }
                boolean any = touched.any(x0, y0, w, h);
                assertEquals(differs, any, "tile at " + x0 + "," + y0);
                marked += any ? 1 : 0;
            }
        }
        assertTrue(marked > 0 && marked < 20, marked + " tiles of 20");
    }

    private static int countTrue(boolean[] flags) {
        int n = 0;
        for (boolean f : flags) {
            n += f ? 1 : 0;
        }
        return n;
    }

    @Test
    void noDataIsHatchedEveryEighthDiagonalOnTheWorldGrid() {
        RasterView v = national(0);
        RasterFrame frame = RENDERER.render(v, null);
        RasterPalette palette = palette(true, 1);
        int[] out = composed(frame, palette, v);
        int[] p = at(v, GEO.regions().get(IDS.indexOf("CN-XJ")));
        for (int dx = 0; dx < 16; dx++) {
            int x = p[0] + dx;
            boolean line = ((v.originX() + x + v.originY() + p[1]) & 7) == 0;
            assertEquals(line ? palette.hatchLine() : palette.fill()[IDS.indexOf("CN-XJ") + 1], out[p[1] * v.width() + x]);
        }
    }

    @Test
    void aFadedRegionIsItsFillBlendedIntoTheLand() {
        RasterView v = national(0);
        RasterFrame frame = RENDERER.render(v, null);
        RasterPalette palette = palette(false, 0.35);
        int[] out = composed(frame, palette, v);
        int i = IDS.indexOf("CN-SC") + 1;
        int[] p = at(v, GEO.regions().get(i - 1));
        int expected = RasterComposer.blend(OPAQUE | Palette.rgb(Palette.CHINA_LAND), palette.fill()[i], palette.alpha()[i]);
        int drawn = out[p[1] * v.width() + p[0]];
        for (int shift = 0; shift < 24; shift += 8) {
            assertEquals(expected >> shift & 0xFF, drawn >> shift & 0xFF, 1, "channel at bit " + shift);
        }
    }

    /** {@code frame} composed afresh in {@code palette} for view {@code v}. */
    private static int[] composed(RasterFrame frame, RasterPalette palette, RasterView v) {
        return composed(frame, palette, v, null);
    }

    private static int[] composed(RasterFrame frame, RasterPalette palette, RasterView v, ColouredFrame ahead) {
        int[] out = new int[v.pixels()];
        COMPOSER.compose(frame, palette, v, out, null, null, ahead);
        return out;
    }

    private static int brightness(int argb) {
        return (argb >> 16 & 0xFF) + (argb >> 8 & 0xFF) + (argb & 0xFF);
    }

    @Test
    void anotherZoomIsSampledFromTheFrameWhileASharpOneIsDrawn() {
        RasterView v = national(0);
        RasterFrame frame = RENDERER.render(v, null);
        RasterView closer = national(0.5);
        RasterPalette palette = palette(false, 1);
        int[] out = composed(frame, palette, closer);
        for (String id : List.of("CN-SC", "CN-NM", "CN-GD")) {
            int[] p = at(closer, GEO.regions().get(IDS.indexOf(id)));
            assertEquals(palette.fill()[IDS.indexOf(id) + 1], out[p[1] * closer.width() + p[0]], id);
        }
    }

    @Test
    void aZoomAHairFromTheFramesIsSampledOneToOneInTheSameColours() {
        // The zoom path colours frame rows once and draws the hatch on the target's grid; sampling one to
        // one, it must give exactly the picture of the same-zoom path: fills, fades, borders and hatch.
        RasterView v = national(0);
        RasterFrame frame = RENDERER.render(v, null);
        RasterView hair = new RasterView(v.zoom() + 1e-12, v.originX(), v.originY(), v.width(), v.height(), 1);
        RasterPalette mixed = mixedPalette();
        assertArrayEquals(composed(frame, mixed, v), composed(frame, mixed, hair));
    }

    @Test
    void aZoomStepGatheredFromTheFrameColouredAheadIsThePictureItWouldColourItself() {
        RasterView v = national(0);
        RasterFrame frame = RENDERER.render(v, null);
        RasterPalette mixed = mixedPalette();
        ColouredFrame ahead = colouredAhead(frame, mixed);
        for (double delta : new double[] {0.05, -0.05, 0.7}) {
            RasterView step = national(delta);
            assertArrayEquals(composed(frame, mixed, step), composed(frame, mixed, step, ahead), "zoom " + delta);
        }
    }

    @Test
    void aFrameColouredInOtherColoursOrBeforeItWasDrawnAgainIsNotUsed() {
        RasterView v = national(0);
        RasterFrame frame = RENDERER.render(v, null);
        RasterView step = national(0.05);
        ColouredFrame inOthers = colouredAhead(frame, palette(false, 1));
        RasterPalette now = palette(false, 0.5);
        assertArrayEquals(composed(frame, now, step), composed(frame, now, step, inOthers));
        ColouredFrame before = colouredAhead(frame, now);
        RENDERER.render(national(0.1), frame);
        assertArrayEquals(composed(frame, now, step), composed(frame, now, step, before), "the frame was drawn again");
    }

    @Test
    void rehearsingTheZoomChangesNoPixelAndNoColour() {
        RasterView v = national(0);
        RasterFrame frame = RENDERER.render(v, null);
        RasterPalette mixed = mixedPalette();
        ColouredFrame ahead = colouredAhead(frame, mixed);
        int[] colouredBefore = ahead.pixels().clone();
        boolean[] hatchedBefore = mixed.hatched().clone();
        int[] stepBefore = composed(frame, mixed, national(0.05), ahead);
        RasterComposer.rehearseZoom(frame, mixed, ahead.pixels());
        RasterComposer.rehearseZoom(frame, mixed, null);
        assertArrayEquals(colouredBefore, ahead.pixels());
        assertArrayEquals(hatchedBefore, mixed.hatched());
        assertTrue(ahead.holds(frame, mixed));
        assertArrayEquals(stepBefore, composed(frame, mixed, national(0.05), ahead));
    }

    @Test
    void aFrameNarrowerThanTheRehearsalsIsRehearsedToo() {
        RasterView v = national(0);
        RasterView tiny = new RasterView(v.zoom(), v.originX() + 500, v.originY() + 400, 12, 3, 1);
        RasterFrame frame = RENDERER.render(tiny, null);
        RasterPalette mixed = mixedPalette();
        int[] coloured = colouredAhead(frame, mixed).pixels();
        assertDoesNotThrow(() -> RasterComposer.rehearseZoom(frame, mixed, coloured));
        assertDoesNotThrow(() -> RasterComposer.rehearseZoom(frame, mixed, null));
    }

    private static ColouredFrame colouredAhead(RasterFrame frame, RasterPalette palette) {
        int[] pixels = new int[frame.width() * frame.height()];
        RasterComposer.colourFrame(frame, palette, pixels);
        return new ColouredFrame(pixels, frame, frame.generation(), palette);
    }

    /** Every second region hatched, every third faded. */
    private static RasterPalette mixedPalette() {
        RasterPalette base = palette(false, 1);
        boolean[] hatched = new boolean[base.fill().length];
        int[] alpha = base.alpha().clone();
        for (int i = 1; i < hatched.length; i++) {
            hatched[i] = i % 2 == 0;
            alpha[i] = i % 3 == 0 ? 150 : 256;
        }
        return new RasterPalette(base.fill(), hatched, alpha, base.hatchLine(), base.border());
    }

    @Test
    void highDetailFromProvinceZoomAndFramesAreReused() {
        RasterView v = national(1.6);
        RasterFrame frame = RENDERER.render(v, null);
        assertEquals(Detail.HIGH, frame.detail());
        long first = frame.generation();
        RasterFrame again = RENDERER.render(national(1.7), frame);
        assertTrue(again == frame && frame.generation() != first, "a frame of the same size is drawn again");
        assertNotEquals(frame, RENDERER.render(new RasterView(v.zoom(), 0, 0, 10, 10, 1), frame), "other sizes get a new one");
    }

    @Test
    void aViewDrawnAgainAfterOthersIsTheSamePicture() {
        // The renderer refills its paths and line lists from drawing to drawing: nothing of one view may
        // leak into the next.
        RasterView v = national(0);
        RasterFrame first = RENDERER.render(v, null);
        int[] base = first.basePixels().clone();
        byte[] ids = first.ids().clone();
        byte[] edges = first.edges().clone();
        RENDERER.render(national(1.6), null);
        RENDERER.render(new RasterView(v.zoom(), v.originX() + 300, v.originY() - 200, 700, 500, 1), null);
        RasterFrame again = RENDERER.render(v, null);
        assertArrayEquals(base, again.basePixels(), "basemap and land borders");
        assertArrayEquals(ids, again.ids(), "regions");
        assertArrayEquals(edges, again.edges(), "region borders");
    }
}
