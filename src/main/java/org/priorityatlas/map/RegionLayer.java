package org.priorityatlas.map;

import com.gluonhq.maps.MapLayer;
import javafx.animation.AnimationTimer;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import org.priorityatlas.dataset.LocalizedName;
import org.priorityatlas.geo.Detail;
import org.priorityatlas.geo.ProjectedGeodata;
import org.priorityatlas.geo.RegionOutline;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The atlas on a Gluon Maps {@code MapView}: the basemap and region fills as one picture ({@link MapRaster})
 * under the outlines and labels ({@link RegionOverlay}). It follows the map's zoom and pan from Gluon's
 * transform, and finds the region under the pointer in the picture itself.
 *
 * <p>Gluon's own base map is hidden: it draws tiles as some forty scaled image nodes, which the software
 * renderer resamples on every frame (26 ms for a 1300×1016 map on the build machine, measured with
 * {@code --benchmark-bare}'s harness), while this layer draws the basemap once per view at the exact zoom.
 */
public final class RegionLayer extends MapLayer {
    /** How fast a region fades in or out of the presentation spotlight (full range per 250 ms). */
    private static final double FADE_PER_NANO = 1 / 250e6;
    private final MapRaster raster;
    private final RegionOverlay overlay;
    private final List<RegionOutline> outlines;
    private final List<String> ids;
    private final double[] opacity;
    private boolean spotlight;
    private String hovered;
    private final AnimationTimer fader = new AnimationTimer() {
        private long last = -1;

        @Override
        public void handle(long now) {
            double step = last < 0 ? 0 : (now - last) * FADE_PER_NANO;
            last = now;
            if (!fade(step)) {
                last = -1;
                stop();
            }
            updatePalette();
        }
    };

    public RegionLayer(ProjectedGeodata geodata, Map<String, LocalizedName> names) {
        List<RegionOutline> regions = geodata.regions();
        this.outlines = regions;
        this.ids = regions.stream().map(RegionOutline::id).toList();
        this.opacity = new double[ids.size()];
        java.util.Arrays.fill(opacity, 1);
        this.raster = MapRaster.create(RasterRenderer.parallel(geodata));
        this.overlay = new RegionOverlay(regions, names);
        raster.setOnChange(this::markDirty);
        getChildren().add(raster.node());
        wirePicking();
        updatePalette();
    }

    @Override
    protected void initialize() {
        baseMap.setVisible(false);
    }

    private void wirePicking() {
        var picture = raster.node();
        picture.addEventHandler(MouseEvent.MOUSE_MOVED, e -> pointerAt(e));
        picture.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> pointerAt(e));
        picture.addEventHandler(MouseEvent.MOUSE_EXITED, e -> setPointerRegion(null, null));
        picture.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            String id = regionAt(local(e));
            if (e.isStillSincePress() && id != null) {
                overlay.onSelect().accept(id);
            }
        });
    }

    private Point2D local(MouseEvent e) {
        return sceneToLocal(e.getSceneX(), e.getSceneY());
    }

    private void pointerAt(MouseEvent e) {
        Point2D p = local(e);
        setPointerRegion(regionAt(p), p);
    }

    private void setPointerRegion(String id, Point2D at) {
        if (!java.util.Objects.equals(id, hovered)) {
            hovered = id;
            overlay.setHovered(id);
        }
        overlay.onHover().accept(id, id == null ? null : at);
    }

    /** The region drawn at layer point {@code p}, or null. */
    public String regionAt(Point2D p) {
        int index = raster.regionAt(p.getX(), p.getY());
        return index == 0 ? null : ids.get(index - 1);
    }

    public void setOnSelect(Consumer<String> onSelect) {
        overlay.setOnSelect(onSelect);
    }

    /** Called with the hovered region and the pointer in layer coordinates, or (null, null) on exit. */
    public void setOnHover(BiConsumer<String, Point2D> onHover) {
        overlay.setOnHover(onHover);
    }

    public void setColouring(Colouring colouring) {
        overlay.setColouring(colouring);
        updatePalette();
    }

    public void setLabelMode(LabelMode mode) {
        overlay.setLabelMode(mode);
    }

    public void setSelected(String regionId) {
        overlay.setSelected(regionId);
        startFade();
    }

    /**
     * In presentation mode the selected region is spotlighted: the others fade back over 250 ms so the
     * class sees where to look.
     */
    public void setSpotlight(boolean on) {
        spotlight = on;
        startFade();
    }

    private void startFade() {
        if (spotlight || java.util.Arrays.stream(opacity).anyMatch(o -> o != 1)) {
            fader.start();
        }
    }

    /** Moves every region's opacity towards its target by {@code step}; true while any still moves. */
    private boolean fade(double step) {
        String selected = overlay.selected();
        boolean moving = false;
        for (int i = 0; i < opacity.length; i++) {
            double target = spotlight && selected != null && !ids.get(i).equals(selected) ? 0.35 : 1.0;
            double delta = target - opacity[i];
            opacity[i] = Math.abs(delta) <= step ? target : opacity[i] + Math.signum(delta) * step;
            moving |= opacity[i] != target;
        }
        return moving;
    }

    private void updatePalette() {
        raster.setPalette(RasterPalette.of(ids, overlay.colouring(), opacity));
        markDirty();
    }

    /**
     * Puts the names, counts and outlines over the picture. The first map frame goes out without them: on
     * a cold JVM their styling, layout and first drawing (96 cached bitmaps) held that frame back by about
     * 0.2 s; they join in the next frames, with the window's controls.
     */
    public void showOverlay() {
        if (!overlayShown()) {
            getChildren().add(overlay);
            markDirty();
        }
    }

    private boolean overlayShown() {
        return overlay.getParent() == this;
    }

    /** See {@link MapRaster#makeReadyForChanges}: for when the window has settled after start-up. */
    public void makeReadyForChanges() {
        raster.makeReadyForChanges();
        if (baseMap != null) {
            // Gluon's zoom and moveY build log messages on every call, logged or not, and the first call of each
            // links their string concatenations: the first zoom step after start-up took 27-35 ms against 9-12
            // ms for the others (JFR: StringConcatFactory under BaseMap.zoom in that step). A zoom and a move
            // by nothing do that here, while the window is idle.
            baseMap.zoom(0, 0, 0);
            baseMap.moveY(0);
            settleBaseMap();
        }
    }

    /** See {@link MapRaster#prime}: the map's first picture, drawn for a view given by zoom and translation. */
    void prime(double zoom, double tx, double ty, double width, double height, double pixelScale) {
        raster.prime(zoom, tx, ty, width, height, pixelScale);
    }

    /** The regions' outlines, as projected once. */
    List<RegionOutline> outlines() {
        return outlines;
    }

    /** The current zoom of the map (fractional). */
    public double zoom() {
        return baseMap == null ? 0 : baseMap.zoom().get();
    }

    /** Zooms by {@code delta} levels keeping the screen point (px, py) fixed. */
    public void zoomAround(double delta, double px, double py) {
        if (baseMap != null) {
            baseMap.zoom(delta, px, py);
            settleBaseMap();
            markDirty();
        }
    }

    /** Moves the map content by (dx, dy) screen pixels. */
    public void panBy(double dx, double dy) {
        if (baseMap != null) {
            baseMap.moveX(-dx);
            baseMap.moveY(-dy);
            settleBaseMap();
            markDirty();
        }
    }

    /** Gluon's map view moved the map itself (a mouse drag, a new centre and zoom): see {@link #settleBaseMap}. */
    void movedByGluon() {
        if (baseMap != null) {
            settleBaseMap();
        }
    }

    /**
     * Puts Gluon's hidden base map on whole pixels and has it add and drop its tile nodes now, before the
     * pulse's CSS pass. Added in the layout pass, after that CSS pass, the new nodes marked the scene's root
     * for styling once more; the next pulse then rendered a frame in which nothing had changed, and JavaFX
     * paints such a frame whole (1920×1080, 9-15 ms of the renderer), after 119 of 120 pan steps.
     */
    private void settleBaseMap() {
        baseMap.setTranslateX(Math.rint(baseMap.getTranslateX()));
        baseMap.setTranslateY(Math.rint(baseMap.getTranslateY()));
        baseMap.layout();
    }

    /** Where a region's label point is on screen (layer coordinates), for keyboard focus and tests. */
    public Optional<Point2D> screenPoint(String regionId) {
        return overlay.screenPoint(regionId);
    }

    /** Where a region's callout label is drawn, if it has one (tiny regions). */
    public Optional<Point2D> calloutPoint(String regionId) {
        return overlay.calloutPoint(regionId);
    }

    /** Whether the map picture is drawn for the current view (not resampled, nothing pending). */
    public boolean isSharp() {
        return raster.isSharp();
    }

    /** How many sharp pictures the layer has shown, for benchmarks. */
    public long sharpFrames() {
        return raster.sharpFrames();
    }

    /** The outlines the picture was drawn from. */
    public Optional<Detail> detail() {
        return Optional.ofNullable(raster.detail());
    }

    @Override
    protected void layoutLayer() {
        if (baseMap == null || !(getParent() instanceof Region map)) {
            return;
        }
        // Whole pixels: the picture and the cached labels are then copied to the screen as they are, not
        // resampled, which on a software renderer is the difference between 4 and 30 ms a frame.
        baseMap.setTranslateX(Math.rint(baseMap.getTranslateX()));
        baseMap.setTranslateY(Math.rint(baseMap.getTranslateY()));
        double zoom = zoom();
        double tx = baseMap.getTranslateX();
        double ty = baseMap.getTranslateY();
        double scale = getScene() == null || getScene().getWindow() == null ? 1 : getScene().getWindow().getRenderScaleX();
        raster.layout(zoom, tx, ty, map.getWidth(), map.getHeight(), scale);
        if (overlayShown()) {
            overlay.setViewSize(map.getWidth(), map.getHeight());
            overlay.layout(zoom, tx, ty);
        }
    }
}
