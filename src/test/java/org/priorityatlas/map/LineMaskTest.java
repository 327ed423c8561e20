package org.priorityatlas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LineMaskTest {
    private static int at(byte[] mask, int w, int x, int y) {
        return mask[y * w + x] & 0xFF;
    }

    @Test
    void aHorizontalLineCoversItsWidth() {
        byte[] mask = new byte[20 * 20];
        new LineMask(mask, 20, 0, 20, 0.8).segment(2, 10.5, 18, 10.5);
        assertEquals(204, at(mask, 20, 10, 10), "0.8 of a pixel");
        assertEquals(0, at(mask, 20, 10, 9));
        assertEquals(0, at(mask, 20, 10, 11));
    }

    @Test
    void aLineBetweenRowsIsSplitBetweenThem() {
        byte[] mask = new byte[20 * 20];
        new LineMask(mask, 20, 0, 20, 1.0).segment(2, 10.0, 18, 10.0);
        assertEquals(128, at(mask, 20, 10, 9), 1);
        assertEquals(128, at(mask, 20, 10, 10), 1);
    }

    @Test
    void meetingLinesTakeTheMaximumNotTheSum() {
        byte[] mask = new byte[20 * 20];
        LineMask lines = new LineMask(mask, 20, 0, 20, 0.8);
        lines.segment(2, 10.5, 18, 10.5);
        lines.segment(2, 10.5, 18, 10.5);
        assertEquals(204, at(mask, 20, 10, 10));
    }

    @Test
    void diagonalLinesKeepTheirWidth() {
        byte[] mask = new byte[40 * 40];
        new LineMask(mask, 40, 0, 40, 0.8).segment(5, 5, 35, 35);
        int column = 0;
        for (int y = 0; y < 40; y++) {
            column += at(mask, 40, 20, y);
        }
        // Across a 45° line, a column holds 0.8 * sqrt(2) pixels of coverage.
        assertEquals(0.8 * Math.sqrt(2) * 255, column, 8);
    }

    @Test
    void onlyTheBandsRowsAreTouched() {
        byte[] mask = new byte[20 * 20];
        new LineMask(mask, 20, 0, 10, 0.8).segment(10.5, 0, 10.5, 20);
        for (int y = 0; y < 20; y++) {
            assertTrue(y < 10 ? at(mask, 20, 10, y) > 0 : at(mask, 20, 10, y) == 0, "row " + y);
        }
    }

    @Test
    void blendingPaintsTheCoverageAndClearsTheMask() {
        byte[] mask = new byte[20 * 20];
        int[] pixels = new int[20 * 20];
        java.util.Arrays.fill(pixels, 0xFF000000);
        LineMask lines = new LineMask(mask, 20, 0, 20, 1.0);
        lines.segment(2, 10.5, 18, 10.5);
        lines.blendInto(pixels, 0xFFFFFF);
        assertEquals(0xFFFFFFFF, pixels[10 * 20 + 10]);
        assertEquals(0xFF000000, pixels[9 * 20 + 10]);
        assertEquals(0, at(mask, 20, 10, 10), "the mask is free for the next layer");
    }
}
