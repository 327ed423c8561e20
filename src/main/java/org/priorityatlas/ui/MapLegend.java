package org.priorityatlas.ui;

import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.priorityatlas.map.Colouring;
import org.priorityatlas.map.LegendEntry;
import org.priorityatlas.map.Palette;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The headline and legend drawn over the map; follows the view model's colouring. */
final class MapLegend extends VBox {
    private final Label headline = new Label();
    private final VBox entries = new VBox(4);
    private final Map<List<String>, Built> layouts = new HashMap<>();

    /**
     * The legend lies over the map. While the map moves, every frame redraws it, and copying one bitmap is
     * cheaper than drawing its rounded box, texts and swatches, so it is cached then. At rest it is drawn
     * as nodes, so a new colouring redraws only the headline and swatches that changed. Rebuilding the whole
     * bitmap took the renderer about 1 ms of each sector change's frame.
     */
    MapLegend(AtlasViewModel model, ObservableBooleanValue mapMoving) {
        super(6);
        getStyleClass().add("map-legend");
        setId("map-legend");
        headline.getStyleClass().add("map-headline");
        headline.setId("map-headline");
        headline.setWrapText(true);
        // Presentation mode hides it (its caption shows the same headline): then it takes no room either.
        headline.managedProperty().bind(headline.visibleProperty());
        getChildren().addAll(headline, entries);
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        setMouseTransparent(true);
        cacheProperty().bind(mapMoving);
        model.colouringProperty().addListener((o, old, c) -> show(c));
        show(model.colouringProperty().get());
    }

    private void show(Colouring colouring) {
        headline.setText(colouring.headline());
        // The overview and the sector views have one layout each: built once, then recoloured.
        Built built = layouts.computeIfAbsent(layout(colouring), key -> build(colouring));
        if (!entries.getChildren().equals(built.nodes)) {
            entries.getChildren().setAll(built.nodes);
        }
        for (int i = 0; i < built.swatches.size(); i++) {
            built.swatches.get(i).setFill(Color.web(colouring.legend().get(i).color()));
        }
    }

    /** A legend layout's nodes and its swatches in legend order. */
    private record Built(List<Node> nodes, List<Rectangle> swatches) {
    }

    private Built build(Colouring colouring) {
        List<Node> nodes = new ArrayList<>();
        List<Rectangle> swatches = new ArrayList<>();
        TilePane section = null;
        String sectionName = null;
        for (LegendEntry entry : colouring.legend()) {
            if (!entry.section().equals(sectionName)) {
                sectionName = entry.section();
                Label heading = new Label(sectionName);
                heading.getStyleClass().add("legend-section");
                section = new TilePane(10, 3);
                section.setPrefColumns(2);
                section.setTileAlignment(Pos.CENTER_LEFT);
                nodes.add(heading);
                nodes.add(section);
            }
            Rectangle swatch = new Rectangle(14, 14, Color.web(entry.color()));
            swatches.add(swatch);
            swatch.getStyleClass().add("legend-swatch");
            if (entry.hatched()) {
                swatch.setStroke(Color.web(Palette.NO_DATA_HATCH));
                swatch.getStrokeDashArray().setAll(2.0, 2.0);
            }
            Label label = new Label(entry.label());
            label.getStyleClass().add("legend-label");
            HBox row = new HBox(7, swatch, label);
            row.setAlignment(Pos.CENTER_LEFT);
            section.getChildren().add(row);
        }
        return new Built(List.copyOf(nodes), List.copyOf(swatches));
    }

    private static List<String> layout(Colouring colouring) {
        return colouring.legend().stream().map(e -> e.section() + "|" + e.label() + "|" + e.hatched()).toList();
    }

    String headlineText() {
        return headline.getText();
    }
}
