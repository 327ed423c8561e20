package org.priorityatlas.export;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.priorityatlas.explore.ClaimView;
import org.priorityatlas.map.LegendEntry;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PNG figures, read back with the JDK's own decoder (which also proves the encoder writes valid PNG). */
class PngExportTest {
    private static final String SECTOR = "semiconductors";
    @TempDir
    Path dir;

    @Test
    void fullHdFigureHasItsSizeAndTheSectorColourInsideItsRegions() throws Exception {
        FigureRequest request = FigureFixture.request(SECTOR, 1600, 900, false);
        BufferedImage png = export(request);
        assertEquals(1600, png.getWidth());
        assertEquals(900, png.getHeight());
        MapFigure figure = Exporter.figure(request);
        List<ClaimView> claims = FigureFixture.ATLAS.claimsFor(SECTOR);
        assertFalse(claims.isEmpty(), "the bundled dataset names regions for " + SECTOR);
        for (ClaimView claim : claims) {
            String id = claim.region().id();
            Point2D p = figure.shapes().screenPoint(id).orElseThrow();
            Color expected = (Color) figure.shapes().fillOf(id);
            // The label sits on the label point, so look for the fill around it, inside the region.
            assertTrue(count(png, expected, (int) p.getX() - 20, (int) p.getY() - 20, 41, 41) > 15,
                    id + " shows the sector colour " + expected + " near " + p);
        }
    }

    @Test
    void titleAndLegendAreDrawn() throws Exception {
        FigureRequest request = FigureFixture.request(SECTOR, 1600, 900, false);
        BufferedImage png = export(request);
        MapFigure figure = Exporter.figure(request);
        Bounds title = figure.lookup("#figure-title").getBoundsInParent();
        assertTrue(count(png, Color.web(MapFigure.INK), (int) title.getMinX(), (int) title.getMinY(),
                (int) title.getWidth(), (int) title.getHeight()) > 500, "the title's ink is in the title band");
        Bounds legend = figure.lookup("#figure-legend").getBoundsInParent();
        for (LegendEntry entry : FigureFixture.ATLAS.sector(SECTOR).map(s ->
                org.priorityatlas.map.Colouring.of(FigureFixture.ATLAS, java.util.Optional.of(s)).legend()).orElseThrow()) {
            if (!entry.hatched()) {
                assertTrue(count(png, Color.web(entry.color()), (int) legend.getMinX(), (int) legend.getMinY(),
                        (int) legend.getWidth(), (int) legend.getHeight()) > 100, "legend swatch " + entry.label());
            }
        }
    }

    @Test
    void fourKFigureHasExactlyFourKPixels() throws Exception {
        BufferedImage png = export(FigureFixture.request(null, 3840, 2160, false));
        assertEquals(3840, png.getWidth());
        assertEquals(2160, png.getHeight());
    }

    @Test
    void transparentFigureHasNoBackground() throws Exception {
        BufferedImage png = export(FigureFixture.request(SECTOR, 800, 450, false));
        assertEquals(0xFF, png.getRGB(2, 2) >>> 24, "opaque by default");
        BufferedImage clear = export(FigureFixture.request(SECTOR, 800, 450, true));
        assertEquals(0, clear.getRGB(2, 2) >>> 24, "transparent corner");
    }

    private BufferedImage export(FigureRequest request) throws Exception {
        Path file = dir.resolve("figure.png");
        Exporter.export(request, ExportFormat.PNG, file);
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "only the figure, no temporary file");
        }
        return ImageIO.read(file.toFile());
    }

    /** Pixels within the box whose colour is within 2/255 of {@code c} per channel. */
    static int count(BufferedImage image, Color c, int x0, int y0, int w, int h) {
        int n = 0;
        for (int y = Math.max(0, y0); y < Math.min(image.getHeight(), y0 + h); y++) {
            for (int x = Math.max(0, x0); x < Math.min(image.getWidth(), x0 + w); x++) {
                int rgb = image.getRGB(x, y);
                if (Math.abs((rgb >> 16 & 0xFF) - c.getRed() * 255) <= 2
                        && Math.abs((rgb >> 8 & 0xFF) - c.getGreen() * 255) <= 2
                        && Math.abs((rgb & 0xFF) - c.getBlue() * 255) <= 2) {
                    n++;
                }
            }
        }
        return n;
    }
}
