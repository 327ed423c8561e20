package org.priorityatlas.export;

import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

import java.util.ArrayList;
import java.util.List;

/**
 * Text nodes for a figure in one font family. Lines are broken here, with explicit newlines, rather than
 * by {@code Text.wrappingWidth}: the SVG writer then knows every line and places each as a tspan.
 */
final class FigureType {
    private final String family;

    FigureType(String family) {
        this.family = family;
    }

    /**
     * A text whose font is also set inline: the scene's stylesheet gives {@code .root} a font size that
     * Text would otherwise inherit over {@code setFont}.
     */
    Text text(String value, double size, boolean bold, String color) {
        Text t = new Text(value);
        t.setFont(font(size, bold));
        t.setStyle(String.format(java.util.Locale.ROOT, "-fx-font-family: '%s'; -fx-font-size: %.2fpx; -fx-font-weight: %s;",
                family, size, bold ? "bold" : "normal"));
        t.setFill(Color.web(color));
        t.setTextOrigin(VPos.TOP);
        return t;
    }

    Font font(double size, boolean bold) {
        return Font.font(family, bold ? FontWeight.BOLD : FontWeight.NORMAL, size);
    }

    /** Breaks {@code value} at spaces into lines no wider than {@code width}; past maxLines it ends in "…". */
    String wrap(String value, double size, boolean bold, double width, int maxLines) {
        Text probe = new Text();
        probe.setFont(font(size, bold));
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : value.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            probe.setText(candidate);
            if (probe.getLayoutBounds().getWidth() <= width || line.length() == 0) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        lines.add(line.toString());
        if (lines.size() > maxLines) {
            List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
            kept.set(maxLines - 1, kept.get(maxLines - 1) + " ...");
            lines = kept;
        }
        return String.join("\n", lines);
    }

    double width(String value, double size, boolean bold) {
        Text probe = new Text(value);
        probe.setFont(font(size, bold));
        return probe.getLayoutBounds().getWidth();
    }
}
