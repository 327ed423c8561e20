package org.priorityatlas.ui;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.priorityatlas.explore.Evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/** One source sentence: the verbatim text with matched terms highlighted, its citation and actions. */
final class EvidenceCard extends VBox {
    /**
     * Every card's "Open document" says the same, so they share one tooltip: a tooltip is a popup window
     * with its own scene, and a sector's panel builds dozens of cards on each visit.
     */
    private static Tooltip openTip;

    EvidenceCard(Evidence evidence, Consumer<Evidence> onOpen, Consumer<Evidence> onCopy) {
        getStyleClass().add("evidence");
        TextFlow sentence = highlighted(evidence.sentence().text(),
                evidence.support() == null ? List.of() : evidence.support().terms());
        sentence.getStyleClass().add("evidence-text");
        Label citation = new Label(evidence.document().citation() + " \u2014 " + evidence.document().shortTitle());
        citation.getStyleClass().add("citation");
        citation.setWrapText(true);
        citation.setMinHeight(Region.USE_PREF_SIZE);
        getChildren().addAll(sentence, citation);
        if (evidence.viaGrouping()) {
            Label via = new Label("Named only as part of " + evidence.support().place());
            via.getStyleClass().add("via-grouping");
            getChildren().add(via);
        } else if (evidence.support() != null && evidence.support().past()) {
            Label past = new Label("Reports an achievement, not a plan");
            past.getStyleClass().add("past-marker");
            getChildren().add(past);
        }
        getChildren().add(actions(evidence, onOpen, onCopy));
    }

    private static HBox actions(Evidence evidence, Consumer<Evidence> onOpen, Consumer<Evidence> onCopy) {
        Button open = new Button("Open document");
        open.getStyleClass().add("link-button");
        open.setTooltip(openTip());
        open.setOnAction(e -> onOpen.accept(evidence));
        Button copy = new Button("Copy with citation");
        copy.getStyleClass().add("link-button");
        copy.setOnAction(e -> onCopy.accept(evidence));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return new HBox(8, open, copy, spacer);
    }

    private static Tooltip openTip() {
        if (openTip == null) {
            openTip = new Tooltip("Read the whole article with this sentence highlighted");
        }
        return openTip;
    }

    /** The text as Text runs, with every occurrence of a term in a highlighted run. */
    static TextFlow highlighted(String text, List<String> terms) {
        boolean[] marked = new boolean[text.length()];
        String lower = text.toLowerCase(Locale.ROOT);
        for (String term : terms) {
            String t = term.toLowerCase(Locale.ROOT);
            for (int at = t.isEmpty() ? -1 : lower.indexOf(t); at >= 0; at = lower.indexOf(t, at + t.length())) {
                java.util.Arrays.fill(marked, at, at + t.length(), true);
            }
        }
        List<Text> runs = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= text.length(); i++) {
            if (i == text.length() || marked[i] != marked[start]) {
                Text run = new Text(text.substring(start, i));
                run.getStyleClass().add(marked[start] ? "term" : "plain");
                runs.add(run);
                start = i;
            }
        }
        TextFlow flow = new TextFlow(runs.toArray(Text[]::new));
        flow.setAccessibleText(text);
        return flow;
    }
}
