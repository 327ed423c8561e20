package org.priorityatlas.export;

import javafx.geometry.Insets;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.Region;

import static org.priorityatlas.export.SvgWriter.num;

/** A Region's background fills and border strokes (the legend's box, the figure's paper) as SVG rects. */
final class SvgRegions {
    private SvgRegions() {
    }

    static void background(Region r, StringBuilder out, SvgPaints paints) {
        if (r.getBackground() != null) {
            for (BackgroundFill f : r.getBackground().getFills()) {
                String fill = paints.fill(f.getFill());
                if (!fill.isEmpty()) {
                    Insets in = f.getInsets();
                    rect(out, in.getLeft(), in.getTop(), r.getWidth() - in.getLeft() - in.getRight(),
                            r.getHeight() - in.getTop() - in.getBottom(), f.getRadii(), fill);
                }
            }
        }
        if (r.getBorder() != null) {
            for (BorderStroke s : r.getBorder().getStrokes()) {
                String color = paints.paint(s.getTopStroke());
                double w = s.getWidths().getTop();
                if (color != null && w > 0) {
                    // JavaFX draws the default (inside) border within the region's bounds.
                    rect(out, w / 2, w / 2, r.getWidth() - w, r.getHeight() - w, s.getRadii(),
                            " fill=\"none\" stroke=\"" + color + "\" stroke-width=\"" + num(w) + "\"");
                }
            }
        }
    }

    private static void rect(StringBuilder out, double x, double y, double w, double h, CornerRadii radii,
                             String paint) {
        double rx = radii == null ? 0 : radii.getTopLeftHorizontalRadius();
        out.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"").append(num(w))
                .append("\" height=\"").append(num(h)).append('"')
                .append(rx > 0 ? " rx=\"" + num(rx) + "\"" : "").append(paint).append("/>\n");
    }
}
