package org.priorityatlas.map;

import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.scene.AccessibleRole;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Circle;
import javafx.scene.shape.SVGPath;
import javafx.scene.transform.Affine;
import javafx.util.Duration;
import org.priorityatlas.dataset.LocalizedName;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The 34 regions drawn for one view: filled outlines, hover and selection outlines, labels with halos,
 * callouts and enlarged hit areas for tiny regions. Outlines are projected once ({@link RegionProjector});
 * {@link #layout} only updates one affine transform, the stroke widths and 34 label positions, so no
 * vertex is recomputed per frame. The interactive map ({@link RegionLayer}) and the export figure both
 * draw with this class, so a saved picture is the map as seen.
 */
public final class RegionShapes extends Group {
    private static final double HIGH_DETAIL_ZOOM = 5.5;
    private static final double BORDER_PX = 0.8;
    private static final double HIT_RADIUS_PX = 9;
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    /** Screen offsets of callout labels for regions too small to hold their name. */
    private static final Map<String, double[]> CALLOUTS = Map.of(
            "CN-BJ", new double[]{-44, -26}, "CN-TJ", new double[]{48, -6}, "CN-SH", new double[]{50, 4},
            "CN-HK", new double[]{40, 26}, "CN-MO", new double[]{-36, 28});

    private final Affine transform = new Affine();
    private final Group lowDetail = new Group();
    private final Group highDetail = new Group();
    private final SVGPath hoverOutline = outline("map-hover");
    private final SVGPath selectionHalo = outline("map-selection-halo");
    private final SVGPath selectionOutline = outline("map-selection");
    private final Group labelGroup = new Group();
    private final Group hitGroup = new Group();
    private final Map<String, ProjectedRegion> regions = new LinkedHashMap<>();
    private final Map<String, SVGPath[]> paths = new LinkedHashMap<>();
    private final Map<String, RegionLabel> labels = new LinkedHashMap<>();
    private final Map<String, Circle> hitAreas = new LinkedHashMap<>();
    private final Map<String, LocalizedName> names;
    private Colouring colouring;
    private LabelMode labelMode = LabelMode.ENGLISH;
    private String selected;
    private String hovered;
    private double lastScale = Double.NaN;
    private double pixelScale = 1;
    private boolean spotlight;
    private double zoom = Double.NaN;
    private double tx;
    private double ty;
    private Consumer<String> onSelect = id -> { };
    private BiConsumer<String, Point2D> onHover = (id, p) -> { };

    public RegionShapes(List<ProjectedRegion> projected, Map<String, LocalizedName> names) {
        this.names = Map.copyOf(names);
        Group shapes = new Group(lowDetail, highDetail, hoverOutline, selectionHalo, selectionOutline);
        shapes.getTransforms().add(transform);
        labelGroup.setPickOnBounds(false);
        getChildren().addAll(shapes, labelGroup, hitGroup);
        getStyleClass().add("region-shapes");
        for (ProjectedRegion r : projected) {
            regions.put(r.id(), r);
            SVGPath lo = regionPath(r.id(), r.pathLow());
            SVGPath hi = regionPath(r.id(), r.pathHigh());
            lowDetail.getChildren().add(lo);
            highDetail.getChildren().add(hi);
            paths.put(r.id(), new SVGPath[]{lo, hi});
            double[] offset = CALLOUTS.getOrDefault(r.id(), new double[]{0, 0});
            RegionLabel label = new RegionLabel(offset[0], offset[1]);
            labels.put(r.id(), label);
            // Only callout labels take clicks: they are the big targets for tiny regions.
            label.setMouseTransparent(!label.isCallout());
            if (label.isCallout()) {
                wireEvents(label, r.id());
            }
            labelGroup.getChildren().add(label);
            if (CALLOUTS.containsKey(r.id())) {
                hitGroup.getChildren().add(hitArea(r.id()));
            }
        }
        highDetail.setVisible(false);
    }

    private SVGPath regionPath(String id, String content) {
        SVGPath path = new SVGPath();
        path.setContent(content);
        path.getStyleClass().add("region");
        path.setId(id);
        path.setFill(Color.web(Palette.NO_DATA));
        path.setAccessibleRole(AccessibleRole.BUTTON);
        path.setAccessibleText(regionName(id).en());
        wireEvents(path, id);
        return path;
    }

    private Circle hitArea(String id) {
        Circle c = new Circle(HIT_RADIUS_PX, Color.TRANSPARENT);
        c.getStyleClass().add("region-hit-area");
        c.setId(id + "-hit");
        hitAreas.put(id, c);
        wireEvents(c, id);
        return c;
    }

    private void wireEvents(Node node, String id) {
        node.setOnMouseClicked(e -> {
            if (e.isStillSincePress()) {
                onSelect.accept(id);
            }
        });
        node.setOnMouseEntered(e -> setHovered(id, e));
        node.setOnMouseMoved(e -> onHover.accept(id, new Point2D(e.getX(), e.getY())));
        node.setOnMouseExited(e -> setHovered(null, e));
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

    /** Called with the hovered region and the pointer in layer coordinates, or (null, null) on exit. */
    public void setOnHover(BiConsumer<String, Point2D> onHover) {
        this.onHover = onHover;
    }

    public void setColouring(Colouring colouring) {
        this.colouring = colouring;
        lastScale = Double.NaN;
        relayout();
    }

    public void setLabelMode(LabelMode mode) {
        this.labelMode = mode;
        relayout();
    }

    public void setSelected(String regionId) {
        this.selected = regions.containsKey(regionId) ? regionId : null;
        paths.forEach((id, p) -> {
            p[0].pseudoClassStateChanged(SELECTED, id.equals(selected));
            p[1].pseudoClassStateChanged(SELECTED, id.equals(selected));
        });
        updateSpotlight();
        relayout();
    }

    /**
     * In presentation mode the selected region is spotlighted: the others fade back over 250 ms so the
     * class sees where to look.
     */
    public void setSpotlight(boolean on) {
        this.spotlight = on;
        updateSpotlight();
    }

    private void updateSpotlight() {
        paths.forEach((id, p) -> {
            double target = spotlight && selected != null && !id.equals(selected) ? 0.35 : 1.0;
            for (SVGPath path : p) {
                if (path.getOpacity() != target) {
                    new Timeline(new KeyFrame(Duration.millis(250),
                            new KeyValue(path.opacityProperty(), target))).play();
                }
            }
        });
    }

    private void setHovered(String regionId, MouseEvent e) {
        this.hovered = regionId;
        onHover.accept(regionId, regionId == null ? null : new Point2D(e.getX(), e.getY()));
        relayout();
    }

    /**
     * Draws borders, outlines, labels, callouts and the hatch {@code u} times their screen size, for
     * export figures larger than the window (u = 1 is the window's look).
     */
    public void setPixelScale(double u) {
        this.pixelScale = u;
        labels.values().forEach(l -> l.setPixelScale(u));
        lastScale = Double.NaN;
        relayout();
    }

    /** Replaces the high-detail outlines (loaded after the first frame; until then they repeat the low ones). */
    public void setHighDetail(Map<String, String> pathsById) {
        pathsById.forEach((id, content) -> {
            SVGPath[] p = paths.get(id);
            if (p != null) {
                p[1].setContent(content);
            }
        });
        relayout();
    }

    /** The zoom of the last layout (fractional, Web Mercator levels). */
    public double zoom() {
        return zoom;
    }

    /** Where a region's label point is on screen (layer coordinates), for keyboard focus and tests. */
    public Optional<Point2D> screenPoint(String regionId) {
        ProjectedRegion r = regions.get(regionId);
        if (r == null || Double.isNaN(zoom)) {
            return Optional.empty();
        }
        double s = Math.pow(2, zoom);
        return Optional.of(new Point2D(tx + s * r.labelX(), ty + s * r.labelY()));
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

    /** The paint of a region as drawn now (for tests and the export check). */
    public Paint fillOf(String regionId) {
        return paths.get(regionId)[0].getFill();
    }

    /**
     * Lays the regions out for a Web Mercator view: a point at world pixel (x, y) at zoom 0 is drawn at
     * (tx + 2^zoom * x, ty + 2^zoom * y).
     */
    public void layout(double zoom, double tx, double ty) {
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
        double k = s / (1 << RegionProjector.BASE_ZOOM);
        transform.setToTransform(k, 0, tx, 0, k, ty);
        boolean high = zoom >= HIGH_DETAIL_ZOOM;
        highDetail.setVisible(high);
        lowDetail.setVisible(!high);
        if (k != lastScale) {
            applyFills(k);
            lastScale = k;
        }
        updateOutlines(high ? 1 : 0, k);
        layoutLabels(s);
        layoutHitAreas(s);
    }

    private void applyFills(double k) {
        for (Map.Entry<String, SVGPath[]> e : paths.entrySet()) {
            RegionFill fill = colouring == null ? null : colouring.fill(e.getKey());
            Paint paint = fill == null ? Color.web(Palette.NO_DATA)
                    : fill.noData() ? Hatch.pattern(k / pixelScale) : Color.web(fill.color());
            String spoken = accessibleText(e.getKey(), fill);
            for (SVGPath p : e.getValue()) {
                p.setFill(paint);
                p.setStrokeWidth(BORDER_PX * pixelScale / k);
                p.setAccessibleText(spoken);
            }
        }
    }

    /** What a screen reader announces for a region: its names and what the colour means. */
    private String accessibleText(String id, RegionFill fill) {
        LocalizedName name = regionName(id);
        String state = fill == null || fill.noData() ? "no data"
                : fill.count() > 0 ? fill.count() + " priority sectors" : "";
        return name.en() + " " + name.zh() + (state.isEmpty() ? "" : ", " + state);
    }

    private void updateOutlines(int detail, double k) {
        hoverOutline.setVisible(hovered != null && !hovered.equals(selected));
        if (hovered != null) {
            hoverOutline.setContent(paths.get(hovered)[detail].getContent());
            hoverOutline.setStrokeWidth(2.2 * pixelScale / k);
        }
        selectionHalo.setVisible(selected != null);
        selectionOutline.setVisible(selected != null);
        if (selected != null) {
            String content = paths.get(selected)[detail].getContent();
            selectionHalo.setContent(content);
            selectionOutline.setContent(content);
            selectionHalo.setStrokeWidth(6 * pixelScale / k);
            selectionOutline.setStrokeWidth(2.6 * pixelScale / k);
        }
    }

    private void layoutLabels(double s) {
        List<String> order = new ArrayList<>(labels.keySet());
        // The selection and callouts first, then regions with data (more priorities first), then the
        // largest shapes: the names a reader needs win a contested spot.
        order.sort(Comparator.comparing((String id) -> !id.equals(selected))
                .thenComparing(id -> !labels.get(id).isCallout())
                .thenComparing(id -> colouring == null || colouring.fill(id).noData())
                .thenComparing(id -> colouring == null ? 0 : -colouring.fill(id).count())
                .thenComparing(id -> -regions.get(id).labelSize()));
        List<Bounds> placed = new ArrayList<>();
        for (String id : order) {
            RegionLabel label = labels.get(id);
            RegionFill fill = colouring == null ? null : colouring.fill(id);
            String text = labelMode.label(regionName(id));
            if (fill != null && fill.count() > 0) {
                text = text + " \u00B7 " + fill.count();
            }
            label.setText(text);
            label.setChip(fill == null ? null : fill.chip());
            boolean free = placeLabel(label, regions.get(id), s, placed);
            label.setVisible(free);
        }
    }

    /**
     * Tries the label at its point, then nudged up and down within the region's inscribed circle; keeps
     * the first spot that overlaps no label placed before it.
     */
    private boolean placeLabel(RegionLabel label, ProjectedRegion r, double s, List<Bounds> placed) {
        double x = tx + s * r.labelX();
        double y = ty + s * r.labelY();
        double nudge = label.isCallout() ? 0 : Math.min(s * r.labelSize() * 0.6, 14);
        for (double dy : new double[]{0, -nudge, nudge}) {
            label.place(x, y + dy);
            Bounds b = label.textBounds();
            if (placed.stream().noneMatch(p -> p.intersects(b))) {
                placed.add(b);
                return true;
            }
        }
        return false;
    }

    private void layoutHitAreas(double s) {
        Map<String, Point2D> centres = new LinkedHashMap<>();
        hitAreas.keySet().forEach(id -> centres.put(id, new Point2D(
                tx + s * regions.get(id).labelX(),
                ty + s * regions.get(id).labelY())));
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

    private LocalizedName regionName(String id) {
        return names.getOrDefault(id, new LocalizedName(id, id));
    }
}
