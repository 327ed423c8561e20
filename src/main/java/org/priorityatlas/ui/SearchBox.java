package org.priorityatlas.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.priorityatlas.explore.SearchHit;

/**
 * The search field and its live results. Results sit in an overlay below the field (not a popup window,
 * which would take the keyboard away from the field); Enter applies the highlighted or first result.
 */
final class SearchBox {
    private final AtlasViewModel model;
    private final TextField field = new TextField();
    private final ListView<SearchHit> results = new ListView<>();

    SearchBox(AtlasViewModel model) {
        this.model = model;
        field.setId("search");
        field.setPromptText("Search: 广东, Hubei, chips... (Ctrl+F)");
        field.getStyleClass().add("search-field");
        field.setAccessibleText("Search regions, sectors and sentences");
        results.setId("search-results");
        results.getStyleClass().add("search-results");
        results.setVisible(false);
        results.setCellFactory(v -> new HitCell());
        field.textProperty().addListener((o, old, text) -> update(text));
        field.addEventHandler(KeyEvent.KEY_PRESSED, this::onFieldKey);
        results.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                apply(results.getSelectionModel().getSelectedItem());
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                close();
                e.consume();
            }
        });
        results.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                apply(results.getSelectionModel().getSelectedItem());
            }
        });
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now && !results.isFocused()) {
                results.setVisible(false);
            }
        });
    }

    TextField field() {
        return field;
    }

    ListView<SearchHit> results() {
        return results;
    }

    boolean isOpen() {
        return results.isVisible();
    }

    void focus() {
        field.requestFocus();
        field.selectAll();
    }

    void close() {
        results.setVisible(false);
    }

    private void update(String text) {
        var hits = model.search(text);
        results.getItems().setAll(hits);
        results.setPrefHeight(Math.min(8, Math.max(1, hits.size())) * 46 + 4);
        results.setVisible(!text.isBlank());
        if (!hits.isEmpty()) {
            results.getSelectionModel().select(0);
        }
    }

    private void onFieldKey(KeyEvent e) {
        switch (e.getCode()) {
            case ENTER -> apply(results.getSelectionModel().getSelectedItem());
            case DOWN -> {
                results.requestFocus();
                if (results.getSelectionModel().isEmpty() && !results.getItems().isEmpty()) {
                    results.getSelectionModel().select(0);
                }
            }
            case ESCAPE -> {
                if (!isOpen()) {
                    return;
                }
                close();
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void apply(SearchHit hit) {
        if (hit != null) {
            model.apply(hit);
            close();
        }
    }

    private static final class HitCell extends ListCell<SearchHit> {
        HitCell() {
            // A cell asks for no width of its own: long sentences end in "..." instead of scrolling the list sideways.
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(SearchHit hit, boolean empty) {
            super.updateItem(hit, empty);
            if (empty || hit == null) {
                setGraphic(null);
                return;
            }
            Label kind = new Label(switch (hit.kind()) {
                case REGION -> "Region";
                case SECTOR -> "Sector";
                case SENTENCE -> "Sentence";
            });
            kind.getStyleClass().add("hit-kind");
            Label label = new Label(hit.label());
            label.getStyleClass().add("hit-label");
            Label detail = new Label(hit.detail());
            detail.getStyleClass().add("hit-detail");
            VBox text = new VBox(1, label, detail);
            StackPane badge = new StackPane(kind);
            badge.setMinWidth(64);
            badge.setAlignment(Pos.CENTER_LEFT);
            javafx.scene.layout.HBox row = new javafx.scene.layout.HBox(8, badge, text);
            row.setAlignment(Pos.CENTER_LEFT);
            setGraphic(row);
            setAccessibleText(hit.kind() + ": " + hit.label() + ", " + hit.detail());
        }
    }
}
