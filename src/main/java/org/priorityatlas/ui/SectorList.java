package org.priorityatlas.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;
import org.priorityatlas.explore.AtlasIndex;
import org.priorityatlas.explore.SectorCount;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The sector picker, ranked by how many regions chose each sector (the convergence question), with the
 * overview on top. Selecting a row recolours the map.
 */
final class SectorList extends ListView<SectorList.Row> {
    /** A row: a sector with its region count, or the overview when {@code count} is null. */
    record Row(SectorCount count, int maxRegions) {
        String sectorId() {
            return count == null ? null : count.sector().id();
        }
    }

    private final AtlasViewModel model;
    private boolean updating;

    SectorList(AtlasViewModel model) {
        this.model = model;
        setId("sector-list");
        getStyleClass().add("sector-list");
        setCellFactory(v -> new RowCell());
        getSelectionModel().selectedItemProperty().addListener((o, old, row) -> {
            if (!updating && row != null && !Objects.equals(row.sectorId(), model.selectedSectorProperty().get())) {
                model.selectSector(row.sectorId());
            }
        });
        model.atlasProperty().addListener(o -> refill());
        model.selectedSectorProperty().addListener(o -> syncSelection());
        refill();
    }

    private void refill() {
        AtlasIndex atlas = model.atlas();
        List<SectorCount> ranking = atlas.convergence();
        int max = ranking.stream().mapToInt(SectorCount::regions).max().orElse(0);
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(null, max));
        ranking.forEach(c -> rows.add(new Row(c, max)));
        updating = true;
        getItems().setAll(rows);
        updating = false;
        syncSelection();
    }

    private void syncSelection() {
        String id = model.selectedSectorProperty().get();
        updating = true;
        getItems().stream().filter(r -> Objects.equals(r.sectorId(), id)).findFirst().ifPresent(r -> {
            getSelectionModel().select(r);
            scrollTo(r);
        });
        updating = false;
    }

    private static final class RowCell extends ListCell<Row> {
        RowCell() {
            // Cells take the list's width, so long names wrap instead of scrolling sideways.
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Row row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                setText(null);
                setAccessibleText(null);
                return;
            }
            setText(null);
            setGraphic(row.count() == null ? overview() : sectorRow(row));
            setAccessibleText(row.count() == null ? "Overview: number of priority sectors per region"
                    : row.count().sector().name().en() + ", " + row.count().regions() + " regions");
        }

        private static HBox overview() {
            Label name = new Label("Overview \u00B7 all sectors");
            name.getStyleClass().add("sector-name");
            HBox box = new HBox(8, new Circle(6, Color.web("#5E6FB0")), name);
            box.setAlignment(Pos.CENTER_LEFT);
            return box;
        }

        private static HBox sectorRow(Row row) {
            SectorCount c = row.count();
            Label name = new Label(c.sector().name().en());
            name.getStyleClass().add("sector-name");
            name.setMinWidth(0);
            name.setWrapText(true);
            Label zh = new Label(c.sector().name().zh());
            zh.getStyleClass().add("sector-name-zh");
            Label count = new Label(Integer.toString(c.regions()));
            count.getStyleClass().add("sector-count");
            double fraction = row.maxRegions() == 0 ? 0 : c.regions() / (double) row.maxRegions();
            Rectangle bar = new Rectangle(Math.max(2, 34 * fraction), 6, Color.web(c.sector().color()));
            StackPane barBox = new StackPane(bar);
            barBox.setMinWidth(36);
            barBox.setPrefWidth(36);
            barBox.setAlignment(Pos.CENTER_LEFT);
            VBox names = new VBox(0, name, zh);
            names.setMinWidth(0);
            names.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(names, Priority.ALWAYS);
            HBox box = new HBox(8, new Circle(6, Color.web(c.sector().color())), names, barBox, count);
            box.setAlignment(Pos.CENTER_LEFT);
            return box;
        }
    }
}
