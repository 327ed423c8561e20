package org.priorityatlas.export;

import javafx.scene.image.WritableImage;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Saves a figure: builds it and reads it (snapshot or SVG serialisation) on the FX thread, then encodes
 * and writes atomically on the calling thread. The window and the command line both come through here.
 */
public final class Exporter {
    private Exporter() {
    }

    /** The figure, built on the FX thread. Call off the FX thread (e.g. to print it). */
    public static MapFigure figure(FigureRequest request) throws ExportException {
        return FxThread.call(request::build);
    }

    /** The figure as an image (for the clipboard). Call off the FX thread. */
    public static WritableImage image(FigureRequest request) throws ExportException {
        return FxThread.call(() -> PngExporter.snapshot(request.build()));
    }

    /** Call off the FX thread; blocks until the file is written. */
    public static void export(FigureRequest request, ExportFormat format, Path target) throws ExportException {
        TargetFile.check(target);
        switch (format) {
            case PNG -> PngExporter.write(image(request),
                    request.spec().transparent(), target);
            case SVG -> {
                FigureSpec spec = request.spec();
                String svg = FxThread.call(() -> SvgWriter.write(request.build(), spec.width(), spec.height(), spec.title()));
                TargetFile.write(target, out -> out.write(svg.getBytes(StandardCharsets.UTF_8)));
            }
        }
    }
}
