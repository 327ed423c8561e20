package org.priorityatlas.ui;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.StringConverter;
import org.priorityatlas.explore.ClaimView;
import org.priorityatlas.explore.Evidence;
import org.priorityatlas.explore.Filter;
import org.priorityatlas.map.AtlasMapView;
import org.priorityatlas.map.LabelMode;

import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The atlas window's content: toolbar with search and filters, the sector list, the map with its legend,
 * and the source panel. It wires the view model to the views and owns the keyboard shortcuts.
 */
public final class AtlasView extends StackPane {
    private final AtlasViewModel model;
    private final AtlasMapView map;
    private final Label notice = new Label();
    private static final double CAPTION_WIDTH = 600;
    /**
     * Below this window height (a 1024×768 or 1280×800 projector) presentation type is a step smaller, so
     * that a region's caption, with its sentence and source, fits beside the map.
     */
    private static final double COMPACT_BELOW = 900;
    /** The legend's margin in the map area: also the least gap left between it and any region. */
    private static final double LEGEND_MARGIN = 12;
    /**
     * The room the window's legend takes from the first frame, before the legend itself is built: the
     * overview's legend with the bundled dataset (338×268 pixels at 13, 13) and its margin. Fitted clear of
     * it from the start, the map does not move when the legend arrives; on a 1366×768 laptop it had lain
     * over Xinjiang, Gansu and the west of Inner Mongolia.
     */
    private static final Bounds LEGEND_ROOM = new BoundingBox(0, 0, 364, 296);
    /** The same in presentation type (399×357 pixels at 12, 12), for a presentation started before the legend. */
    private static final Bounds PRESENTATION_LEGEND_ROOM = new BoundingBox(0, 0, 423, 381);
    /** The toolbar's height is fixed, so the map keeps its size and zoom when the toolbar replaces its stand-in. */
    private static final double TOOLBAR_HEIGHT = 64;
    /** The sector column's width in a window {@link #NARROW} layout pixels wide or less; see {@link #columnWidth}. */
    private static final double COLUMN_WIDTH = 250;
    /**
     * In a 1920-pixel window: wide enough that most sector names take one line, so all eighteen rows fit a
     * 1080-pixel screen without scrolling (each scroll to the selected row repainted the whole column).
     */
    private static final double COLUMN_WIDE = 330;
    private static final double NARROW = 1280;
    private static final double WIDE = 1920;
    private static final double COLUMN_MIN_WIDTH = 220;
    private static final double PANEL_WIDTH = 370;
    private static final double PANEL_MIN_WIDTH = 300;
    /** The longest the controls wait for the map's first picture to be shown. */
    private static final long SHOWN_WAIT_NS = 300_000_000L;
    private final BorderPane layout = new BorderPane();
    /** Null until the map's first picture is on screen (see {@link #showControls}). */
    private Chrome chrome;
    /** Null until it starts, a few frames after the window first caught up. */
    private Rehearsal rehearsal;
    private final StackPane mapArea;
    private final BooleanProperty presenting = new SimpleBooleanProperty(false);
    private final Function<String, Optional<String>> documentBodies;
    private final String fontFamily;
    private Runnable onAddDocument = () -> { };
    /** How far the legend has reached into the map in this mode (it only grows), or null; see {@link #keepLegendClear}. */
    private Bounds legendReach;
    private boolean legendCheckPending;

    public AtlasView(AtlasViewModel model, AtlasMapView map, Function<String, Optional<String>> documentBodies,
                     String fontFamily) {
        this.model = model;
        this.map = map;
        this.documentBodies = documentBodies;
        this.fontFamily = fontFamily;
        this.mapArea = mapArea();
        getStyleClass().add("atlas");
        setStyle("-fx-font-family: '" + fontFamily + "';");
        // Map first: the columns and the toolbar start as empty stand-ins of the same size, and they, the
        // legend and the other overlays are built and added later, so the first frame costs only the map's
        // building, styling and layout; the rest (building them took 65-90 ms, their CSS and layout half a
        // second on a cold JVM) follows in the frame after the map's picture is on screen, and nothing moves.
        layout.setCenter(mapArea);
        layout.setTop(standIn("toolbar", -1, -1, TOOLBAR_HEIGHT));
        layout.setLeft(standIn("sector-column", COLUMN_WIDTH, COLUMN_MIN_WIDTH, -1));
        layout.setRight(standIn("source-panel", PANEL_WIDTH, PANEL_MIN_WIDTH, -1));
        getChildren().add(layout);
        bindMap();
        showControlsAfterMap();
        addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKeyFilter);
        // Entering full screen resizes the window after presentation mode has fitted the map.
        widthProperty().addListener(o -> {
            if (presenting.get()) {
                fitBesideCaption();
            }
        });
        heightProperty().addListener(o -> updateCompact());
    }

    private static Region standIn(String styleClass, double width, double minWidth, double height) {
        Region r = new Region();
        r.getStyleClass().add(styleClass);
        r.setPrefSize(width, height);
        r.setMinSize(minWidth < 0 ? Region.USE_PREF_SIZE : minWidth, height < 0 ? Region.USE_COMPUTED_SIZE : height);
        return r;
    }

    /**
     * Starts the map's first picture for a scene of {@code width} by {@code height}, before the view is
     * built: fitted, as the view will fit it, clear of the legend's room (see {@link #keepLegendClear}).
     */
    static void primeMap(AtlasMapView map, double width, double height, double pixelScale) {
        javafx.geometry.Dimension2D size = mapSizeIn(width, height);
        map.setKeepClear(LEGEND_ROOM);
        map.prime(size.getWidth(), size.getHeight(), pixelScale);
    }

    /** The size the map gets in a scene of {@code width} by {@code height}, outside presentation mode. */
    static javafx.geometry.Dimension2D mapSizeIn(double width, double height) {
        return new javafx.geometry.Dimension2D(width - columnWidth(width) - PANEL_WIDTH, height - TOOLBAR_HEIGHT);
    }

    /** The sector column's width in a window {@code width} wide: from 250 at 1280 pixels to 330 at 1920. */
    static double columnWidth(double width) {
        double wider = (width - NARROW) / (WIDE - NARROW) * (COLUMN_WIDE - COLUMN_WIDTH);
        return Math.round(COLUMN_WIDTH + Math.max(0, Math.min(COLUMN_WIDE - COLUMN_WIDTH, wider)));
    }

    /** Sizes the sector column (or its stand-in) for the window before the layout places it. */
    @Override
    protected void layoutChildren() {
        if (getWidth() > 0 && layout.getLeft() instanceof Region column) {
            column.setPrefWidth(columnWidth(getWidth()));
        }
        super.layoutChildren();
    }

    /** Builds the toolbar, the columns and the overlays and puts them in place (once the map has its first picture). */
    void showControls() {
        if (chrome != null) {
            return;
        }
        chrome = new Chrome();
        map.layer().showOverlay();
        layout.setTop(chrome.toolbar);
        layout.setLeft(chrome.sectorColumn);
        layout.setRight(chrome.panel);
        mapArea.getChildren().addAll(chrome.legend, chrome.caption, notice);
        getChildren().add(chrome.search.results());
        chrome.caption.setVisible(presenting.get());
        setPresenting(presenting.get(), false);
    }

    /** The views that join the map in the frame after its first picture. */
    private final class Chrome {
        final SearchBox search = new SearchBox(model);
        final SourcePanel panel = new SourcePanel(model, AtlasView.this::openDocument, AtlasView.this::copy);
        final MapLegend legend = new MapLegend(model, map.movingProperty());
        final PresentationCaption caption = new PresentationCaption(model);
        final Node toolbar = toolbar(search);
        final SectorList sectors = new SectorList(model);
        final Node sectorColumn = sectorColumn(sectors);

        Chrome() {
            panel.setPrefWidth(PANEL_WIDTH);
            panel.setMinWidth(PANEL_MIN_WIDTH);
            caption.maxWidthProperty().bind(Bindings.createDoubleBinding(AtlasView.this::captionWidth, widthProperty()));
            StackPane.setAlignment(caption, Pos.CENTER_RIGHT);
            // Below the zoom buttons in the top right corner: a narrow window's caption is tall enough to reach them.
            StackPane.setMargin(caption, new Insets(136, 24, 24, 24));
            // The legend sits over the empty north-west (Kazakhstan, Russia); where it would reach a province,
            // China is fitted below it (see keepLegendClear).
            StackPane.setAlignment(legend, Pos.TOP_LEFT);
            StackPane.setMargin(legend, new Insets(LEGEND_MARGIN));
            legend.boundsInParentProperty().addListener(o -> requestLegendCheck());
            legend.visibleProperty().addListener(o -> requestLegendCheck());
            StackPane.setAlignment(search.results(), Pos.TOP_LEFT);
            search.results().setManaged(false);
        }
    }

    /**
     * The software renderer's frames reach the window through a copy the FX thread makes after the render,
     * so controls built in the pulse after the map's first picture held that picture back behind their
     * building, styling and layout. They wait until a frame laid out with the picture has been shown (at
     * most {@link #SHOWN_WAIT_NS}); without a frame clock they are built at once.
     */
    private void showControlsAfterMap() {
        atFirstPulseWhen(() -> map.layer().sharpFrames() > 0, () -> {
            Optional<FrameClock> clock = FrameClock.of(getScene());
            // Frames up to the one before the picture's are shown by now: the picture's pulse waited for it.
            int shown = clock.map(FrameClock::frames).orElse(0);
            long since = System.nanoTime();
            atFirstPulseWhen(() -> clock.map(c -> c.frames() > shown).orElse(true)
                    || System.nanoTime() - since > SHOWN_WAIT_NS, this::showControls);
        });
    }

    private HBox toolbar(SearchBox search) {
        Label title = new Label("Priority Atlas");
        title.getStyleClass().add("app-title");
        Label subtitle = new Label("China's provincial policy priorities · 省级政策重点");
        subtitle.getStyleClass().add("app-subtitle");
        VBox brand = new VBox(0, title, subtitle);
        // The title keeps its whole width (measured once styled: it is bold 18 px); the subtitle gives way.
        title.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(search.field(), Priority.ALWAYS);
        search.field().setMaxWidth(560);
        search.field().setMinWidth(150);
        search.field().boundsInParentProperty().addListener(o -> placeResults(search));
        // Unmanaged, the list is sized only here: it grows and shrinks with its results.
        search.results().prefHeightProperty().addListener(o -> placeResults(search));
        Button present = new Button("Present");
        present.setId("present");
        present.setTooltip(new Tooltip("Full screen, large type, high contrast; arrows step (F11)"));
        present.setOnAction(e -> setPresenting(true));
        Button addDocument = new Button("Add document...");
        addDocument.setId("add-document");
        addDocument.setTooltip(new Tooltip("Add your own articles to the atlas; or drop files on the window"));
        addDocument.setOnAction(e -> onAddDocument.run());
        Button export = new Button("Export...");
        export.setId("export");
        export.setTooltip(new Tooltip("Save the map as a PNG or SVG figure, copy it or print it"));
        export.setOnAction(e -> ExportDialog.show(getScene().getWindow(), model, fontFamily));
        Node[] controls = {periodChoice(), new DocumentFilterMenu(model), labelToggle(), addDocument, export, present};
        // Controls keep their full width; the search field and the subtitle give way on narrow windows.
        for (Node control : controls) {
            ((Region) control).setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox bar = new HBox(10, brand, search.field());
        bar.getChildren().addAll(controls);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 14, 8, 14));
        bar.getStyleClass().add("toolbar");
        bar.setMinHeight(TOOLBAR_HEIGHT);
        bar.setPrefHeight(TOOLBAR_HEIGHT);
        bar.setMaxHeight(TOOLBAR_HEIGHT);
        return bar;
    }

    private static void placeResults(SearchBox search) {
        Bounds b = search.field().localToScene(search.field().getBoundsInLocal());
        search.results().relocate(b.getMinX(), b.getMaxY() + 2);
        search.results().resize(Math.max(b.getWidth(), 420), search.results().prefHeight(-1));
    }

    private ChoiceBox<String> periodChoice() {
        ChoiceBox<String> choice = new ChoiceBox<>();
        choice.setId("period");
        choice.getItems().add(Filter.ALL_PERIODS);
        choice.getItems().addAll(model.atlas().periods());
        choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(String period) {
                return PeriodNames.shortOf(period);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        choice.setValue(model.periodProperty().get());
        choice.valueProperty().addListener((o, old, p) -> model.setPeriod(p));
        model.periodProperty().addListener((o, old, p) -> choice.setValue(p));
        choice.setAccessibleText("Plan period");
        return choice;
    }

    private HBox labelToggle() {
        ToggleGroup group = new ToggleGroup();
        HBox box = new HBox();
        box.getStyleClass().add("segmented");
        for (LabelMode mode : LabelMode.values()) {
            ToggleButton b = new ToggleButton(switch (mode) {
                case ENGLISH -> "EN";
                case CHINESE -> "中文";
                case BOTH -> "Both";
            });
            b.setId("labels-" + mode.name().toLowerCase(java.util.Locale.ROOT));
            b.setToggleGroup(group);
            b.setUserData(mode);
            b.setSelected(model.labelModeProperty().get() == mode);
            b.setOnAction(e -> model.labelModeProperty().set(mode));
            box.getChildren().add(b);
        }
        model.labelModeProperty().addListener((o, old, mode) -> group.getToggles()
                .forEach(t -> t.setSelected(t.getUserData() == mode)));
        return box;
    }

    private VBox sectorColumn(SectorList list) {
        Label heading = new Label("Sectors, by number of regions");
        heading.getStyleClass().add("column-heading");
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox column = new VBox(6, heading, list);
        column.setPadding(new Insets(10, 0, 0, 10));
        // Its preferred width follows the window's: layoutChildren sets it before each layout.
        column.setMinWidth(COLUMN_MIN_WIDTH);
        column.getStyleClass().add("sector-column");
        return column;
    }

    private StackPane mapArea() {
        notice.getStyleClass().add("notice");
        notice.setId("notice");
        notice.setWrapText(true);
        notice.textProperty().bind(model.noticeProperty());
        notice.visibleProperty().bind(model.noticeProperty().isNotEmpty());
        notice.setOnMouseClicked(e -> model.showNotice(""));
        // Only the map at first; the overlays over it come with the controls (showControls).
        StackPane area = new MapArea(map);
        // The map takes whatever room the columns leave. A computed minimum would measure the legend's and
        // the caption's wrapped texts whenever the area is laid out (each change of sector).
        area.setMinSize(0, 0);
        StackPane.setAlignment(notice, Pos.BOTTOM_CENTER);
        StackPane.setMargin(notice, new Insets(0, 60, 28, 60));
        area.getStyleClass().add("map-area");
        return area;
    }

    /**
     * The map with the legend, caption and notice over it. The map is sized here but not managed, which
     * makes it a layout root: each pan and zoom step asks for a layout of the map alone. Managed, the request
     * went up to the window's root, and every step laid out this area and the window again, measuring the
     * legend's and the columns' wrapped texts (37 of the zoom benchmark's 239 FX thread samples in the window's
     * layout alone, JFR).
     */
    private static final class MapArea extends StackPane {
        private final AtlasMapView map;

        MapArea(AtlasMapView map) {
            super(map);
            this.map = map;
            map.setManaged(false);
        }

        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            Insets in = getInsets();
            map.resizeRelocate(in.getLeft(), in.getTop(), getWidth() - in.getLeft() - in.getRight(),
                    getHeight() - in.getTop() - in.getBottom());
        }
    }

    private void bindMap() {
        var layer = map.layer();
        layer.setColouring(model.colouringProperty().get());
        layer.setLabelMode(model.labelModeProperty().get());
        model.colouringProperty().addListener((o, old, c) -> layer.setColouring(c));
        model.labelModeProperty().addListener((o, old, m) -> layer.setLabelMode(m));
        model.selectedRegionProperty().addListener((o, old, id) -> layer.setSelected(id));
        layer.setSelected(model.selectedRegionProperty().get());
        layer.setOnSelect(model::selectRegion);
        map.setTooltipText(this::tooltip);
    }

    private String tooltip(String regionId) {
        var region = model.atlas().region(regionId);
        if (region.isEmpty()) {
            return regionId;
        }
        List<ClaimView> claims = model.atlas().claimsOf(regionId);
        String top = claims.stream().limit(3).map(c -> c.sector().name().en()).collect(Collectors.joining("\n  "));
        String head = region.get().name().en() + "  " + region.get().name().zh();
        return claims.isEmpty() ? head + "\nNo priorities named in these documents"
                : head + "\n" + claims.size() + " priority sectors, led by:\n  " + top;
    }

    private void openDocument(Evidence evidence) {
        Optional<String> body = documentBodies.apply(evidence.document().id());
        if (body.isEmpty()) {
            model.showNotice("The text of " + evidence.document().shortTitle() + " is not available.");
            return;
        }
        DocumentViewer.show(getScene().getWindow(), evidence, body.get(), stylesheet(), fontFamily);
    }

    private void copy(Evidence evidence) {
        ClipboardContent content = new ClipboardContent();
        content.putString(evidence.quotation());
        Clipboard.getSystemClipboard().setContent(content);
        model.showNotice("Copied the sentence with its citation.");
    }

    static String stylesheet() {
        return AtlasView.class.getResource("/styles/atlas.css").toExternalForm();
    }

    /** Shortcuts that work wherever the focus is. */
    private void onKeyFilter(KeyEvent e) {
        if (e.getCode() == KeyCode.F11 || presenting.get() && presentationKey(e.getCode())) {
            if (e.getCode() == KeyCode.F11) {
                setPresenting(!presenting.get());
            }
            e.consume();
        } else if (e.isShortcutDown() && e.getCode() == KeyCode.F && chrome != null) {
            chrome.search.focus();
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE && (chrome == null || !chrome.search.isOpen())) {
            model.clearSelection();
            map.requestFocus();
            e.consume();
        } else if (e.getCode() == KeyCode.PAGE_DOWN || e.getCode() == KeyCode.PAGE_UP) {
            model.stepRegion(e.getCode() == KeyCode.PAGE_DOWN ? 1 : -1);
            map.centreOn(model.selectedRegionProperty().get());
            e.consume();
        }
    }

    /** Shortcuts that apply when the focused control did not use the key (e.g. not while typing). */
    private void onKey(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl) {
            return;
        }
        switch (e.getCode()) {
            case CLOSE_BRACKET -> model.stepSector(1);
            case OPEN_BRACKET -> model.stepSector(-1);
            case L -> model.labelModeProperty().set(LabelMode.values()[
                    (model.labelModeProperty().get().ordinal() + 1) % LabelMode.values().length]);
            // Hides or shows the legend; China is refitted into the room it leaves (see keepLegendClear).
            case K -> {
                if (chrome != null) {
                    chrome.legend.setVisible(!chrome.legend.isVisible());
                }
            }
            default -> {
                if (!map.handleKey(e.getCode())) {
                    return;
                }
            }
        }
        e.consume();
    }

    /** In presentation mode arrows step through the atlas instead of panning; Esc leaves. */
    private boolean presentationKey(KeyCode code) {
        switch (code) {
            case RIGHT -> model.stepSector(1);
            case LEFT -> model.stepSector(-1);
            case DOWN -> stepRegion(1);
            case UP -> stepRegion(-1);
            case ESCAPE -> setPresenting(false);
            default -> {
                return false;
            }
        }
        return true;
    }

    private void stepRegion(int direction) {
        model.stepRegionWithPriorities(direction);
        map.centreOn(model.selectedRegionProperty().get());
    }

    /**
     * Presentation mode: full screen, the presentation stylesheet (large type, high contrast), the columns
     * folded away and the side panel replaced by a large caption; the selected region is spotlighted.
     */
    public void setPresenting(boolean on) {
        setPresenting(on, true);
    }

    /** {@code changed} false: only brings the toolbar and columns (or their stand-ins) in line with the mode. */
    private void setPresenting(boolean on, boolean changed) {
        presenting.set(on);
        for (Node n : List.of(layout.getTop(), layout.getLeft(), layout.getRight())) {
            n.setVisible(!on);
            n.setManaged(!on);
        }
        if (!changed) {
            return;
        }
        if (chrome != null) {
            chrome.caption.setVisible(on);
        }
        map.layer().setSpotlight(on);
        String sheet = presentationStylesheet();
        if (on && !getStylesheets().contains(sheet)) {
            getStylesheets().add(sheet);
            getStyleClass().add("presentation");
        } else if (!on) {
            getStylesheets().remove(sheet);
            getStyleClass().remove("presentation");
        }
        updateCompact();
        if (getScene() != null && getScene().getWindow() instanceof Stage stage) {
            stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
            stage.setFullScreenExitHint(on ? "Presentation: ← → sectors, ↑ ↓ regions, K legend, Esc to leave" : null);
            stage.setFullScreen(on);
        }
        map.requestFocus();
        Platform.runLater(this::fitBesideCaption);
    }

    /**
     * China is fitted beside the caption column, never under it. On a projector's 1280×800 a 600 px column
     * left the map half the screen: the column takes at most 40 % of the width.
     */
    private void fitBesideCaption() {
        // The legend is measured in the stylesheet of the mode just entered.
        mapArea.applyCss();
        mapArea.layout();
        legendReach = null;
        map.setFitInsets(presenting.get() ? new Insets(0, captionWidth() + 48, 0, 0) : Insets.EMPTY, legendReach());
    }

    /** The legend's size changes in a layout pass: the map is refitted after it, not within it. */
    private void requestLegendCheck() {
        if (!legendCheckPending) {
            legendCheckPending = true;
            Platform.runLater(() -> {
                legendCheckPending = false;
                keepLegendClear();
            });
        }
    }

    /**
     * China is fitted clear of the legend, moved down into the map's spare height first and made smaller
     * only when there is none; where the legend lies over empty land nothing moves. The room starts as the
     * overview's legend takes it ({@link #LEGEND_ROOM}, and in presentation mode, whose large type reached
     * over Inner Mongolia and Beijing on a 1280×800 projector, its presentation size), so the map stays put
     * when the legend arrives after the first frame and when a sector's shorter legend gives way to the
     * overview's. It only grows within a mode (a library whose legend is taller moves the map once); hidden
     * with K, the legend leaves the map all its room.
     */
    private void keepLegendClear() {
        map.setKeepClear(legendReach());
    }

    /** The legend's reach, grown to the legend's box as it is now (null when there is none to keep clear). */
    private Bounds legendReach() {
        if (chrome != null && !chrome.legend.isVisible()) {
            legendReach = null;
            return null;
        }
        Bounds room = presenting.get() ? PRESENTATION_LEGEND_ROOM : LEGEND_ROOM;
        double right = room.getMaxX();
        double bottom = room.getMaxY();
        if (chrome != null) {
            Bounds legend = map.parentToLocal(chrome.legend.getBoundsInParent());
            right = Math.max(right, legend.getMaxX() + LEGEND_MARGIN);
            bottom = Math.max(bottom, legend.getMaxY() + LEGEND_MARGIN);
        }
        if (legendReach != null) {
            right = Math.max(right, legendReach.getMaxX());
            bottom = Math.max(bottom, legendReach.getMaxY());
        }
        legendReach = new BoundingBox(0, 0, right, bottom);
        return legendReach;
    }

    private void updateCompact() {
        boolean compact = presenting.get() && getHeight() > 0 && getHeight() < COMPACT_BELOW;
        if (!compact) {
            getStyleClass().remove("compact");
        } else if (!getStyleClass().contains("compact")) {
            getStyleClass().add("compact");
        }
    }

    private double captionWidth() {
        return getWidth() > 0 ? Math.min(CAPTION_WIDTH, Math.round(getWidth() * 0.4)) : CAPTION_WIDTH;
    }

    public BooleanProperty presentingProperty() {
        return presenting;
    }

    static String presentationStylesheet() {
        return AtlasView.class.getResource("/styles/presentation.css").toExternalForm();
    }

    /** What the "Add document…" button opens (the library dialog, set by the app). */
    public void setOnAddDocument(Runnable action) {
        onAddDocument = action;
    }

    public AtlasMapView map() {
        return map;
    }

    /**
     * Goes once through every sector change where no frame shows it ({@link Rehearsal}), so that the user's
     * first changes are as quick as later ones (the app asks once, after start-up). Nothing before the controls
     * are up.
     */
    void rehearseChanges() {
        if (chrome != null) {
            rehearsal = Rehearsal.start(model, this, mapArea, chrome.sectors);
        }
    }

    /** Whether every view shows the current state: the map's picture is sharp and the side views caught up. */
    boolean caughtUp() {
        return chrome != null && map.layer().isSharp() && !chrome.panel.pending() && !chrome.caption.pending();
    }

    /** Whether nothing more is on its way: the views have {@link #caughtUp} and the start-up's rehearsal is over. */
    boolean settled() {
        return caughtUp() && rehearsal != null && rehearsal.done();
    }

    /** Runs {@code action} on the FX thread at the first pulse in which the window has {@link #caughtUp}. */
    void whenCaughtUp(Runnable action) {
        atFirstPulseWhen(this::caughtUp, action);
    }

    /** Runs {@code action} on the FX thread at the first pulse in which the window has {@link #settled}. */
    void whenSettled(Runnable action) {
        atFirstPulseWhen(this::settled, action);
    }

    /** Runs {@code action} once, at the first pulse in which {@code condition} holds. */
    private static void atFirstPulseWhen(BooleanSupplier condition, Runnable action) {
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (condition.getAsBoolean()) {
                    stop();
                    action.run();
                }
            }
        }.start();
    }
}
