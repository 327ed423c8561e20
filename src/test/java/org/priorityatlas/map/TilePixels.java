package org.priorityatlas.map;

import org.priorityatlas.geo.WebMercator;

/** Where a lon/lat falls in a slippy tile, for pixel assertions. */
record TilePixels(int zoom, long x, long y) {
    static TilePixels containing(int zoom, double lon, double lat) {
        double n = 1L << zoom;
        return new TilePixels(zoom, (long) (WebMercator.x(lon) * n), (long) (WebMercator.y(lat) * n));
    }

    int px(double lon) {
        return (int) ((WebMercator.x(lon) * (1L << zoom) - x) * BasemapTileRenderer.TILE_SIZE);
    }

    int py(double lat) {
        return (int) ((WebMercator.y(lat) * (1L << zoom) - y) * BasemapTileRenderer.TILE_SIZE);
    }
}
