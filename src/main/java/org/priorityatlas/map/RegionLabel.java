package org.priorityatlas.map;

import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * A region's label on the map: text with a halo so it reads on any fill, an optional chip for the
 * leading sector family, and for tiny regions a leader line to a callout beside the shape.
 */
final class RegionLabel extends Group {
    private final Text halo = new Text();
    private final Text text = new Text();
    private final Circle chip = new Circle(4.5);
    private final Line leader = new Line();
    private final double calloutDx;
    private final double calloutDy;
    private double pixelScale = 1;

    RegionLabel(double calloutDx, double calloutDy) {
        this.calloutDx = calloutDx;
        this.calloutDy = calloutDy;
        for (Text t : new Text[]{halo, text}) {
            t.setTextOrigin(VPos.CENTER);
            t.setTextAlignment(TextAlignment.CENTER);
            t.getStyleClass().add("map-label");
        }
        halo.getStyleClass().add("map-label-halo");
        halo.setStrokeLineJoin(StrokeLineJoin.ROUND);
        chip.getStyleClass().add("map-chip");
        leader.getStyleClass().add("map-leader");
        leader.setVisible(isCallout());
        chip.setVisible(false);
        getChildren().addAll(leader, halo, text, chip);
    }

    /**
     * Scales type, halo, chip, leader and callout offset by {@code u} for a figure drawn larger than the
     * screen. Inline styles win over the stylesheet, so at u = 1 they are cleared: the window keeps the
     * stylesheet's look, including presentation mode's larger type.
     */
    void setPixelScale(double u) {
        pixelScale = u;
        boolean plain = u == 1;
        String size = plain ? "" : "-fx-font-size: " + 12 * u + "px;";
        text.setStyle(size);
        halo.setStyle(plain ? "" : size + " -fx-stroke-width: " + 3.2 * u + "px;");
        chip.setStyle(plain ? "" : "-fx-stroke-width: " + 1.5 * u + ";");
        leader.setStyle(plain ? "" : "-fx-stroke-width: " + u + ";");
        chip.setRadius(4.5 * u);
    }

    boolean isCallout() {
        return calloutDx != 0 || calloutDy != 0;
    }

    void setText(String value) {
        halo.setText(value);
        text.setText(value);
    }

    String text() {
        return text.getText();
    }

    void setChip(String color) {
        chip.setVisible(color != null);
        if (color != null) {
            chip.setFill(Color.web(color));
        }
    }

    /**
     * Places the label for a region whose label point is at (x, y) on screen. The parts are laid out
     * around the label point once per text; moving the label only translates the group, by whole pixels,
     * so a cached label is re-used while the map pans instead of re-rendering its text and halo.
     */
    void place(double x, double y) {
        double cx = calloutDx * pixelScale;
        double cy = calloutDy * pixelScale;
        Bounds b = text.getLayoutBounds();
        double left = Math.round(cx - b.getWidth() / 2);
        double baseline = Math.round(cy - b.getHeight() / 2 - b.getMinY());
        for (Text t : new Text[]{halo, text}) {
            t.setLayoutX(left);
            t.setLayoutY(baseline);
        }
        chip.setCenterX(left - 7 * pixelScale);
        chip.setCenterY(cy);
        leader.setEndX(cx - Math.signum(calloutDx) * b.getWidth() / 2);
        leader.setEndY(cy);
        setTranslateX(Math.round(x));
        setTranslateY(Math.round(y));
    }

    /** The screen rectangle the text occupies (for collision tests), after {@link #place}. */
    Bounds textBounds() {
        return localToParent(text.getBoundsInParent());
    }
}
