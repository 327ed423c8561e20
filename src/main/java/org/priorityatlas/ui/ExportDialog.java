package org.priorityatlas.ui;

import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.priorityatlas.export.ExportFormat;
import org.priorityatlas.export.Exporter;
import org.priorityatlas.export.FigureAssets;
import org.priorityatlas.export.FigureRequest;
import org.priorityatlas.export.FigureSpec;
import org.priorityatlas.export.FigureText;
import org.priorityatlas.map.LabelMode;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/**
 * "Export…": the current view as a figure for a slide or brief. Save as PNG or SVG, copy the image, or
 * print. The figure is built and snapshotted on the FX thread (unavoidable); loading geometry, encoding
 * and writing run in the background with a progress indicator. Failures become a notice, never a trace.
 */
public final class ExportDialog {
    private final AtlasViewModel model;
    private final String fontFamily;
    private final Stage stage = new Stage();
    private final TextField title = new TextField();
    private final ChoiceBox<ExportFormat> format = new ChoiceBox<>();
    private final ChoiceBox<String> size = new ChoiceBox<>();
    private final TextField width = new TextField("1600");
    private final TextField height = new TextField("900");
    private final CheckBox transparent = new CheckBox("Transparent background (no paper, no sea)");
    private final ProgressIndicator progress = new ProgressIndicator();
    private final Label status = new Label();
    private final HBox actions;

    ExportDialog(Window owner, AtlasViewModel model, String fontFamily) {
        this.model = model;
        this.fontFamily = fontFamily;
        title.setId("export-title");
        title.setText(FigureText.defaultTitle(model.selectedSector(), model.periodProperty().get()));
        format.setId("export-format");
        format.getItems().setAll(ExportFormat.values());
        format.setValue(ExportFormat.PNG);
        size.setId("export-size");
        size.getItems().setAll(ExportSizes.NAMES);
        size.setValue(ExportSizes.NAMES.get(0));
        width.setPrefColumnCount(5);
        height.setPrefColumnCount(5);
        width.disableProperty().bind(size.valueProperty().isNotEqualTo(ExportSizes.CUSTOM));
        // A preset shows its numbers, so "Custom" starts from the last preset rather than from blanks.
        size.valueProperty().addListener((o, old, preset) -> {
            int[] wh = ExportSizes.of(preset, width.getText(), height.getText());
            width.setText(Integer.toString(wh[0]));
            height.setText(Integer.toString(wh[1]));
        });
        height.disableProperty().bind(width.disableProperty());
        transparent.setId("export-transparent");
        progress.setVisible(false);
        progress.setPrefSize(22, 22);
        status.setId("export-status");
        status.setWrapText(true);
        Button save = button("Save...", "export-save", this::save);
        Button copy = button("Copy image", "export-copy", this::copy);
        Button print = button("Print...", "export-print", this::print);
        Button close = button("Close", "export-close", stage::close);
        close.setCancelButton(true);
        save.setDefaultButton(true);
        HBox spacer = new HBox();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        actions = new HBox(8, progress, spacer, print, copy, save, close);
        stage.setScene(new Scene(content(), 560, Region.USE_COMPUTED_SIZE));
        stage.getScene().getStylesheets().add(AtlasView.stylesheet());
        stage.getScene().getRoot().setStyle("-fx-font-family: '" + fontFamily + "';");
        stage.setTitle("Export figure");
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setUserData(this);
    }

    /** Opens the dialog for the view as it is now. */
    public static void show(Window owner, AtlasViewModel model, String fontFamily) {
        new ExportDialog(owner, model, fontFamily).stage.show();
    }

    private GridPane content() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.setPadding(new Insets(16));
        grid.getStyleClass().add("export-dialog");
        String labels = switch (model.labelModeProperty().get()) {
            case ENGLISH -> "English";
            case CHINESE -> "Chinese";
            case BOTH -> "English and Chinese";
        };
        grid.addRow(0, new Label("Title"), title);
        grid.addRow(1, new Label("Format"), format);
        grid.addRow(2, new Label("Size"), new HBox(8, size, width, new Label("\u00D7"), height));
        grid.addRow(3, new Label(""), transparent);
        grid.addRow(4, new Label("Region names"), new Label(labels + " (as on the map)"));
        grid.add(status, 0, 5, 2, 1);
        grid.add(actions, 0, 6, 2, 1);
        GridPane.setHgrow(title, Priority.ALWAYS);
        return grid;
    }

    private static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** The figure as the dialog describes it, or null (with the reason shown) when the size is invalid. */
    FigureSpec spec() {
        int[] wh = ExportSizes.of(size.getValue(), width.getText(), height.getText());
        try {
            FigureSpec.checkSize(wh[0], wh[1]);
        } catch (IllegalArgumentException e) {
            status.setText("The " + e.getMessage() + ".");
            return null;
        }
        LabelMode labels = model.labelModeProperty().get();
        return new FigureSpec(title.getText(), wh[0], wh[1], transparent.isSelected(), labels,
                model.selectedRegionProperty().get(), LocalDate.now());
    }

    private FigureRequest request(FigureSpec spec) {
        return new FigureRequest(FigureAssets.bundled(), model.atlas(), model.selectedSector(), spec, fontFamily);
    }

    private void save() {
        FigureSpec spec = spec();
        if (spec == null) {
            return;
        }
        ExportFormat f = format.getValue();
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save figure");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(f.name(), "*." + f.extension()));
        chooser.setInitialFileName(ExportSizes.fileName(model.selectedSector(), f));
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            saveTo(file.toPath(), spec, f);
        }
    }

    /** Writes the figure to {@code target} in the background (also the entry point for tests). */
    void saveTo(Path target, FigureSpec spec, ExportFormat f) {
        run("Saving " + target.getFileName() + "...", () -> {
            Exporter.export(request(spec), f, target);
            return "Saved " + target.getFileName() + " (" + f.name() + ", " + spec.width() + "\u00D7" + spec.height() + ").";
        });
    }

    private void copy() {
        FigureSpec spec = spec();
        if (spec == null) {
            return;
        }
        run("Copying...", () -> {
            var image = Exporter.image(request(spec));
            Platform.runLater(() -> {
                ClipboardContent content = new ClipboardContent();
                content.putImage(image);
                Clipboard.getSystemClipboard().setContent(content);
            });
            return "Copied the figure (" + spec.width() + "\u00D7" + spec.height() + ") to the clipboard.";
        });
    }

    private void print() {
        FigureSpec spec = spec();
        if (spec == null) {
            return;
        }
        FigurePrinter.print(stage, spec, this::request, this::run, model::showNotice);
    }

    /** Runs one export step in the background: progress while it runs, the outcome as a notice. */
    void run(String working, ExportStep step) {
        status.setText(working);
        progress.setVisible(true);
        actions.setDisable(true);
        Task<String> task = new Task<>() {
            @Override
            protected String call() throws Exception {
                return step.run();
            }
        };
        task.setOnSucceeded(e -> finish(task.getValue()));
        task.setOnFailed(e -> finish("Export failed: " + message(task.getException())));
        Thread thread = new Thread(task, "export");
        thread.setDaemon(true);
        thread.start();
    }

    private void finish(String message) {
        progress.setVisible(false);
        actions.setDisable(false);
        status.setText(message);
        model.showNotice(message);
    }

    private static String message(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName().toLowerCase(Locale.ROOT) : m;
    }

    /** A background step of an export; returns the message to show when it succeeds. */
    @FunctionalInterface
    interface ExportStep {
        String run() throws Exception;
    }

    Stage stage() {
        return stage;
    }
}
