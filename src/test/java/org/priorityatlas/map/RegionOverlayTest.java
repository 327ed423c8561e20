package org.priorityatlas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.priorityatlas.dataset.Claim;
import org.priorityatlas.dataset.Dataset;
import org.priorityatlas.dataset.DocumentInfo;
import org.priorityatlas.dataset.Sentence;
import org.priorityatlas.dataset.Taxonomy;
import org.priorityatlas.explore.AtlasIndex;
import org.priorityatlas.geo.ProjectedGeodata;
import org.priorityatlas.testing.Fx;

/** The labels over the map: placed for the view and their text, and left alone when neither changed. */
class RegionOverlayTest {
    private static final double ZOOM = 4;

    @BeforeAll
    static void toolkit() throws InterruptedException {
        Fx.start();
    }

    @Test
    void labelsArePlacedAgainWhenTheStylesheetEnlargesTheirText() throws Exception {
        Fx.call(() -> {
            Pane root = scene();
            RegionOverlay overlay = (RegionOverlay) root.getChildren().get(0);
            RegionLabel jiangsu = overlay.label("CN-JS");
            double before = jiangsu.nameBounds().getWidth();
            // Presentation mode's stylesheet sets 20 px bold labels; the view stays where it is.
            root.getStyleClass().add("presentation");
            root.applyCss();
            root.layout();
            overlay.layout(ZOOM, 0, 0);
            Bounds name = jiangsu.nameBounds();
            Bounds count = jiangsu.countBounds();
            assertTrue(name.getWidth() > before * 1.4, "the name is larger: " + name.getWidth() + " against " + before);
            assertTrue(count.getMinX() >= name.getMaxX() - 1,
                    "the count follows the enlarged name instead of overlapping it: " + count + " after " + name);
            return null;
        });
    }

    @Test
    void movingTheMapMovesTheLabelsWithoutSettingTheirChipsAgain() throws Exception {
        Fx.call(() -> {
            Pane root = scene();
            RegionOverlay overlay = (RegionOverlay) root.getChildren().get(0);
            RegionLabel jiangsu = overlay.label("CN-JS");
            Object chip = jiangsu.chipFill();
            Bounds at = jiangsu.nameBounds();
            overlay.layout(ZOOM, 30, 20);
            assertNotNull(chip, "Jiangsu has a priority, so a chip");
            // A chip's fill set anew, even to an equal colour, has the chip painted again in the next frame.
            assertSame(chip, jiangsu.chipFill());
            assertEquals(at.getMinX() + 30, jiangsu.nameBounds().getMinX(), 0.01);
            assertEquals(at.getMinY() + 20, jiangsu.nameBounds().getMinY(), 0.01);
            return null;
        });
    }

    @Test
    void inASectorsViewItsRegionsKeepTheirNamesWhereLabelsCollide() throws Exception {
        // Presentation mode's type: Guangxi's name, a larger shape with other priorities, and Hong Kong's
        // callout (two lines with Chinese names, on a projector's 1280×800) can reach into Guangdong's spot.
        for (LabelMode mode : List.of(LabelMode.ENGLISH, LabelMode.BOTH)) {
            for (int[] size : new int[][] {{1920, 1080}, {1280, 800}}) {
                Fx.call(() -> {
                    RegionOverlay overlay = styled(true, size[0], size[1],
                            Colouring.of(atlas(), Optional.of(Taxonomy.load().sector("ai").orElseThrow())), mode);
                    // Zooms around the national view: at some the names compete for the same spot.
                    double fit = ChinaExtent.fitZoom(size[0], size[1]);
                    for (double zoom = fit - 1.0; zoom <= fit + 0.2; zoom += 0.05) {
                        showChina(overlay, zoom, size[0], size[1]);
                        assertTrue(overlay.label("CN-GD").isVisible(), "Guangdong prioritises AI: its name is shown at zoom "
                                + zoom + ", " + mode + ", " + size[0] + "×" + size[1]);
                    }
                    return null;
                });
            }
        }
    }

    /**
     * In presentation type on a 1280×800 projector, Guangdong's name (three priorities) gave way to Fujian's
     * (none) and Guangxi's (one) in a sector none of them prioritises (marine, in the bundled data): the
     * larger shape won. Where neither names the sector, the region with more priorities now wins the spot.
     */
    @Test
    void aRegionWithMorePrioritiesKeepsItsName() throws Exception {
        Fx.call(() -> {
            List<Claim> claims = new java.util.ArrayList<>();
            for (String sector : List.of("ai", "semiconductors", "nev")) {
                claims.add(new Claim("CN-GD", sector, List.of("d#0"), List.of("AI"), List.of()));
            }
            claims.add(new Claim("CN-GX", "robotics", List.of("d#0"), List.of("robots"), List.of()));
            RegionOverlay overlay = styled(true, 1280, 800,
                    Colouring.of(atlas(claims), Taxonomy.load().sector("marine")), LabelMode.ENGLISH);
            for (double zoom = 3.5; zoom <= 4.2; zoom += 0.05) {
                showChina(overlay, zoom, 1280, 800);
                assertTrue(overlay.label("CN-GD").isVisible(), "Guangdong's name at zoom " + zoom);
            }
            return null;
        });
    }

    /**
     * Macao's callout pointed south-west, onto Hainan: in a window at 1280×800 it sat on the island, whose
     * own name was then left out, and where Hainan is named (marine here) Macao's was left out instead. At
     * the zooms around the national view neither name gives way to the other, in the window's type in every
     * label language and in presentation type in English or Chinese (presentation type's two-line names
     * leave no room there for Hainan's, Hong Kong's and Macao's together); and from half a level below it no
     * callout lies on another region's label point (Tianjin's had reached Liaoning's in presentation type).
     */
    @Test
    void calloutsLeaveOtherRegionsTheirNames() throws Exception {
        for (boolean presenting : new boolean[] {false, true}) {
            for (LabelMode mode : LabelMode.values()) {
                for (String sector : new String[] {"ai", "marine", null}) {
                    for (int[] size : new int[][] {{1920, 1080}, {1280, 800}, {1024, 768}}) {
                        Fx.call(() -> {
                            checkCallouts(presenting, mode, sector, size[0], size[1]);
                            return null;
                        });
                    }
                }
            }
        }
    }

    /**
     * A label's dot (the overview's leading sector family) is part of the room it claims: in crowded views a
     * neighbour's name was placed against the dot or over it. In the overview, no two labels shown overlap,
     * dots included, in the window's and presentation type, at three window sizes and around the national view.
     */
    @Test
    void noNameLiesOnAnotherLabelsDot() throws Exception {
        for (boolean presenting : new boolean[] {false, true}) {
            for (int[] size : new int[][] {{1920, 1080}, {1280, 800}, {1024, 768}}) {
                Fx.call(() -> {
                    RegionOverlay overlay = styled(presenting, size[0], size[1], Colouring.of(atlas(), Optional.empty()),
                            LabelMode.ENGLISH);
                    double fit = ChinaExtent.fitZoom(size[0] * 0.66, size[1]);
                    for (double zoom = fit - 0.5; zoom <= fit + 1.0; zoom += 0.05) {
                        showChina(overlay, zoom, size[0], size[1]);
                        List<String> shown = ProjectedGeodata.bundled().regions().stream().map(r -> r.id())
                                .filter(id -> overlay.label(id).isVisible()).toList();
                        for (String a : shown) {
                            for (String b : shown) {
                                assertFalse(!a.equals(b) && overlay.label(a).claimedBounds()
                                                .intersects(overlay.label(b).claimedBounds()),
                                        a + " and " + b + " overlap at zoom " + zoom + ", " + size[0] + "×" + size[1]
                                                + (presenting ? ", presentation" : ""));
                            }
                        }
                    }
                    return null;
                });
            }
        }
    }

    private static void checkCallouts(boolean presenting, LabelMode mode, String sector, int width, int height) {
        RegionOverlay overlay = styled(presenting, width, height,
                Colouring.of(atlas(), Optional.ofNullable(sector).flatMap(Taxonomy.load()::sector)), mode);
        // China fills about two thirds of the map's width in the window, less beside the presentation caption.
        double fit = ChinaExtent.fitZoom(width * 0.66, height);
        String at = (presenting ? "presentation, " : "window, ") + mode + ", " + sector + ", " + width + "×" + height;
        for (double zoom = fit - 0.5; zoom <= fit + 1.5; zoom += 0.05) {
            showChina(overlay, zoom, width, height);
            for (String callout : List.of("CN-BJ", "CN-TJ", "CN-SH", "CN-HK", "CN-MO")) {
                if (!overlay.label(callout).isVisible()) {
                    continue;
                }
                Bounds box = overlay.label(callout).textBounds();
                for (String other : List.of("CN-HI", "CN-GD", "CN-GX", "CN-HE", "CN-JS", "CN-ZJ", "CN-LN", "CN-TW")) {
                    assertFalse(box.contains(overlay.screenPoint(other).orElseThrow()),
                            callout + "'s callout lies on " + other + "'s label point at zoom " + zoom + ", " + at);
                }
            }
            if (zoom >= fit - 0.3 && zoom <= fit + 0.5 && !(presenting && mode == LabelMode.BOTH)) {
                assertTrue(overlay.label("CN-HI").isVisible(), "Hainan's name at zoom " + zoom + ", " + at);
                assertTrue(overlay.label("CN-MO").isVisible(), "Macao's name at zoom " + zoom + ", " + at);
            }
        }
    }

    /** An overlay styled in a scene of {@code width × height}, in the window's or presentation type. */
    private static RegionOverlay styled(boolean presenting, int width, int height, Colouring colouring, LabelMode mode) {
        RegionOverlay overlay = new RegionOverlay(ProjectedGeodata.bundled().regions(), Map.of());
        Pane root = new Pane(overlay);
        if (presenting) {
            root.getStyleClass().add("presentation");
        }
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().addAll(stylesheet("atlas.css"), stylesheet("presentation.css"));
        overlay.setColouring(colouring);
        overlay.setLabelMode(mode);
        root.applyCss();
        root.layout();
        return overlay;
    }

    /** Lays the overlay out with China's centre in the middle of a {@code width × height} view. */
    private static void showChina(RegionOverlay overlay, double zoom, int width, int height) {
        double s = Math.pow(2, zoom);
        overlay.layout(zoom, width / 2.0 - ChinaExtent.centreX() * s, height / 2.0 - ChinaExtent.centreY() * s);
    }

    /** The overview (Jiangsu has one priority) in a styled scene, laid out at zoom 4. */
    private static Pane scene() {
        RegionOverlay overlay = new RegionOverlay(ProjectedGeodata.bundled().regions(), Map.of());
        Pane root = new Pane(overlay);
        Scene scene = new Scene(root, 800, 600);
        scene.getStylesheets().addAll(stylesheet("atlas.css"), stylesheet("presentation.css"));
        overlay.setColouring(Colouring.of(atlas(), Optional.empty()));
        root.applyCss();
        root.layout();
        overlay.layout(ZOOM, 0, 0);
        return root;
    }

    private static String stylesheet(String name) {
        return RegionOverlayTest.class.getResource("/styles/" + name).toExternalForm();
    }

    private static AtlasIndex atlas() {
        return atlas(List.of(new Claim("CN-JS", "ai", List.of("d#0"), List.of("AI"), List.of()),
                new Claim("CN-GD", "ai", List.of("d#0"), List.of("AI"), List.of()),
                new Claim("CN-GX", "marine", List.of("d#0"), List.of("sea"), List.of()),
                new Claim("CN-HI", "marine", List.of("d#0"), List.of("sea"), List.of())));
    }

    private static AtlasIndex atlas(List<Claim> claims) {
        Taxonomy taxonomy = Taxonomy.load();
        var docs = List.of(new DocumentInfo("d", "d.txt", "T", "O", "2025", "15th-fyp", null, "en", "h"));
        var sentences = List.of(new Sentence("d#0", "d", 0, 10, "Jiangsu AI.", "body"));
        return AtlasIndex.of(new Dataset(1, docs, taxonomy.regionsWithNational(), taxonomy.sectors(), sentences, claims));
    }
}
