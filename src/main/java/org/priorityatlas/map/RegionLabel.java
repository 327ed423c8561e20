package org.priorityatlas.map;

import javafx.geometry.BoundingBox;
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
 * A region's label on the map: the name and an optional count ("· 8"), each with a halo so it reads on any
 * fill, an optional chip for the leading sector family, and for tiny regions a leader line to a callout
 * beside the shape. The name with its halo is cached as one bitmap, and so is the count with its halo: a
 * halo, a stroked outline, is by far the costliest thing to draw on a software renderer, while the map pans
 * a label only moves by whole pixels, and one bitmap per part halves what each frame copies (34 labels drew
 * 136 bitmaps a frame; pulse logger). The count is a part of its own, so switching between the overview
 * and a sector redraws "· 8", not every name.
 */
final class RegionLabel extends Group {
    private final Text halo = new Text();
    private final Text text = new Text();
    private final Text suffixHalo = new Text();
    private final Text suffix = new Text();
    private final Group name = new Group(halo, text);
    private final Group after = new Group(suffixHalo, suffix);
    private final Circle chip = new Circle(4.5);
    private final Line leader = new Line();
    private final boolean callout;
    private double calloutDx;
    private double calloutDy;
    private double pixelScale = 1;
    private String chipColor;

    RegionLabel(double calloutDx, double calloutDy) {
        this.callout = calloutDx != 0 || calloutDy != 0;
        this.calloutDx = calloutDx;
        this.calloutDy = calloutDy;
        for (Text t : texts()) {
            t.setTextOrigin(VPos.CENTER);
            t.setTextAlignment(TextAlignment.CENTER);
            t.getStyleClass().add("map-label");
        }
        name.setCache(true);
        after.setCache(true);
        for (Text h : new Text[]{halo, suffixHalo}) {
            h.getStyleClass().add("map-label-halo");
            h.setStrokeLineJoin(StrokeLineJoin.ROUND);
        }
        chip.getStyleClass().add("map-chip");
        leader.getStyleClass().add("map-leader");
        leader.setVisible(isCallout());
        chip.setVisible(false);
        getChildren().addAll(leader, name, after, chip);
    }

    /** Called when the name's or the count's size changes, whatever changed it (text, font, style). */
    void setOnTextResized(Runnable onResized) {
        text.layoutBoundsProperty().addListener(o -> onResized.run());
        suffix.layoutBoundsProperty().addListener(o -> onResized.run());
    }

    private Text[] texts() {
        return new Text[]{halo, text, suffixHalo, suffix};
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
        String haloStyle = plain ? "" : size + " -fx-stroke-width: " + 3.2 * u + "px;";
        text.setStyle(size);
        suffix.setStyle(size);
        halo.setStyle(haloStyle);
        suffixHalo.setStyle(haloStyle);
        chip.setStyle(plain ? "" : "-fx-stroke-width: " + 1.5 * u + ";");
        leader.setStyle(plain ? "" : "-fx-stroke-width: " + u + ";");
        chip.setRadius(4.5 * u);
    }

    boolean isCallout() {
        return callout;
    }

    /** Moves a callout label to another spot beside its region (taking effect at the next {@link #place}). */
    void setCalloutOffset(double dx, double dy) {
        calloutDx = dx;
        calloutDy = dy;
    }

    /**
     * The name, and a suffix such as " · 8" drawn after it (empty for none). An emptied suffix is made fully
     * transparent, not cleared nor made invisible: going from a sector back to the overview then shows the
     * same cached " · 8" again instead of drawing every label's count and halo anew in that frame (a text
     * made visible again had its cached bitmap drawn anew: 26 of them in each overview frame, pulse logger).
     * The renderer skips fully transparent nodes.
     */
    void setText(String label, String count) {
        halo.setText(label);
        text.setText(label);
        boolean hasSuffix = !count.isEmpty();
        if (hasSuffix) {
            suffixHalo.setText(count);
            suffix.setText(count);
        }
        after.setOpacity(hasSuffix ? 1 : 0);
    }

    private boolean hasSuffix() {
        return after.getOpacity() > 0;
    }

    /**
     * Only a new colour is set: every layout pass sets the chips again, and a fill set anew, even an equal
     * one, marks the chip for repainting. Each pulse while a zoom settled then repainted the box around all
     * the chips (906×765 px, 6 frames after every zoom step; pulse logger).
     */
    void setChip(String color) {
        chip.setVisible(color != null);
        if (color != null && !color.equals(chipColor)) {
            chipColor = color;
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
        double nameWidth = Math.round(b.getWidth());
        // Both sizes are read, so that a later change of either is reported (setOnTextResized).
        double suffixWidth = suffix.getLayoutBounds().getWidth();
        double width = nameWidth + (hasSuffix() ? suffixWidth : 0);
        double left = Math.round(cx - width / 2);
        double baseline = Math.round(cy - b.getHeight() / 2 - b.getMinY());
        name.setLayoutX(left);
        name.setLayoutY(baseline);
        after.setLayoutX(left + nameWidth);
        after.setLayoutY(baseline);
        chip.setCenterX(left - 7 * pixelScale);
        chip.setCenterY(cy);
        leader.setEndX(cx - Math.signum(calloutDx) * width / 2);
        leader.setEndY(cy);
        setTranslateX(Math.round(x));
        setTranslateY(Math.round(y));
    }

    /**
     * About the rectangle the texts and the dot would occupy were the label placed at (x, y) without a callout
     * offset, without moving it (a pixel or so off the placed one): the spot a region's name will want. The
     * radius is already scaled by {@link #setPixelScale}; the dot's distance from the name is not.
     */
    Bounds spotAt(double x, double y) {
        Bounds b = text.getLayoutBounds();
        double width = Math.round(b.getWidth()) + (hasSuffix() ? suffix.getLayoutBounds().getWidth() : 0);
        double chipReach = chip.isVisible() ? 7 * pixelScale + chip.getRadius() : 0;
        return new BoundingBox(Math.round(x) - width / 2 - chipReach, Math.round(y) - b.getHeight() / 2,
                width + chipReach, b.getHeight());
    }

    /**
     * The screen rectangle the label claims among its neighbours, after {@link #place}: its texts and, when
     * shown, its chip. Without the chip a dot touched a neighbour's name (Henan's beside "Shaanxi" at 1280×800).
     */
    Bounds claimedBounds() {
        Bounds texts = textBounds();
        if (!chip.isVisible()) {
            return texts;
        }
        return union(texts, localToParent(chip.getBoundsInParent()));
    }

    /** The screen rectangle the texts occupy, after {@link #place}. */
    Bounds textBounds() {
        Bounds label = nameBounds();
        if (!hasSuffix()) {
            return label;
        }
        return union(label, countBounds());
    }

    private static Bounds union(Bounds a, Bounds b) {
        double minX = Math.min(a.getMinX(), b.getMinX());
        double minY = Math.min(a.getMinY(), b.getMinY());
        return new BoundingBox(minX, minY, Math.max(a.getMaxX(), b.getMaxX()) - minX,
                Math.max(a.getMaxY(), b.getMaxY()) - minY);
    }

    /** Where the name is drawn, in the parent's coordinates. */
    Bounds nameBounds() {
        return localToParent(name.localToParent(text.getBoundsInParent()));
    }

    /** Where the count is drawn, in the parent's coordinates (transparent when there is none). */
    Bounds countBounds() {
        return localToParent(after.localToParent(suffix.getBoundsInParent()));
    }

    /** The chip's colour as last set, or null. */
    javafx.scene.paint.Paint chipFill() {
        return chip.isVisible() ? chip.getFill() : null;
    }
}
