package org.priorityatlas.map;

import java.util.Arrays;

/**
 * Every pixel of one drawing of a {@link RasterFrame} in a palette's colours without the hatch: what a zoom
 * step's compose would otherwise colour row by row in its layout pass ({@link RasterComposer#colourFrame}).
 *
 * @param pixels     premultiplied ARGB, the frame's size, row by row
 * @param generation the frame's {@link RasterFrame#generation} when coloured
 */
record ColouredFrame(int[] pixels, RasterFrame frame, long generation, RasterPalette palette) {
    /** Whether these are {@code f}'s pixels as now drawn, in {@code p}'s colours (the hatch aside). */
    boolean holds(RasterFrame f, RasterPalette p) {
        return f == frame && f.generation() == generation && p.border() == palette.border()
                && Arrays.equals(p.fill(), palette.fill()) && Arrays.equals(p.alpha(), palette.alpha());
    }
}
