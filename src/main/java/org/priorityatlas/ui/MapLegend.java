package org.priorityatlas.ui;

import javafx.geometry.Pos;
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

/** The headline and legend drawn over the map; follows the view model's colouring. */
final class MapLegend extends VBox {
    private final Label headline = new Label();
    private final VBox entries = new VBox(4);

    MapLegend(AtlasViewModel model) {
        super(6);
        getStyleClass().add("map-legend");
        setId("map-legend");
        headline.getStyleClass().add("map-headline");
        headline.setId("map-headline");
        headline.setWrapText(true);
        getChildren().addAll(headline, entries);
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        setMouseTransparent(true);
        model.colouringProperty().addListener((o, old, c) -> show(c));
        show(model.colouringProperty().get());
    }

    private void show(Colouring colouring) {
        headline.setText(colouring.headline());
        entries.getChildren().clear();
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
                entries.getChildren().addAll(heading, section);
            }
            Rectangle swatch = new Rectangle(14, 14, Color.web(entry.color()));
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
    }

    String headlineText() {
        return headline.getText();
    }
}
