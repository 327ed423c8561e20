package org.priorityatlas.export;

import javafx.geometry.Rectangle2D;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

import java.nio.file.Path;

/**
 * PNG output: a snapshot of the {@link MapFigure} (FX thread, unavoidable) and the encoding (any other
 * thread, so a 4K export never freezes the window).
 */
public final class PngExporter {
    private PngExporter() {
    }

    /** Draws the figure at its own size. Call on the FX thread. */
    public static WritableImage snapshot(MapFigure figure) {
        FigureSpec spec = figure.spec();
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(spec.transparent() ? Color.TRANSPARENT : Color.WHITE);
        // An explicit viewport keeps the image exactly width × height even if a label overhangs the edge.
        params.setViewport(new Rectangle2D(0, 0, spec.width(), spec.height()));
        return figure.snapshot(params, new WritableImage(spec.width(), spec.height()));
    }

    /** Encodes and writes atomically. Call off the FX thread. */
    public static void write(Image image, boolean transparent, Path target) throws ExportException {
        TargetFile.write(target, out -> PngEncoder.write(image, transparent, out));
    }
}
