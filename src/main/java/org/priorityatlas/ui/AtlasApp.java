package org.priorityatlas.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.priorityatlas.map.AtlasMapView;
import javafx.scene.paint.Color;
import org.priorityatlas.map.LabelMode;
import org.priorityatlas.map.Palette;
import org.priorityatlas.map.RegionLayer;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The atlas window. The stage shows at once with a progress indicator; the geodata, the dataset and the
 * fonts load on a background thread, then the atlas replaces it. A dataset that fails to load leaves an
 * empty atlas with a visible notice instead of a crash.
 */
public class AtlasApp extends Application {
    /** Frames between the window catching up and the {@link Rehearsal}. */
    private static final int REHEARSAL_PULSES = 3;
    private Stage stage;
    private Settings settings;
    private AtlasViewModel model;
    private AtlasView view;
    private LibraryDialog libraryDialog;

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        List<String> raw = getParameters().getRaw();
        if (Benchmarks.requested(raw, Benchmarks.BARE)) {
            // The floor for start-up: an empty window on the same JVM, measured the same way.
            stage.setScene(new Scene(new VBox(), 1280, 800));
            fillScreen(stage);
            stage.show();
            if (Benchmarks.requested(raw, Benchmarks.RECOLOUR)) {
                Benchmarks.runBareFrames(stage.getScene());
            } else {
                Benchmarks.reportBareFirstFrame(stage.getScene());
            }
            return;
        }
        this.settings = Settings.open();
        StartOptions options = StartOptions.parse(raw.stream().filter(a -> !a.startsWith("--benchmark-")).toList());
        options.problems().forEach(p -> System.err.println("priority-atlas: " + p));
        stage.setTitle("Priority Atlas \u2014 China's provincial policy priorities");
        Scene scene = new Scene(loadingPane(), settings.getDouble("width", 1280), settings.getDouble("height", 800),
                Color.web(Palette.SEA));
        scene.getStylesheets().add(AtlasView.stylesheet());
        stage.setScene(scene);
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        // First run: fill the screen (also where no window manager maximises); later runs get the size
        // the user left the window at.
        if (settings.get("width").isEmpty()) {
            fillScreen(stage);
        } else {
            stage.setMaximized(settings.get("maximized").map(Boolean::parseBoolean).orElse(false));
        }
        stage.setFullScreen(options.fullScreen());
        stage.setOnCloseRequest(e -> saveView());
        stage.show();
        // The FX thread would now wait for the loader thread: it parses the controls' stylesheet meanwhile
        // (modena, 0.1-0.3 s on a cold JVM; measured 0.4-0.5 s off the first frame). The icon, 60-130 ms to
        // decode and scale, waits until there is something on screen.
        Platform.runLater(() -> Application.setUserAgentStylesheet(Application.STYLESHEET_MODENA));
        AfterPulses.run(2, () -> stage.getIcons().add(new javafx.scene.image.Image(
                AtlasApp.class.getResource("/icons/priority-atlas.png").toExternalForm())));
        Preload.take(options).whenComplete((resources, error) -> Platform.runLater(() -> {
            if (error == null) {
                show(resources, options);
            } else {
                showFatal(error.getCause() != null ? error.getCause() : error);
            }
        }));
    }

    /** The first run's window (also the bare benchmark's, so both draw frames of the same size). */
    private static void fillScreen(Stage stage) {
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        stage.setX(screen.getMinX());
        stage.setY(screen.getMinY());
        stage.setWidth(screen.getWidth());
        stage.setHeight(screen.getHeight());
        stage.setMaximized(true);
    }

    private static VBox loadingPane() {
        // Text, not a Label: a first control would load the controls' stylesheet before the window shows.
        javafx.scene.text.Text text = new javafx.scene.text.Text("Loading the atlas...");
        text.getStyleClass().add("loading-text");
        VBox box = new VBox(12, text);
        box.getStyleClass().add("loading");
        return box;
    }

    private void show(AtlasResources resources, StartOptions options) {
        String family = Fonts.load();
        RegionLayer layer = new RegionLayer(resources.geodata(), resources.dataset().regions()
                .stream().collect(Collectors.toMap(r -> r.id(), r -> r.name(), (a, b) -> a)));
        AtlasMapView map = new AtlasMapView(layer);
        // The map's first picture is drawn on its own thread while the views below are built and styled.
        AtlasView.primeMap(map, stage.getScene().getWidth(), stage.getScene().getHeight(), stage.getRenderScaleX());
        model = new AtlasViewModel(resources.index());
        resources.datasetError().ifPresent(model::showNotice);
        view = new AtlasView(model, map, resources::documentBody, family);
        libraryDialog = new LibraryDialog(stage, model, resources.library(), family);
        view.setOnAddDocument(libraryDialog::show);
        libraryDialog.acceptDrops(view);
        restoreView(options);
        stage.getScene().setRoot(view);
        // Work that makes the first changes quicker, held back until the window has settled so that it
        // leaves start-up alone.
        view.whenCaughtUp(() -> {
            model.computeColouringsAhead();
            layer.makeReadyForChanges();
            // A few frames on, so the caught-up frame reaches the window before the FX thread is busy with it.
            AfterPulses.run(REHEARSAL_PULSES, view::rehearseChanges);
        });
        Platform.runLater(() -> view.map().requestFocus());
        if (options.present()) {
            Platform.runLater(() -> view.setPresenting(true));
        }
        List<String> raw = getParameters().getRaw();
        if (Benchmarks.requested(raw, Benchmarks.STARTUP)) {
            Benchmarks.reportStartup(stage.getScene(), () -> view.map().layer().sharpFrames() > 0, view::caughtUp);
        } else if (Benchmarks.requested(raw, Benchmarks.RECOLOUR)) {
            Benchmarks.runRecolour(model, view);
        }
    }

    /** The command line wins over the remembered view. */
    private void restoreView(StartOptions options) {
        boolean fromArgs = options.choosesView();
        String period = fromArgs ? options.period().orElse(null) : settings.get("period").orElse(null);
        String sector = fromArgs ? options.sector().orElse(null) : settings.get("sector").orElse(null);
        String region = fromArgs ? options.region().orElse(null) : settings.get("region").orElse(null);
        if (period != null) {
            if (!model.atlas().periods().contains(period) && !"all".equals(period)) {
                model.showNotice("Unknown period '" + period + "'; showing all periods.");
            } else {
                model.setPeriod(period);
            }
        }
        model.selectSector(sector);
        model.selectRegion(region);
        if (sector != null && model.selectedSectorProperty().get() == null) {
            model.showNotice("Unknown sector '" + sector + "'.");
        }
        if (region != null && model.selectedRegionProperty().get() == null) {
            model.showNotice("Unknown region '" + region + "'; use an id such as CN-GD.");
        }
        options.labels().or(() -> settings.get("labels").flatMap(AtlasApp::labelMode))
                .ifPresent(model.labelModeProperty()::set);
    }

    private static java.util.Optional<LabelMode> labelMode(String saved) {
        return java.util.Arrays.stream(LabelMode.values()).filter(m -> m.name().equals(saved)).findFirst();
    }

    private void saveView() {
        if (model == null) {
            return;
        }
        settings.put("region", model.selectedRegionProperty().get());
        settings.put("sector", model.selectedSectorProperty().get());
        settings.put("period", model.periodProperty().get());
        settings.put("labels", model.labelModeProperty().get().name());
        settings.put("maximized", Boolean.toString(stage.isMaximized()));
        if (!stage.isFullScreen() && !stage.isMaximized()) {
            settings.putDouble("width", stage.getWidth());
            settings.putDouble("height", stage.getHeight());
        }
        settings.flush();
    }

    @Override
    public void stop() {
        saveView();
    }

    private void showFatal(Throwable error) {
        Label message = new Label("The atlas could not start: " + error.getMessage());
        message.getStyleClass().add("notice");
        message.setWrapText(true);
        stage.getScene().setRoot(new VBox(message));
    }

    /** The loaded view model, for tests. */
    AtlasViewModel model() {
        return model;
    }

    AtlasView view() {
        return view;
    }

    LibraryDialog libraryDialog() {
        return libraryDialog;
    }
}
