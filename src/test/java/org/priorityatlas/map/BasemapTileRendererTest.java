package org.priorityatlas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BasemapTileRendererTest {
    private static BasemapTileRenderer renderer;

    @BeforeAll
    static void load() {
        renderer = new BasemapTileRenderer();
    }

    private static int rgb(int zoom, double lon, double lat) {
        TilePixels t = TilePixels.containing(zoom, lon, lat);
        BufferedImage image = renderer.render(zoom, t.x(), t.y());
        assertEquals(256, image.getWidth());
        return image.getRGB(t.px(lon), t.py(lat)) & 0xFFFFFF;
    }

    @Test
    void colours() {
        for (int zoom : new int[] {3, 4, 6, 9}) {
            assertEquals(hex(BasemapTileRenderer.CHINA), hex(rgb(zoom, 103.0, 38.0)), "Gansu at z" + zoom);
            assertEquals(hex(BasemapTileRenderer.LAND), hex(rgb(zoom, 103.0, 46.5)), "Mongolia at z" + zoom);
            assertEquals(hex(BasemapTileRenderer.SEA), hex(rgb(zoom, 111.5, 13.5)), "South China Sea at z" + zoom);
        }
        assertEquals(hex(BasemapTileRenderer.CHINA), hex(rgb(12, 114.17, 22.32)), "Kowloon at z12");
    }

    @Test
    void rowsOutsideTheWorldAreSeaAndColumnsWrap() {
        BufferedImage outside = renderer.render(4, 12, 16);
        assertEquals(hex(BasemapTileRenderer.SEA), hex(outside.getRGB(128, 128) & 0xFFFFFF));
        BufferedImage wrapped = renderer.render(4, 12 - 16, 6);
        BufferedImage plain = renderer.render(4, 12, 6);
        assertEquals(plain.getRGB(100, 100), wrapped.getRGB(100, 100));
    }

    private static String hex(Color c) {
        return hex(c.getRGB() & 0xFFFFFF);
    }

    private static String hex(int rgb) {
        return String.format("#%06X", rgb);
    }
}
