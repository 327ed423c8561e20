package org.priorityatlas.map;

import java.util.List;

/**
 * The colours {@link RasterComposer} paints a frame with, by region index (1-based, as in the frame):
 * opaque fill, whether the fill is the "no data" hatch, and opacity out of 256 (the presentation
 * spotlight fades the other regions). Index 0 is "no region". Arrays are never modified after creation.
 */
record RasterPalette(int[] fill, boolean[] hatched, int[] alpha, int hatchLine, int border) {
    private static final int OPAQUE = 0xFF000000;

    /** The palette for {@code colouring} over regions in frame order, each at its {@code opacity} (0..1). */
    static RasterPalette of(List<String> regionIds, Colouring colouring, double[] opacity) {
        int n = regionIds.size() + 1;
        int[] fill = new int[n];
        boolean[] hatched = new boolean[n];
        int[] alpha = new int[n];
        for (int i = 1; i < n; i++) {
            String id = regionIds.get(i - 1);
            RegionFill f = colouring == null ? null : colouring.fill(id);
            hatched[i] = f != null && f.noData();
            fill[i] = OPAQUE | Palette.rgb(f == null ? Palette.NO_DATA : f.color());
            alpha[i] = (int) Math.round(256 * Math.max(0, Math.min(1, opacity[i - 1])));
        }
        return new RasterPalette(fill, hatched, alpha, OPAQUE | Palette.rgb(Palette.NO_DATA_HATCH),
                OPAQUE | Palette.rgb(Palette.BORDER));
    }
}
