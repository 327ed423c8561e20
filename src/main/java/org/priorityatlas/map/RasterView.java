package org.priorityatlas.map;

/**
 * The part of the Web Mercator world a raster covers, in device pixels. A point at world pixel (x, y) at
 * zoom 0 lies at raster pixel ({@code x * scale() - originX}, {@code y * scale() - originY}).
 *
 * @param zoom       Web Mercator zoom (fractional)
 * @param originX    world device pixel at zoom of the raster's left edge
 * @param originY    world device pixel at zoom of the raster's top edge
 * @param pixelScale device pixels per layout pixel (2 on a HiDPI screen)
 */
public record RasterView(double zoom, int originX, int originY, int width, int height, double pixelScale) {
    public RasterView {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("empty raster " + width + "x" + height);
        }
    }

    /** Device pixels per world pixel at zoom 0. */
    public double scale() {
        return Math.pow(2, zoom) * pixelScale;
    }

    public int pixels() {
        return width * height;
    }
}
