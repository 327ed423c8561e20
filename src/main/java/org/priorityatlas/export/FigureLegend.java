package org.priorityatlas.export;

import javafx.geometry.Insets;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.BorderStrokeStyle;
import javafx.scene.layout.BorderWidths;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import javafx.scene.text.Text;
import org.priorityatlas.map.Family;
import org.priorityatlas.map.Hatch;
import org.priorityatlas.map.LegendEntry;
import org.priorityatlas.map.Palette;

import java.util.Arrays;
import java.util.List;

/**
 * The figure's key: an optional heading, then each {@link LegendEntry} section with its rows, sized in
 * figure units. "No data" gets the same hatch as the regions; a family entry (the overview's dots) gets a
 * round chip like the one beside the labels.
 */
final class FigureLegend extends Pane {
    FigureLegend(String heading, List<LegendEntry> entries, FigureType type, double u) {
        getStyleClass().add("figure-legend");
        setId("figure-legend");
        double pad = 16 * u;
        double swatchW = 28 * u;
        double swatchH = 18 * u;
        double rowH = 28 * u;
        double y = pad;
        double width = 0;
        if (heading != null) {
            Text head = type.text(heading, 17 * u, true, MapFigure.INK);
            head.relocate(pad, y);
            getChildren().add(head);
            width = head.getLayoutBounds().getWidth();
            y += head.getLayoutBounds().getHeight() + 6 * u;
        }
        String section = null;
        for (LegendEntry entry : entries) {
            if (!entry.section().equals(section)) {
                section = entry.section();
                Text title = type.text(section, 14 * u, true, MapFigure.INK_SOFT);
                title.relocate(pad, y + 6 * u);
                getChildren().add(title);
                width = Math.max(width, title.getLayoutBounds().getWidth());
                y += title.getLayoutBounds().getHeight() + 10 * u;
            }
            Shape swatch = isFamily(entry) ? chip(entry, u) : swatch(entry, u, swatchW, swatchH);
            double swatchTop = y + (rowH - swatch.getLayoutBounds().getHeight()) / 2;
            swatch.relocate(pad + (swatchW - swatch.getLayoutBounds().getWidth()) / 2, swatchTop);
            Text text = type.text(entry.label(), 15.5 * u, false, MapFigure.INK);
            text.relocate(pad + swatchW + 12 * u, y + (rowH - text.getLayoutBounds().getHeight()) / 2);
            width = Math.max(width, swatchW + 12 * u + text.getLayoutBounds().getWidth());
            getChildren().addAll(swatch, text);
            y += rowH;
        }
        setPrefSize(width + 2 * pad, y + pad - 4 * u);
        setBackground(new Background(new BackgroundFill(Color.web("#FFFFFF", 0.96), new CornerRadii(6 * u), Insets.EMPTY)));
        setBorder(new Border(new BorderStroke(Color.web(MapFigure.LINE), BorderStrokeStyle.SOLID,
                new CornerRadii(6 * u), new BorderWidths(Math.max(1, u)))));
    }

    /** A sector family's entry: drawn as the chip the map puts beside a region's label. */
    private static boolean isFamily(LegendEntry entry) {
        return Arrays.stream(Family.values())
                .anyMatch(f -> f.color().equalsIgnoreCase(entry.color()) && f.english().equals(entry.label()));
    }

    private static Shape swatch(LegendEntry entry, double u, double w, double h) {
        Rectangle r = new Rectangle(w, h);
        r.setFill(entry.hatched() ? Hatch.pattern(1 / u) : Color.web(entry.color()));
        r.setStroke(Color.web(entry.hatched() ? Palette.NO_DATA_HATCH : "#FFFFFF", entry.hatched() ? 1 : 0));
        r.setStrokeWidth(u);
        r.getStyleClass().add("legend-swatch");
        return r;
    }

    private static Shape chip(LegendEntry entry, double u) {
        Circle c = new Circle(7 * u, Color.web(entry.color()));
        c.setStroke(Color.WHITE);
        c.setStrokeWidth(1.5 * u);
        c.getStyleClass().add("legend-chip");
        return c;
    }
}
