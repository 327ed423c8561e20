package org.priorityatlas.ui;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.priorityatlas.explore.Evidence;

/** A window with a whole document, the quoted sentence highlighted and scrolled into view. */
final class DocumentViewer {
    private DocumentViewer() {
    }

    static Stage show(Window owner, Evidence evidence, String body, String stylesheet, String fontFamily) {
        int start = Math.max(0, Math.min(body.length(), evidence.sentence().start()));
        int end = Math.max(start, Math.min(body.length(), evidence.sentence().end()));
        Text before = new Text(body.substring(0, start));
        Text sentence = new Text(body.substring(start, end));
        Text after = new Text(body.substring(end));
        sentence.getStyleClass().add("highlighted-sentence");
        sentence.setId("highlighted-sentence");
        TextFlow flow = new TextFlow(before, sentence, after);
        flow.getStyleClass().add("document-body");
        flow.setPadding(new Insets(18, 22, 28, 22));
        ScrollPane scroll = new ScrollPane(flow);
        scroll.setFitToWidth(true);
        Label title = new Label(evidence.document().shortTitle());
        title.getStyleClass().add("panel-title");
        title.setWrapText(true);
        Label citation = new Label(evidence.document().citation() + " \u00B7 " + evidence.document().period()
                + (evidence.document().url() == null ? "" : " \u00B7 " + evidence.document().url()));
        citation.getStyleClass().add("citation");
        VBox header = new VBox(4, title, citation);
        header.setPadding(new Insets(14, 22, 10, 22));
        header.getStyleClass().add("viewer-header");
        BorderPane root = new BorderPane(scroll, header, null, null, null);
        root.getStyleClass().add("document-viewer");
        root.setStyle("-fx-font-family: '" + fontFamily + "';");
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(evidence.document().shortTitle() + " \u2014 Priority Atlas");
        Scene scene = new Scene(root, 760, 640);
        scene.getStylesheets().add(stylesheet);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setScene(scene);
        stage.show();
        Platform.runLater(() -> scrollTo(scroll, flow, sentence));
        return stage;
    }

    private static void scrollTo(ScrollPane scroll, TextFlow flow, Text sentence) {
        flow.applyCss();
        flow.layout();
        double contentHeight = flow.getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        double y = sentence.getBoundsInParent().getMinY() - viewport / 3;
        if (contentHeight > viewport) {
            scroll.setVvalue(Math.max(0, Math.min(1, y / (contentHeight - viewport))));
        }
    }
}
