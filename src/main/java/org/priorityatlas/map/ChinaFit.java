package org.priorityatlas.map;

import javafx.geometry.Bounds;
import javafx.geometry.Insets;

/**
 * The view that shows all of China in a map of a given size: its zoom and the world point (fractions of
 * the world's width and height) at the map's centre, where Gluon's map view puts its centre.
 */
record ChinaFit(double zoom, double centreX, double centreY) {
    static final double MIN_ZOOM = 2.5;
    static final double MAX_ZOOM = 10;
    private static final double WORLD = 256;
    /** Halvings of the search for the least room an overlay needs: under a pixel for any legend. */
    private static final int SEARCH_STEPS = 12;

    /** The zoom that fits China into width × height, a little inside so its coasts do not touch the edge. */
    private static double zoomFor(double width, double height) {
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, ChinaExtent.fitZoom(width, height) - 0.03));
    }

    /** China centred in the part of a width × height map that the insets leave. */
    static ChinaFit within(double width, double height, Insets insets) {
        double w = Math.max(width - insets.getLeft() - insets.getRight(), 200);
        double h = Math.max(height - insets.getTop() - insets.getBottom(), 200);
        double zoom = zoomFor(w, h);
        double worldPx = WORLD * Math.pow(2, zoom);
        return new ChinaFit(zoom,
                ChinaExtent.centreX() / WORLD + (insets.getRight() - insets.getLeft()) / 2 / worldPx,
                ChinaExtent.centreY() / WORLD + (insets.getBottom() - insets.getTop()) / 2 / worldPx);
    }

    /**
     * As {@link #within}, but with no region under {@code clear}, a box along the map's top edge (the
     * legend's room): China moves down into the room below it, and is made smaller only as far as
     * that room is short. A box over empty land or sea changes nothing.
     */
    static ChinaFit clearOf(double width, double height, Insets insets, Bounds clear, Skyline skyline) {
        ChinaFit fit = within(width, height, insets);
        if (clear == null || clear.isEmpty() || !fit.covers(clear, width, height, skyline)) {
            return fit;
        }
        // With the whole box's height added to the top inset China lies below it; search for the least.
        double enough = clear.getMaxY();
        double notEnough = 0;
        for (int i = 0; i < SEARCH_STEPS; i++) {
            double mid = (notEnough + enough) / 2;
            if (within(width, height, lower(insets, mid)).covers(clear, width, height, skyline)) {
                notEnough = mid;
            } else {
                enough = mid;
            }
        }
        return within(width, height, lower(insets, enough));
    }

    private static Insets lower(Insets insets, double extraTop) {
        return new Insets(insets.getTop() + extraTop, insets.getRight(), insets.getBottom(), insets.getLeft());
    }

    /** Whether any region lies under {@code box} (map pixels) in this view of a width × height map. */
    boolean covers(Bounds box, double width, double height, Skyline skyline) {
        double worldPx = WORLD * Math.pow(2, zoom);
        double fromX = ((box.getMinX() - width / 2) / worldPx + centreX) * WORLD;
        double toX = ((box.getMaxX() - width / 2) / worldPx + centreX) * WORLD;
        double north = skyline.northmost(fromX, toX);
        return Double.isFinite(north) && (north / WORLD - centreY) * worldPx + height / 2 < box.getMaxY();
    }
}
