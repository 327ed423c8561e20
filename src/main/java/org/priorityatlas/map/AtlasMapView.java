package org.priorityatlas.map;

import com.gluonhq.maps.MapView;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.priorityatlas.geo.WebMercator;

import java.util.Objects;
import java.util.function.Function;

/**
 * The interactive map: Gluon's {@link MapView} with offline basemap tiles, the {@link RegionLayer} on top,
 * zoom buttons, keyboard pan and zoom, and a hover tooltip. It fits China on first layout and on resize
 * until the user moves the map.
 */
public final class AtlasMapView extends StackPane {
    private static final double PAN_STEP_PX = 80;
    /** How long the map must stay still to be at rest again (see {@link #movingProperty}). */
    private static final Duration REST = Duration.seconds(1);

    private final MapView mapView = new MapView();
    private final RegionLayer layer;
    private final Label tooltip = new Label();
    private final DoubleProperty animatedZoom = new SimpleDoubleProperty();
    private final ReadOnlyBooleanWrapper moving = new ReadOnlyBooleanWrapper();
    private final PauseTransition rest = new PauseTransition(REST);
    private Timeline zoomAnimation;
    private boolean animating;
    private double zoomTarget;
    private boolean userMoved;
    private Insets fitInsets = Insets.EMPTY;
    private Bounds keepClear;
    private Skyline skyline;
    private ChinaFit fitted;
    private Function<String, String> tooltipText = id -> id;
    private final Label attribution = new Label("Boundaries and basemap: Natural Earth (de facto lines)");

    public AtlasMapView(RegionLayer layer) {
        this.layer = layer;
        getStyleClass().add("atlas-map");
        mapView.addLayer(layer);
        mapView.setFocusTraversable(true);
        tooltip.getStyleClass().add("map-tooltip");
        tooltip.setManaged(false);
        tooltip.setVisible(false);
        tooltip.setMouseTransparent(true);
        attribution.getStyleClass().add("map-attribution");
        placeAttribution();
        VBox buttons = zoomButtons();
        // Static over a moving map: drawn once as bitmaps, then copied into every frame.
        buttons.setCache(true);
        attribution.setCache(true);
        getChildren().addAll(mapView, buttons, attribution, tooltip);
        layer.setOnHover(this::showTooltip);
        mapView.setOnScroll(e -> {
            if (e.getDeltaY() != 0) {
                zoomAt(Math.signum(e.getDeltaY()) * 0.25, e.getX(), e.getY());
            }
            e.consume();
        });
        mapView.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> mapView.requestFocus());
        mapView.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> userMoves());
        // Bubbling up from the map view, after Gluon's own handler has moved the map.
        addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> layer.movedByGluon());
        rest.setOnFinished(e -> moving.set(false));
        animatedZoom.addListener((obs, old, now) -> {
            if (animating) {
                zoomAt(now.doubleValue() - old.doubleValue(), getWidth() / 2, getHeight() / 2);
            }
        });
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (handleKey(e.getCode())) {
                e.consume();
            }
        });
        widthProperty().addListener(o -> fitIfUntouched());
        heightProperty().addListener(o -> fitIfUntouched());
    }

    private VBox zoomButtons() {
        Button in = mapButton("+", "Zoom in (+)", () -> zoomAnimated(0.5));
        Button out = mapButton("\u2212", "Zoom out (\u2212)", () -> zoomAnimated(-0.5));
        Button reset = mapButton("\u2302", "Show all of China (0)", this::fitChina);
        reset.setId("zoom-reset");
        in.setId("zoom-in");
        out.setId("zoom-out");
        VBox box = new VBox(4, in, out, reset);
        box.getStyleClass().add("zoom-buttons");
        box.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        box.setPadding(new Insets(10));
        StackPane.setAlignment(box, Pos.TOP_RIGHT);
        return box;
    }

    private static Button mapButton(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.getStyleClass().add("map-button");
        b.setTooltip(new Tooltip(tip));
        b.setAccessibleText(tip);
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** Zoom (+, -, 0) and pan (arrows) keys; true when the key was one of them. */
    public boolean handleKey(KeyCode code) {
        switch (code) {
            case PLUS, ADD, EQUALS -> zoomAnimated(0.5);
            case MINUS, SUBTRACT -> zoomAnimated(-0.5);
            case DIGIT0, NUMPAD0 -> fitChina();
            case LEFT -> panBy(PAN_STEP_PX, 0);
            case RIGHT -> panBy(-PAN_STEP_PX, 0);
            case UP -> panBy(0, PAN_STEP_PX);
            case DOWN -> panBy(0, -PAN_STEP_PX);
            default -> {
                return false;
            }
        }
        return true;
    }


    public RegionLayer layer() {
        return layer;
    }

    public void setTooltipText(Function<String, String> tooltipText) {
        this.tooltipText = tooltipText;
    }

    public double zoom() {
        return layer.zoom();
    }

    /**
     * Space that overlays cover (e.g. the presentation caption), China being fitted into what is left, and
     * the box to keep clear as in {@link #setKeepClear}; fits China at once.
     */
    public void setFitInsets(Insets insets, Bounds keepClear) {
        this.fitInsets = insets;
        this.keepClear = keepClear;
        placeAttribution();
        fitChina();
    }

    /**
     * The attribution goes in the bottom corner China leaves open. Where China spans the map's width (the
     * window) that is the left, over India: the bottom right is the South China Sea, where Macao's callout
     * goes when China fills the map's height (a 1366×768 window). Where China is fitted beside an overlay on
     * the right (the presentation caption) it is the right: the bottom left is Hainan's and Yunnan's.
     */
    private void placeAttribution() {
        StackPane.setAlignment(attribution, fitInsets.getRight() > 0 ? Pos.BOTTOM_RIGHT : Pos.BOTTOM_LEFT);
    }

    /**
     * An overlay along the map's top edge that China should not lie under (the legend's room), or null.
     * Refits the map unless the user has moved it, and only when the fit changes.
     */
    public void setKeepClear(Bounds box) {
        if (Objects.equals(box, keepClear)) {
            return;
        }
        keepClear = box;
        if (!userMoved && getWidth() > 0 && getHeight() > 0 && !plan().equals(fitted)) {
            fitChina();
        }
    }

    /** Shows all of China, centred in the space the map has now, less the fit insets and the keep-clear box. */
    public void fitChina() {
        userMoved = false;
        ChinaFit fit = plan();
        fitted = fit;
        // Gluon applies setZoom only when its preferred zoom changes, and zooming around a point does not
        // update that value: nudge it so a reset after wheel or key zooms always takes effect.
        mapView.setZoom(fit.zoom() + 0.001);
        mapView.setZoom(fit.zoom());
        mapView.setCenter(WebMercator.lat(fit.centreY()), WebMercator.lon(fit.centreX()));
        layer.movedByGluon();
    }

    private ChinaFit plan() {
        return plan(getWidth(), getHeight());
    }

    private ChinaFit plan(double width, double height) {
        if (keepClear == null) {
            return ChinaFit.within(width, height, fitInsets);
        }
        if (skyline == null) {
            skyline = Skyline.of(layer.outlines());
        }
        return ChinaFit.clearOf(width, height, fitInsets, keepClear, skyline);
    }

    /**
     * Starts drawing the picture of all of China for a map of {@code width} by {@code height}, the size the
     * window is expected to give it, so the first frame need not wait for it (see {@link MapRaster#prime}).
     */
    public void prime(double width, double height, double pixelScale) {
        if (width < 200 || height < 200) {
            return;
        }
        // The view fitChina will choose once the map has this size, keep-clear box included.
        ChinaFit fit = plan(width, height);
        double worldPx = 256 * Math.pow(2, fit.zoom());
        layer.prime(fit.zoom(), width / 2 - fit.centreX() * worldPx, height / 2 - fit.centreY() * worldPx,
                width, height, pixelScale);
    }

    private void fitIfUntouched() {
        if (!userMoved && getWidth() > 0 && getHeight() > 0) {
            fitChina();
        }
    }

    /** Zooms by {@code delta} levels around the centre of the map, animated over 180 ms. */
    public void zoomAnimated(double delta) {
        userMoved = true;
        if (zoomAnimation != null) {
            zoomAnimation.stop();
        }
        // A key pressed again mid-animation adds to where the zoom is heading, not to where it is.
        double target = clamp((animating ? zoomTarget : layer.zoom()) + delta);
        animating = false;
        animatedZoom.set(layer.zoom());
        animating = true;
        zoomTarget = target;
        zoomAnimation = new Timeline(new KeyFrame(Duration.millis(180), new KeyValue(animatedZoom, target)));
        zoomAnimation.setOnFinished(e -> animating = false);
        zoomAnimation.play();
    }

    /** Zooms by {@code delta} at once, keeping the map point under (x, y) in place. */
    public void zoomAt(double delta, double x, double y) {
        userMoves();
        double target = clamp(layer.zoom() + delta);
        layer.zoomAround(target - layer.zoom(), x, y);
    }

    public void panBy(double dx, double dy) {
        userMoves();
        layer.panBy(dx, dy);
    }

    private void userMoves() {
        userMoved = true;
        moving.set(true);
        rest.playFromStart();
    }

    /**
     * True from a pan or zoom step until the map has been still for {@link #REST}: while it moves, every
     * frame redraws whatever lies over it, so an overlay may keep itself as a bitmap for that time.
     */
    public ReadOnlyBooleanProperty movingProperty() {
        return moving.getReadOnlyProperty();
    }

    /**
     * Centres the map on a region (used when stepping through regions), keeping the zoom, when the region
     * lies outside the middle 70 % of the part of the map no overlay covers (the fit insets: in presentation
     * mode the caption column, which would otherwise hide a region stepped to on a zoomed-in map).
     */
    public void centreOn(String regionId) {
        layer.screenPoint(regionId).ifPresent(p -> {
            double w = Math.max(getWidth() - fitInsets.getLeft() - fitInsets.getRight(), 1);
            double h = Math.max(getHeight() - fitInsets.getTop() - fitInsets.getBottom(), 1);
            double dx = fitInsets.getLeft() + w / 2 - p.getX();
            double dy = fitInsets.getTop() + h / 2 - p.getY();
            if (Math.abs(dx) > w * 0.35 || Math.abs(dy) > h * 0.35) {
                panBy(dx, dy);
            }
        });
    }

    private static double clamp(double zoom) {
        return Math.max(ChinaFit.MIN_ZOOM, Math.min(ChinaFit.MAX_ZOOM, zoom));
    }

    private void showTooltip(String regionId, Point2D at) {
        if (regionId == null || at == null) {
            tooltip.setVisible(false);
            return;
        }
        Point2D local = sceneToLocal(layer.localToScene(at));
        tooltip.setText(tooltipText.apply(regionId));
        tooltip.autosize();
        double x = Math.min(local.getX() + 16, getWidth() - tooltip.getWidth() - 8);
        double y = Math.min(local.getY() + 18, getHeight() - tooltip.getHeight() - 8);
        tooltip.relocate(Math.max(4, x), Math.max(4, y));
        tooltip.setVisible(true);
    }
}
