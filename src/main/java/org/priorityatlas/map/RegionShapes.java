package org.priorityatlas.map;

import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.SVGPath;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.transform.Affine;
import org.priorityatlas.dataset.LocalizedName;
import org.priorityatlas.geo.Detail;
import org.priorityatlas.geo.RegionOutline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The 34 regions as vector shapes for export figures: a filled, bordered {@code SVGPath} per region (with
 * the region's id, so an SVG keeps it) under the same {@link RegionOverlay} of outlines and labels the
 * window draws, so a saved picture is the map as seen. The window paints its fills from a raster instead
 * ({@link RegionLayer}).
 */
public final class RegionShapes extends Group {
    private static final double BORDER_PX = 0.8;

    private final Affine transform = new Affine();
    private final Map<String, SVGPath> paths = new LinkedHashMap<>();
    private final RegionOverlay overlay;
    private Detail detail;
    private double zoom = Double.NaN;

    public RegionShapes(List<RegionOutline> regions, Map<String, LocalizedName> names) {
        overlay = new RegionOverlay(regions, names);
        Group fills = new Group();
        fills.getTransforms().add(transform);
        for (RegionOutline r : regions) {
            SVGPath path = new SVGPath();
            path.getStyleClass().add("region");
            path.setId(r.id());
            path.setFill(Color.web(Palette.NO_DATA));
            path.setStroke(Color.web(Palette.BORDER));
            path.setStrokeLineJoin(StrokeLineJoin.ROUND);
            paths.put(r.id(), path);
            fills.getChildren().add(path);
        }
        getChildren().addAll(fills, overlay);
        getStyleClass().add("region-shapes");
    }

    public void setColouring(Colouring colouring) {
        overlay.setColouring(colouring);
        applyFills();
    }

    public void setLabelMode(LabelMode mode) {
        overlay.setLabelMode(mode);
    }

    public void setSelected(String regionId) {
        overlay.setSelected(regionId);
    }

    /** Draws borders, outlines, labels and the hatch {@code u} times their screen size (u = 1 is the window's look). */
    public void setPixelScale(double u) {
        overlay.setPixelScale(u);
        applyFills();
    }

    /** Lays the figure's regions out: world pixel (x, y) at zoom 0 is drawn at (tx + 2^zoom x, ty + 2^zoom y). */
    public void layout(double zoom, double tx, double ty) {
        this.zoom = zoom;
        double k = SvgPathData.scale(zoom);
        transform.setToTransform(k, 0, tx, 0, k, ty);
        Detail wanted = RasterRenderer.detailFor(zoom);
        if (wanted != detail) {
            detail = wanted;
            paths.forEach((id, p) -> p.setContent(overlay.pathData(id, wanted)));
        }
        applyFills();
        overlay.layout(zoom, tx, ty);
    }

    private void applyFills() {
        if (Double.isNaN(zoom)) {
            return;
        }
        double k = SvgPathData.scale(zoom);
        double u = overlay.pixelScale();
        Colouring colouring = overlay.colouring();
        paths.forEach((id, p) -> {
            RegionFill fill = colouring == null ? null : colouring.fill(id);
            p.setFill(fill == null ? Color.web(Palette.NO_DATA)
                    : fill.noData() ? Hatch.pattern(k / u) : Color.web(fill.color()));
            p.setStrokeWidth(BORDER_PX * u / k);
        });
    }

    /** Where a region's label point is drawn. */
    public Optional<Point2D> screenPoint(String regionId) {
        return overlay.screenPoint(regionId);
    }

    /** The paint of a region as drawn now (for the export checks). */
    public Paint fillOf(String regionId) {
        return paths.get(regionId).getFill();
    }
}
