package org.priorityatlas.ui;

import javafx.animation.FadeTransition;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.priorityatlas.explore.ClaimView;
import org.priorityatlas.explore.Evidence;

import java.util.List;
import java.util.Optional;

/**
 * The side panel as one large caption for a projector: the sector (or overview) headline, and for a
 * selected region its names and its strongest sentence with the citation. Fades between steps.
 */
final class PresentationCaption extends VBox {
    private final AtlasViewModel model;
    private final Label headline = new Label();
    private final Label region = new Label();
    private final Label quote = new Label();
    private final Label citation = new Label();
    private final AfterMapFrame refresher = new AfterMapFrame(this::refresh);

    PresentationCaption(AtlasViewModel model) {
        super(8);
        this.model = model;
        setId("presentation-caption");
        getStyleClass().add("presentation-caption");
        headline.getStyleClass().add("caption-headline");
        region.getStyleClass().add("caption-region");
        quote.getStyleClass().add("caption-quote");
        citation.getStyleClass().add("caption-citation");
        for (Label l : List.of(headline, region, quote, citation)) {
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
        }
        // Only the sentence gives way (ending in an ellipsis) when even compact type leaves the caption
        // taller than the screen: a caption that did not fit pushed the whole window up, off the screen.
        quote.setMinHeight(0);
        quote.setAlignment(Pos.TOP_LEFT);
        getChildren().addAll(headline, region, quote, citation);
        setMaxHeight(Region.USE_PREF_SIZE);
        setMouseTransparent(true);
        model.colouringProperty().addListener(o -> requestRefresh());
        model.selectedRegionProperty().addListener(o -> requestRefresh());
        // Out of presentation mode the caption is hidden: it catches up when it is shown.
        visibleProperty().addListener((o, was, shown) -> {
            if (shown) {
                refresh();
            }
        });
        refresh();
    }

    private void requestRefresh() {
        if (isVisible()) {
            refresher.request();
        }
    }

    boolean pending() {
        return refresher.pending();
    }

    private void refresh() {
        List<String> before = texts();
        // The Chinese name on a line of its own: wrapped after the English it broke between its characters.
        headline.setText(model.colouringProperty().get().headline()
                + model.selectedSector().map(s -> "\n" + s.name().zh()).orElse(""));
        Optional<ClaimView> claim = model.selectedRegion().flatMap(r -> model.selectedSector()
                .flatMap(s -> model.atlas().claim(r.id(), s.id()))
                .or(() -> model.atlas().claimsOf(r.id()).stream().findFirst()));
        region.setText(model.selectedRegion().map(r -> r.name().en() + "  " + r.name().zh()
                + claim.map(c -> " \u00B7 " + c.sector().name().en()).orElse("")).orElse(""));
        Optional<Evidence> best = claim.flatMap(c -> c.evidence().stream().filter(e -> e.sentence().isBody()).findFirst());
        quote.setText(best.map(e -> "\u201C" + e.sentence().text() + "\u201D").orElse(
                model.selectedRegion().isPresent() ? "No priority named for this region in these documents." : ""));
        citation.setText(best.map(e -> e.document().shortTitle() + " \u2014 " + e.document().citation()).orElse(""));
        for (Label part : List.of(region, quote, citation)) {
            // An empty label still takes a line's height: without a region the box would end in blank space.
            part.setVisible(!part.getText().isEmpty());
            part.setManaged(part.isVisible());
        }
        // Only a new caption fades in: a change undone within a frame (the Rehearsal) leaves it still.
        if (!texts().equals(before)) {
            FadeTransition fade = new FadeTransition(Duration.millis(220), this);
            fade.setFromValue(0.35);
            fade.setToValue(1);
            fade.play();
        }
    }

    private List<String> texts() {
        return List.of(headline.getText(), region.getText(), quote.getText(), citation.getText());
    }
}
