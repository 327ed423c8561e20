package org.priorityatlas.map;

import com.gluonhq.maps.MapLayer;

/**
 * The regions as a Gluon Maps layer: follows the map's zoom and pan by handing Gluon's transform to
 * {@link RegionShapes}, which moves and scales what it has already built.
 */
public final class RegionLayer extends MapLayer {
    private final RegionShapes shapes;

    public RegionLayer(RegionShapes shapes) {
        this.shapes = shapes;
        getChildren().add(shapes);
    }

    public RegionShapes shapes() {
        return shapes;
    }

    /** The current zoom of the map (fractional). */
    public double zoom() {
        return baseMap == null ? 0 : baseMap.zoom().get();
    }

    /** Zooms by {@code delta} levels keeping the screen point (px, py) fixed. */
    public void zoomAround(double delta, double px, double py) {
        if (baseMap != null) {
            baseMap.zoom(delta, px, py);
            markDirty();
        }
    }

    /** Moves the map content by (dx, dy) screen pixels. */
    public void panBy(double dx, double dy) {
        if (baseMap != null) {
            baseMap.moveX(-dx);
            baseMap.moveY(-dy);
            markDirty();
        }
    }

    @Override
    protected void layoutLayer() {
        if (baseMap != null) {
            // Whole pixels: the cached tiles, outlines and labels are then copied to the screen as they
            // are, not resampled, which in a software renderer is the difference between 4 and 30 ms.
            baseMap.setTranslateX(Math.rint(baseMap.getTranslateX()));
            baseMap.setTranslateY(Math.rint(baseMap.getTranslateY()));
            shapes.layout(zoom(), baseMap.getTranslateX(), baseMap.getTranslateY());
        }
    }
}
