package org.priorityatlas.ui;

import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.priorityatlas.dataset.Dataset;
import org.priorityatlas.dataset.DocumentInfo;
import org.priorityatlas.explore.Counted;
import org.priorityatlas.extract.DocumentReader;
import org.priorityatlas.extract.SourceDocument;
import org.priorityatlas.library.DocumentStats;
import org.priorityatlas.library.Library;
import org.priorityatlas.library.LibrarySession;
import org.priorityatlas.library.Overrides;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "Your documents": choose or drop a file, check its title, outlet, date and period, add it; and the list
 * of documents with their claim counts, the user's with a Remove button. Reading, rebuilding and writing run
 * on {@link LibraryTasks}' background thread; the map updates through {@link AtlasViewModel#setDataset}
 * and every failure becomes a one-line notice.
 */
final class LibraryDialog {
    static final List<String> EXTENSIONS = List.of("*.txt", "*.md", "*.html", "*.htm");

    private final Window owner;
    private final AtlasViewModel model;
    private final LibrarySession session;
    private final LibraryTasks tasks;
    private final TextField title = field("title");
    private final TextField outlet = field("outlet");
    private final TextField date = field("date");
    private final TextField period = field("period");
    private final Label fileLabel = new Label("No file chosen");
    private final Label status = new Label();
    private final Button add = new Button("Add to atlas");
    private final ProgressIndicator progress = new ProgressIndicator();
    private final VBox documents = new VBox(6);
    private final String fontFamily;
    private Stage stage;
    private Path chosen;

    LibraryDialog(Window owner, AtlasViewModel model, LibrarySession session, String fontFamily) {
        this.owner = owner;
        this.fontFamily = fontFamily;
        this.model = model;
        this.session = session;
        this.tasks = new LibraryTasks(model, session);
        tasks.busyProperty().addListener((o, was, busy) -> {
            progress.setVisible(busy);
            add.setDisable(busy || chosen == null);
        });
        tasks.setOnChange(this::refreshList);
    }

    /** Opens (or raises) the dialog. */
    void show() {
        if (stage == null) {
            stage = build();
        }
        refreshList();
        stage.show();
        stage.toFront();
    }

    /** Shows the form for a file, pre-filled from its header or HTML metadata (read in the background). */
    void prepare(Path file) {
        show();
        chosen = file;
        fileLabel.setText(file.getFileName().toString());
        status.setText("");
        add.setDisable(true);
        List.of(title, outlet, date, period).forEach(TextField::clear);
        tasks.run(() -> DocumentReader.read(file), this::fill, error -> {
            chosen = null;
            status.setText(file.getFileName() + ": " + error);
        });
    }

    /** Adds a file with these values; the returned task finishes after the map has the new claims. */
    Task<Library.Added> add(Path file, Overrides overrides) {
        return tasks.add(file, overrides, added -> {
            status.setText("Added \"" + added.entry().title() + "\": " + Counted.of(added.stats().claims(), "claim") + ".");
            chosen = null;
            fileLabel.setText("No file chosen");
            add.setDisable(true);
        }, status::setText);
    }

    Task<Dataset> remove(String documentId) {
        return tasks.remove(documentId);
    }

    /** Files dropped anywhere on the window: one opens the form, several are added as they are. */
    void acceptDrops(Node root) {
        DocumentDrop.install(root, files -> {
            if (files.size() == 1) {
                prepare(files.get(0));
            } else {
                files.forEach(f -> add(f, Overrides.NONE));
                show();
            }
        });
    }

    private void fill(SourceDocument doc) {
        title.setText(doc.title());
        outlet.setText(SourceDocument.UNKNOWN_OUTLET.equals(doc.outlet()) ? "" : doc.outlet());
        date.setText(SourceDocument.UNDATED.equals(doc.date()) ? "" : doc.date());
        period.setText(doc.period());
        add.setDisable(tasks.busyProperty().get());
        title.requestFocus();
    }

    private Stage build() {
        Button choose = new Button("Choose file...");
        choose.setId("library-choose");
        choose.setOnAction(e -> choose());
        add.setId("library-add");
        add.setDefaultButton(true);
        add.setDisable(true);
        add.setOnAction(e -> {
            if (chosen != null) {
                add(chosen, new Overrides(title.getText(), outlet.getText(), date.getText(), period.getText()));
            }
        });
        progress.setVisible(false);
        progress.setPrefSize(22, 22);
        status.setId("library-status");
        status.setWrapText(true);
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, new Label("File"), fileLabel);
        form.addRow(1, new Label("Title"), title);
        form.addRow(2, new Label("Outlet"), outlet);
        form.addRow(3, new Label("Date"), date);
        form.addRow(4, new Label("Period"), period);
        GridPane.setHgrow(title, Priority.ALWAYS);
        Label hint = new Label("Text, Markdown or HTML; you can also drop files on the atlas window.");
        hint.setWrapText(true);
        HBox actions = new HBox(10, choose, add, progress);
        actions.setAlignment(Pos.CENTER_LEFT);
        Label listTitle = new Label("Documents in the atlas");
        listTitle.getStyleClass().add("panel-title");
        ScrollPane list = new ScrollPane(documents);
        list.setFitToWidth(true);
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox root = new VBox(10, hint, form, actions, status, listTitle, list);
        root.setPadding(new Insets(14));
        root.setId("library-dialog");
        // The bundled face, as in the window: a title in Chinese would show as boxes in the system's font.
        root.setStyle("-fx-font-family: '" + fontFamily + "';");
        Stage s = new Stage();
        s.initOwner(owner);
        s.setTitle("Your documents \u2014 Priority Atlas");
        Scene scene = new Scene(root, 680, 600);
        scene.getStylesheets().add(AtlasView.stylesheet());
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                s.close();
            }
        });
        DocumentDrop.install(root, files -> prepare(files.get(0)));
        s.setScene(scene);
        return s;
    }

    private void choose() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Add a document");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Documents (.txt, .md, .html, .htm)",
                EXTENSIONS));
        File file = chooser.showOpenDialog(stage);
        if (file != null) {
            prepare(file.toPath());
        }
    }

    /** Bundled documents first, read-only; then the user's, each with its Remove button. */
    private void refreshList() {
        Map<String, DocumentStats> stats = session.stats();
        Set<String> bundled = Set.copyOf(session.bundled().documents().stream().map(DocumentInfo::id).toList());
        documents.getChildren().clear();
        for (DocumentInfo d : session.merged().documents()) {
            documents.getChildren().add(row(d, stats.getOrDefault(d.id(), DocumentStats.NONE), bundled.contains(d.id())));
        }
    }

    private HBox row(DocumentInfo d, DocumentStats stats, boolean bundled) {
        Label name = new Label(d.shortTitle());
        name.setWrapText(true);
        Label detail = new Label(d.citation() + " \u00B7 " + Counted.of(stats.claims(), "claim")
                + (bundled ? " \u00B7 bundled (read-only)" : " \u00B7 yours"));
        detail.getStyleClass().add("citation");
        VBox text = new VBox(2, name, detail);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox row = new HBox(10, text);
        row.setAlignment(Pos.CENTER_LEFT);
        if (!bundled) {
            Button remove = new Button("Remove");
            remove.setId("remove-" + d.id());
            remove.setOnAction(e -> remove(d.id()));
            remove.disableProperty().bind(tasks.busyProperty());
            row.getChildren().add(remove);
        }
        row.setMinHeight(Region.USE_PREF_SIZE);
        return row;
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId("library-" + id);
        return f;
    }
}
