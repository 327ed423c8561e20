package org.priorityatlas.map;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.SVGPath;
import javafx.scene.transform.Affine;
import org.priorityatlas.dataset.LocalizedName;
import org.priorityatlas.geo.Detail;
import org.priorityatlas.geo.RegionOutline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * What is drawn over the region fills, in the window and in export figures alike: hover and selection
 * outlines, labels with halos, callouts and enlarged hit areas for tiny regions. Outlines are scaled by one
 * transform; {@link #layout} moves 34 labels and never touches a vertex. Labels are cached as bitmaps and
 * placed on whole pixels, so panning copies them instead of drawing text again.
 */
public final class RegionOverlay extends Group {
    private static final double HIT_RADIUS_PX = 9;
    /**
     * Screen offsets of callout labels for regions too small to hold their name, the first preferred. Macao's
     * two point south into the sea, the second past Hong Kong's name where that takes the first (presentation
     * type): pointing south-west, Macao's lay on Hainan, and one of the two names was left out. Tianjin's
     * points east over the Bohai, below Liaoning's name (RegionOverlayTest).
     */
    private static final Map<String, List<double[]>> CALLOUTS = Map.of(
            "CN-BJ", List.of(new double[]{-44, -26}), "CN-TJ", List.of(new double[]{48, 8}),
            "CN-SH", List.of(new double[]{50, 4}), "CN-HK", List.of(new double[]{40, 26}),
            "CN-MO", List.of(new double[]{28, 44}, new double[]{28, 76}));

    private final Affine transform = new Affine();
    private final SVGPath hoverOutline = outline("map-hover");
    private final SVGPath selectionHalo = outline("map-selection-halo");
    private final SVGPath selectionOutline = outline("map-selection");
    private final Group labelGroup = new Group();
    private final Group hitGroup = new Group();
    private final Map<String, RegionOutline> regions = new LinkedHashMap<>();
    private final Map<String, RegionLabel> labels = new LinkedHashMap<>();
    private final Map<String, Circle> hitAreas = new LinkedHashMap<>();
    private final Map<Detail, Map<String, String>> pathData = new EnumMap<>(Detail.class);
    private final Map<String, LocalizedName> names;
    private Colouring colouring;
    private LabelMode labelMode = LabelMode.ENGLISH;
    private String selected;
    private String hovered;
    private double pixelScale = 1;
    private double zoom = Double.NaN;
    private double tx;
    private double ty;
    /** The view's size, where known (0 otherwise): callouts are kept inside it. */
    private double viewWidth;
    private double viewHeight;
    /** Whether the labels are placed for the view and the texts as they are. */
    private boolean placed;
    private boolean relayingOut;
    private Consumer<String> onSelect = id -> { };
    private BiConsumer<String, Point2D> onHover = (id, p) -> { };

    public RegionOverlay(List<RegionOutline> outlines, Map<String, LocalizedName> names) {
        this.names = Map.copyOf(names);
        Group lines = new Group(hoverOutline, selectionHalo, selectionOutline);
        lines.getTransforms().add(transform);
        labelGroup.setPickOnBounds(false);
        getChildren().addAll(lines, labelGroup, hitGroup);
        for (RegionOutline r : outlines) {
            regions.put(r.id(), r);
            double[] offset = CALLOUTS.getOrDefault(r.id(), List.of(new double[]{0, 0})).get(0);
            RegionLabel label = new RegionLabel(offset[0], offset[1]);
            label.setOnTextResized(this::textResized);
            labels.put(r.id(), label);
            // Only callout labels take clicks: they are the big targets for tiny regions.
            label.setMouseTransparent(!label.isCallout());
            if (label.isCallout()) {
                wireEvents(label, r.id());
                hitGroup.getChildren().add(hitArea(r.id()));
            }
            labelGroup.getChildren().add(label);
        }
        pathData.put(Detail.LOW, new HashMap<>());
        pathData.put(Detail.HIGH, new HashMap<>());
    }

    private Circle hitArea(String id) {
        Circle c = new Circle(HIT_RADIUS_PX, Color.TRANSPARENT);
        c.getStyleClass().add("region-hit-area");
        c.setId(id + "-hit");
        hitAreas.put(id, c);
        wireEvents(c, id);
        return c;
    }

    /** Clicks select {@code id}; the pointer over the node hovers it. */
    void wireEvents(Node node, String id) {
        node.setOnMouseClicked(e -> {
            if (e.isStillSincePress()) {
                onSelect.accept(id);
            }
        });
        node.setOnMouseEntered(e -> hover(id, e));
        node.setOnMouseMoved(e -> onHover.accept(id, pointer(e)));
        node.setOnMouseExited(e -> hover(null, e));
    }

    private Point2D pointer(MouseEvent e) {
        return sceneToLocal(e.getSceneX(), e.getSceneY());
    }

    private void hover(String id, MouseEvent e) {
        setHovered(id);
        onHover.accept(id, id == null ? null : pointer(e));
    }

    private static SVGPath outline(String styleClass) {
        SVGPath p = new SVGPath();
        p.getStyleClass().add(styleClass);
        p.setFill(null);
        p.setMouseTransparent(true);
        return p;
    }

    public void setOnSelect(Consumer<String> onSelect) {
        this.onSelect = onSelect;
    }

    Consumer<String> onSelect() {
        return onSelect;
    }

    /** Called with the hovered region and the pointer in overlay coordinates, or (null, null) on exit. */
    public void setOnHover(BiConsumer<String, Point2D> onHover) {
        this.onHover = onHover;
    }

    BiConsumer<String, Point2D> onHover() {
        return onHover;
    }

    public void setColouring(Colouring colouring) {
        this.colouring = colouring;
        relayout();
    }

    public Colouring colouring() {
        return colouring;
    }

    public void setLabelMode(LabelMode mode) {
        this.labelMode = mode;
        relayout();
    }

    public void setSelected(String regionId) {
        this.selected = regions.containsKey(regionId) ? regionId : null;
        relayout();
    }

    public String selected() {
        return selected;
    }

    /** The region under the pointer (drawn with an outline), or null. */
    public void setHovered(String regionId) {
        String id = regions.containsKey(regionId) ? regionId : null;
        if (!java.util.Objects.equals(id, hovered)) {
            hovered = id;
            // Only the outline shows the hover: labels and hit areas stay where they are.
            if (!Double.isNaN(zoom)) {
                updateOutlines(RasterRenderer.detailFor(zoom), SvgPathData.scale(zoom));
            }
        }
    }

    /**
     * Draws outlines, labels, callouts and halos {@code u} times their screen size, for export figures
     * larger than the window (u = 1 is the window's look).
     */
    public void setPixelScale(double u) {
        this.pixelScale = u;
        labels.values().forEach(l -> l.setPixelScale(u));
        relayout();
    }

    double pixelScale() {
        return pixelScale;
    }

    /** The zoom of the last layout (fractional, Web Mercator levels). */
    public double zoom() {
        return zoom;
    }

    /** Where a region's label point is (overlay coordinates), for keyboard focus and tests. */
    public Optional<Point2D> screenPoint(String regionId) {
        RegionOutline r = regions.get(regionId);
        if (r == null || Double.isNaN(zoom)) {
            return Optional.empty();
        }
        return Optional.of(labelPoint(r, Math.pow(2, zoom)));
    }

    /** Where a region's label point is on screen at scale {@code s} (2^zoom) in the current view. */
    private Point2D labelPoint(RegionOutline r, double s) {
        return new Point2D(tx + s * r.labelX(), ty + s * r.labelY());
    }

    /** Where a region's callout label is drawn, if it has one (tiny regions). */
    public Optional<Point2D> calloutPoint(String regionId) {
        RegionLabel label = labels.get(regionId);
        if (label == null || !label.isCallout() || !label.isVisible()) {
            return Optional.empty();
        }
        Bounds b = label.textBounds();
        return Optional.of(new Point2D(b.getCenterX(), b.getCenterY()));
    }

    /** A region's label (for tests). */
    RegionLabel label(String regionId) {
        return labels.get(regionId);
    }

    /** SVG path data of a region's outline at a level of detail, made on first use. */
    String pathData(String regionId, Detail detail) {
        return pathData.get(detail).computeIfAbsent(regionId,
                id -> SvgPathData.rings(regions.get(id).outline(detail)));
    }

    /** The size of the view the overlay is drawn in: a callout label that would reach past its edge moves. */
    public void setViewSize(double width, double height) {
        if (width != viewWidth || height != viewHeight) {
            viewWidth = width;
            viewHeight = height;
            placed = false;
        }
    }

    /**
     * Lays the overlay out for a Web Mercator view: a point at world pixel (x, y) at zoom 0 is drawn at
     * (tx + 2^zoom * x, ty + 2^zoom * y).
     */
    public void layout(double zoom, double tx, double ty) {
        // The map's layer is laid out in every pulse while a zoom settles, and once more after each change
        // that already laid the labels out here: the same view needs no second placing.
        if (placed && zoom == this.zoom && tx == this.tx && ty == this.ty) {
            return;
        }
        this.zoom = zoom;
        this.tx = tx;
        this.ty = ty;
        relayout();
    }

    private void relayout() {
        if (Double.isNaN(zoom)) {
            return;
        }
        double s = Math.pow(2, zoom);
        double k = SvgPathData.scale(zoom);
        relayingOut = true;
        try {
            transform.setToTransform(k, 0, tx, 0, k, ty);
            updateOutlines(RasterRenderer.detailFor(zoom), k);
            layoutLabels(s);
            layoutHitAreas(s);
        } finally {
            relayingOut = false;
        }
        placed = true;
    }

    /**
     * A label's text changed size other than by {@link #relayout} (a stylesheet's font, as in presentation
     * mode, applied in the CSS pass): the labels are placed again in the layout pass that follows.
     */
    private void textResized() {
        if (!relayingOut) {
            placed = false;
            requestLayout();
        }
    }

    private void updateOutlines(Detail detail, double k) {
        hoverOutline.setVisible(hovered != null && !hovered.equals(selected));
        if (hovered != null) {
            hoverOutline.setContent(pathData(hovered, detail));
            hoverOutline.setStrokeWidth(2.2 * pixelScale / k);
        }
        selectionHalo.setVisible(selected != null);
        selectionOutline.setVisible(selected != null);
        if (selected != null) {
            String content = pathData(selected, detail);
            selectionHalo.setContent(content);
            selectionOutline.setContent(content);
            selectionHalo.setStrokeWidth(6 * pixelScale / k);
            selectionOutline.setStrokeWidth(2.6 * pixelScale / k);
        }
    }

    private void layoutLabels(double s) {
        List<String> order = new ArrayList<>(labels.keySet());
        // The selection first, then the regions that name what the map shows, then the callouts, then more
        // priorities before fewer, then the largest shapes: the names a reader needs win a contested spot. In
        // presentation mode's large type, Guangxi's name and Hong Kong's callout had hidden AI-prioritising
        // Guangdong's; in a sector Guangdong does not prioritise, Guangxi's (one priority) and Fujian's (none)
        // had hidden it (three).
        order.sort(Comparator.comparing((String id) -> !id.equals(selected))
                .thenComparing(id -> colouring == null || !colouring.fill(id).named())
                .thenComparing(id -> !labels.get(id).isCallout())
                .thenComparing(id -> colouring == null ? 0 : -colouring.fill(id).priorities())
                .thenComparing(id -> -regions.get(id).labelSize()));
        // The spots the names still to be placed want at their points: a callout keeps off them if it can.
        Map<String, Bounds> wanted = new HashMap<>();
        for (String id : order) {
            RegionLabel label = labels.get(id);
            RegionFill fill = colouring == null ? null : colouring.fill(id);
            label.setText(labelMode.label(regionName(id)),
                    fill != null && fill.count() > 0 ? " \u00B7 " + fill.count() : "");
            label.setChip(fill == null ? null : fill.chip());
            if (!label.isCallout()) {
                Point2D at = labelPoint(regions.get(id), s);
                wanted.put(id, label.spotAt(at.getX(), at.getY()));
            }
        }
        List<Bounds> placed = new ArrayList<>();
        for (String id : order) {
            RegionLabel label = labels.get(id);
            wanted.remove(id);
            boolean free = label.isCallout()
                    ? placeCallout(label, CALLOUTS.get(id), regions.get(id), s, placed, wanted.values())
                    : placeLabel(label, regions.get(id), s, placed);
            label.setVisible(free);
        }
    }

    /**
     * Tries the label at its point, then nudged up and down within the region's inscribed circle; keeps
     * the first spot that overlaps no label placed before it.
     */
    private boolean placeLabel(RegionLabel label, RegionOutline r, double s, List<Bounds> placed) {
        Point2D at = labelPoint(r, s);
        double nudge = Math.min(s * r.labelSize() * 0.6, 14);
        for (double dy : new double[]{0, -nudge, nudge}) {
            label.place(at.getX(), at.getY() + dy);
            if (claim(label.claimedBounds(), placed, List.of())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Tries a callout at each of its offsets inside the view: first for a spot that also leaves the names
     * still to come theirs ({@code wanted}), then, if there is none, for any spot no label placed before it
     * takes.
     */
    private boolean placeCallout(RegionLabel label, List<double[]> offsets, RegionOutline r, double s,
                                 List<Bounds> placed, Collection<Bounds> wanted) {
        Point2D at = labelPoint(r, s);
        for (Collection<Bounds> keepOff : List.of(wanted, List.<Bounds>of())) {
            for (double[] offset : offsets) {
                label.setCalloutOffset(offset[0], offset[1]);
                label.place(at.getX(), at.getY());
                Bounds b = label.claimedBounds();
                if (inView(b) && claim(b, placed, keepOff)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean inView(Bounds b) {
        return viewWidth <= 0 || new BoundingBox(0, 0, viewWidth, viewHeight).contains(b);
    }

    /** Takes {@code b} for a label if it overlaps neither a placed label nor {@code keepOff}. */
    private static boolean claim(Bounds b, List<Bounds> placed, Collection<Bounds> keepOff) {
        if (placed.stream().anyMatch(p -> p.intersects(b)) || keepOff.stream().anyMatch(p -> p.intersects(b))) {
            return false;
        }
        placed.add(b);
        return true;
    }

    private void layoutHitAreas(double s) {
        Map<String, Point2D> centres = new LinkedHashMap<>();
        hitAreas.keySet().forEach(id -> centres.put(id, labelPoint(regions.get(id), s)));
        hitAreas.forEach((id, circle) -> {
            Point2D c = centres.get(id);
            // Never reach over a neighbouring tiny region (Hong Kong and Macao are a few pixels apart).
            double nearest = centres.entrySet().stream().filter(e -> !e.getKey().equals(id))
                    .mapToDouble(e -> e.getValue().distance(c)).min().orElse(Double.MAX_VALUE);
            circle.setCenterX(c.getX());
            circle.setCenterY(c.getY());
            circle.setRadius(Math.min(Math.max(HIT_RADIUS_PX, s * regions.get(id).labelSize()), nearest / 2));
        });
    }

    LocalizedName regionName(String id) {
        return names.getOrDefault(id, new LocalizedName(id, id));
    }
}
