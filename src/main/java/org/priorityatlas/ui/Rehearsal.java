package org.priorityatlas.ui;

import javafx.animation.AnimationTimer;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.ScrollPane;
import javafx.scene.transform.Transform;
import javafx.stage.Window;

import java.util.Iterator;
import java.util.List;

/**
 * Takes the window through every sector change once, unseen, after start-up and before the user's first
 * clicks. Without it the first change to each sector cost more than later ones: code start-up never ran, run
 * for the first time (interpreted, then compiled while it runs), and each sector's legend built, styled and
 * laid out for the first time (on a 2-core machine the very first change 28-35 ms against 10-12 ms with the
 * rehearsal, the rest of the first cycle 13.4 against 10.2 ms on average). Here, one sector a frame, the model
 * selects the sector, the window is styled and laid out (for the first sector also drawn into an off-screen
 * image, for the drawing code and the glyphs), and the selection is put back, all in one FX task, so no frame
 * on screen shows it.
 */
final class Rehearsal extends AnimationTimer {
    private final AtlasViewModel model;
    private final Parent root;
    private final Node drawn;
    private final ScrollPane sectorList;
    private final Iterator<String> sectors;
    private boolean drawnOnce;
    private boolean done;

    private Rehearsal(AtlasViewModel model, Parent root, Node drawn, ScrollPane sectorList, List<String> sectors) {
        this.model = model;
        this.root = root;
        this.drawn = drawn;
        this.sectorList = sectorList;
        this.sectors = sectors.iterator();
    }

    /**
     * Starts rehearsing every sector of the ranking in {@code root}'s window, drawing {@code drawn} (the map
     * and its overlays) for the first; {@code sectorList} is left scrolled where it was.
     */
    static Rehearsal start(AtlasViewModel model, Parent root, Node drawn, ScrollPane sectorList) {
        List<String> ids = model.atlas().convergence().stream().map(c -> c.sector().id()).toList();
        Rehearsal rehearsal = new Rehearsal(model, root, drawn, sectorList, ids);
        rehearsal.start();
        return rehearsal;
    }

    /** Whether every sector has been rehearsed (or the window closed, or took another scene, first). */
    boolean done() {
        return done;
    }

    @Override
    public void handle(long now) {
        // A scene replaced in its window keeps running its timers: this one then has no window to draw for.
        Scene scene = root.getScene();
        if (!sectors.hasNext() || scene == null || scene.getWindow() == null || !scene.getWindow().isShowing()) {
            stop();
            done = true;
            return;
        }
        String sector = sectors.next();
        if (sector.equals(model.selectedSectorProperty().get())) {
            return;
        }
        double scrolled = sectorList.getVvalue();
        model.withSectorBriefly(sector, this::styleAndLayOut);
        sectorList.setVvalue(scrolled);
    }

    private void styleAndLayOut() {
        root.applyCss();
        root.layout();
        if (!drawnOnce) {
            drawOffScreen();
            drawnOnce = true;
        }
    }

    /** Draws the map area into an image at the window's scale (the on-screen glyph sizes). */
    private void drawOffScreen() {
        Window window = root.getScene().getWindow();
        SnapshotParameters params = new SnapshotParameters();
        params.setTransform(Transform.scale(window.getRenderScaleX(), window.getRenderScaleY()));
        drawn.snapshot(params, null);
    }
}
