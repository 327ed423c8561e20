package org.priorityatlas.ui;

import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Skin;
import javafx.scene.control.skin.ScrollPaneSkin;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
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
 * overview on top. Selecting a row recolours the map. Eighteen rows need no virtual list: each row is built
 * once per ranking, and choosing a sector only moves the selection between two rows, where a list view
 * would measure and lay out every row again.
 */
final class SectorList extends ScrollPane {
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private final AtlasViewModel model;
    private final VBox rows = new VBox();

    SectorList(AtlasViewModel model) {
        this.model = model;
        setId("sector-list");
        getStyleClass().add("sector-list");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setContent(rows);
        model.atlasProperty().addListener(o -> refill());
        model.selectedSectorProperty().addListener(o -> syncSelection());
        refill();
    }

    /**
     * The stock skin caches its viewport as one bitmap, so moving the selection rebuilt and repainted the
     * whole column (4 ms of a recolour frame in the software renderer); uncached, only the two rows whose
     * selection changed are painted. Eighteen rows scroll quickly enough without the bitmap.
     */
    @Override
    protected Skin<?> createDefaultSkin() {
        ScrollPaneSkin skin = new ScrollPaneSkin(this);
        lookup(".viewport").setCache(false);
        return skin;
    }

    private void refill() {
        AtlasIndex atlas = model.atlas();
        List<SectorCount> ranking = atlas.convergence();
        int max = ranking.stream().mapToInt(SectorCount::regions).max().orElse(0);
        List<Node> built = new ArrayList<>();
        built.add(new Row(null, overview(), "Overview: number of priority sectors per region"));
        ranking.forEach(c -> built.add(new Row(c.sector().id(), sectorRow(c, max),
                c.sector().name().en() + ", " + c.regions() + " regions")));
        rows.getChildren().setAll(built);
        syncSelection();
    }

    private void syncSelection() {
        String id = model.selectedSectorProperty().get();
        for (Node n : rows.getChildren()) {
            Row row = (Row) n;
            row.setSelected(Objects.equals(row.sectorId, id));
            if (row.selected) {
                reveal(row);
            }
        }
    }

    /** Scrolls only as far as needed to show {@code row}, so a click never moves the row under the pointer. */
    private void reveal(Row row) {
        double content = rows.getHeight();
        double viewport = getViewportBounds().getHeight();
        if (content <= viewport || viewport <= 0) {
            return;
        }
        Bounds b = row.getBoundsInParent();
        double top = getVvalue() * (content - viewport);
        if (b.getMinY() < top) {
            setVvalue(b.getMinY() / (content - viewport));
        } else if (b.getMaxY() > top + viewport) {
            setVvalue((b.getMaxY() - viewport) / (content - viewport));
        }
    }

    private void step(Row from, int direction) {
        int at = rows.getChildren().indexOf(from) + direction;
        if (at >= 0 && at < rows.getChildren().size()) {
            Row to = (Row) rows.getChildren().get(at);
            to.requestFocus();
            model.selectSector(to.sectorId);
        }
    }

    private static HBox overview() {
        Label name = new Label("Overview \u00B7 all sectors");
        name.getStyleClass().add("sector-name");
        HBox box = new HBox(8, new Circle(6, Color.web("#5E6FB0")), name);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static HBox sectorRow(SectorCount c, int maxRegions) {
        Label name = new Label(c.sector().name().en());
        name.getStyleClass().add("sector-name");
        name.setMinWidth(0);
        name.setWrapText(true);
        Label zh = new Label(c.sector().name().zh());
        zh.getStyleClass().add("sector-name-zh");
        Label count = new Label(Integer.toString(c.regions()));
        count.getStyleClass().add("sector-count");
        double fraction = maxRegions == 0 ? 0 : c.regions() / (double) maxRegions;
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

    /** One row: a sector (or the overview, id null) that takes focus, clicks, Space, Enter and arrows. */
    private final class Row extends StackPane {
        private final String sectorId;
        private boolean selected;

        Row(String sectorId, Node content, String spoken) {
            super(content);
            this.sectorId = sectorId;
            getStyleClass().add("sector-row");
            setAlignment(Pos.CENTER_LEFT);
            setFocusTraversable(true);
            setAccessibleRole(AccessibleRole.TOGGLE_BUTTON);
            setAccessibleText(spoken);
            setOnMouseClicked(e -> {
                requestFocus();
                model.selectSector(sectorId);
            });
            addEventHandler(KeyEvent.KEY_PRESSED, e -> {
                switch (e.getCode()) {
                    case SPACE, ENTER -> model.selectSector(sectorId);
                    case UP -> step(this, -1);
                    case DOWN -> step(this, 1);
                    default -> {
                        return;
                    }
                }
                e.consume();
            });
        }

        void setSelected(boolean on) {
            if (on != selected) {
                selected = on;
                pseudoClassStateChanged(SELECTED, on);
                notifyAccessibleAttributeChanged(AccessibleAttribute.SELECTED);
            }
        }

        @Override
        public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
            return attribute == AccessibleAttribute.SELECTED ? selected : super.queryAccessibleAttribute(attribute, parameters);
        }
    }
}
