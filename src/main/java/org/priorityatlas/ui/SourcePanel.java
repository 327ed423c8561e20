package org.priorityatlas.ui;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import org.priorityatlas.dataset.DocumentInfo;
import org.priorityatlas.dataset.Sector;
import org.priorityatlas.explore.AtlasIndex;
import org.priorityatlas.explore.ClaimView;
import org.priorityatlas.explore.Counted;
import org.priorityatlas.explore.Evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The side panel: the selected region's sectors and every source sentence, or a sector's regions, or the
 * China-wide statements, or (with nothing selected) how to start and which documents are in view.
 */
final class SourcePanel extends ScrollPane {
    private final AtlasViewModel model;
    private final VBox content = new VBox(10);
    private final Consumer<Evidence> onOpen;
    private final Consumer<Evidence> onCopy;
    private final AfterMapFrame refresher = new AfterMapFrame(this::refresh);
    /** What the panel shows now; null before the first refresh. */
    private Shown shown;

    SourcePanel(AtlasViewModel model, Consumer<Evidence> onOpen, Consumer<Evidence> onCopy) {
        this.model = model;
        this.onOpen = onOpen;
        this.onCopy = onCopy;
        getStyleClass().add("source-panel");
        setId("source-panel");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        content.setPadding(new Insets(16, 18, 24, 18));
        content.getStyleClass().add("source-content");
        setContent(content);
        model.selectedRegionProperty().addListener(o -> refresher.request());
        // The colouring is recomputed after every sector, period or dataset change, so listening to it
        // (not to the sector) means the panel never reads the previous view's headline.
        model.colouringProperty().addListener(o -> refresher.request());
        model.panelTopicProperty().addListener(o -> refresher.request());
        refresh();
    }

    /** Whether the panel still shows an earlier selection (it refreshes in the frame after the map's). */
    boolean pending() {
        return refresher.pending();
    }

    /**
     * The state the panel's content follows. A refresh for the state already shown keeps the content and its
     * scroll position: a change undone before the panel's turn (a sector chosen and chosen away again within
     * a frame, the {@link Rehearsal}) leaves the panel as it was.
     */
    private record Shown(AtlasIndex atlas, AtlasViewModel.PanelTopic topic, String region, String sector) {
        boolean sameAs(Shown other) {
            // The atlas by identity: every filter or dataset change makes a new one, and equals would compare datasets.
            return other != null && atlas == other.atlas && topic == other.topic
                    && Objects.equals(region, other.region) && Objects.equals(sector, other.sector);
        }
    }

    private void refresh() {
        AtlasIndex atlas = model.atlas();
        Shown now = new Shown(atlas, model.panelTopicProperty().get(), model.selectedRegionProperty().get(),
                model.selectedSectorProperty().get());
        if (now.sameAs(shown)) {
            return;
        }
        shown = now;
        List<Node> nodes = new ArrayList<>();
        if (model.panelTopicProperty().get() == AtlasViewModel.PanelTopic.NATIONAL) {
            nodes.addAll(national(atlas));
        } else if (model.selectedRegion().isPresent()) {
            nodes.addAll(region(atlas, model.selectedRegion().get().id()));
        } else if (model.selectedSector().isPresent()) {
            nodes.addAll(sector(atlas, model.selectedSector().get()));
        } else {
            nodes.addAll(welcome(atlas));
        }
        if (model.panelTopicProperty().get() != AtlasViewModel.PanelTopic.NATIONAL) {
            Button national = new Button("China-wide statements (" + atlas.nationalClaims().size() + " sectors)");
            national.setId("show-national");
            national.getStyleClass().add("secondary-button");
            national.setOnAction(e -> model.showNational());
            nodes.add(national);
        }
        content.getChildren().setAll(nodes);
        // Styled now rather than in this pulse's CSS pass, where styling the new cards left their containers
        // marked for styling once more: the next pulse restyled them with nothing to show for it, and JavaFX
        // paints a frame without a dirty region in full. That was a 6-20 ms repaint of the whole window after
        // 83 of the recolour benchmark's 90 steps; now after 1.
        content.applyCss();
        setVvalue(0);
    }

    private List<Node> region(AtlasIndex atlas, String regionId) {
        var region = atlas.region(regionId).orElseThrow();
        List<ClaimView> claims = new ArrayList<>(atlas.claimsOf(regionId));
        // The sector the user is looking at comes first.
        model.selectedSector().ifPresent(s -> claims.sort((a, b) ->
                Boolean.compare(!a.sector().id().equals(s.id()), !b.sector().id().equals(s.id()))));
        List<Node> nodes = new ArrayList<>();
        nodes.add(title(region.name().en(), region.name().zh() + " \u00B7 " + capitalise(region.type())
                + " \u00B7 " + region.id()));
        if (claims.isEmpty()) {
            nodes.add(note("No priority sectors are named for " + region.name().en()
                    + " in the documents in view. Try another period, or add an article."));
            return nodes;
        }
        nodes.add(heading(Counted.of(claims.size(), "priority sector")));
        FlowPane chips = new FlowPane(6, 6);
        chips.getStyleClass().add("chips");
        claims.forEach(c -> chips.getChildren().add(chip(c.sector(), c.evidence().size())));
        nodes.add(chips);
        claims.forEach(c -> nodes.addAll(claimSection(c, c.sector().name().en())));
        return nodes;
    }

    private List<Node> sector(AtlasIndex atlas, Sector sector) {
        List<ClaimView> claims = atlas.claimsFor(sector.id());
        List<Node> nodes = new ArrayList<>();
        nodes.add(title(sector.name().en(), sector.name().zh()));
        nodes.add(heading(model.colouringProperty().get().headline()));
        if (claims.isEmpty()) {
            nodes.add(note("No region names this sector in the documents in view."));
        }
        claims.forEach(c -> nodes.addAll(claimSection(c, c.region().name().en() + "  " + c.region().name().zh())));
        return nodes;
    }

    private List<Node> national(AtlasIndex atlas) {
        List<Node> nodes = new ArrayList<>();
        nodes.add(title("China (national level)", "全国 \u00B7 statements about the country as a whole"));
        Button back = new Button("\u2190 Back");
        back.getStyleClass().add("link-button");
        back.setOnAction(e -> model.selectRegion(model.selectedRegionProperty().get()));
        nodes.add(back);
        if (atlas.nationalClaims().isEmpty()) {
            nodes.add(note("No national statements in the documents in view."));
        }
        atlas.nationalClaims().forEach(c -> nodes.addAll(claimSection(c, c.sector().name().en())));
        return nodes;
    }

    private List<Node> welcome(AtlasIndex atlas) {
        List<Node> nodes = new ArrayList<>();
        nodes.add(title("Priority Atlas", "中国省级政策重点"));
        nodes.add(note("Click a region to read the sentences behind its priorities, or pick a sector on "
                + "the left to see who prioritises it. Search with Ctrl+F in English or 中文."));
        List<DocumentInfo> documents = atlas.documents();
        nodes.add(heading(documents.size() + " documents in view"));
        for (DocumentInfo d : documents) {
            Label doc = new Label(d.shortTitle() + "\n" + d.citation() + " \u00B7 " + d.period());
            doc.getStyleClass().add("document-item");
            doc.setWrapText(true);
            doc.setMinHeight(Region.USE_PREF_SIZE);
            nodes.add(doc);
        }
        return nodes;
    }

    private List<Node> claimSection(ClaimView claim, String heading) {
        List<Node> nodes = new ArrayList<>();
        Label name = new Label(heading);
        name.setWrapText(true);
        name.setMinHeight(Region.USE_PREF_SIZE);
        HBox head = new HBox(8, swatch(claim.sector().color()), name);
        head.getStyleClass().add("claim-heading");
        Label meta = new Label(Counted.of(claim.evidence().size(), "sentence")
                + " \u00B7 " + Counted.of(claim.documentCount(), "document")
                + (claim.onlyViaGrouping() ? " \u00B7 only through a regional grouping" : ""));
        meta.getStyleClass().add(claim.onlyViaGrouping() ? "claim-meta-grouping" : "claim-meta");
        nodes.add(new VBox(2, head, meta));
        claim.evidence().forEach(e -> nodes.add(new EvidenceCard(e, onOpen, onCopy)));
        return nodes;
    }

    private Button chip(Sector sector, int sentences) {
        Button chip = new Button(sector.name().en() + "  " + sentences);
        chip.setGraphic(swatch(sector.color()));
        chip.getStyleClass().add("sector-chip");
        chip.setOnAction(e -> model.selectSector(sector.id()));
        return chip;
    }

    private static Circle swatch(String color) {
        Circle c = new Circle(6, Color.web(color));
        c.getStyleClass().add("swatch");
        return c;
    }

    private static VBox title(String main, String sub) {
        Label h = new Label(main);
        h.getStyleClass().add("panel-title");
        h.setWrapText(true);
        Label s = new Label(sub);
        s.getStyleClass().add("panel-subtitle");
        s.setWrapText(true);
        return new VBox(2, h, s);
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("panel-heading");
        l.setWrapText(true);
        return l;
    }

    private static Label note(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("panel-note");
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private static String capitalise(String s) {
        return s == null || s.isEmpty() ? "" : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
