package org.priorityatlas.export;

import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.paint.ImagePattern;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import static org.priorityatlas.export.SvgWriter.num;

/**
 * Fill and stroke attributes for the SVG writer, and the {@code <defs>} they need: an image pattern (the
 * "no data" hatch) becomes a {@code <pattern>} holding the very tile JavaFX repeats, and a rectangular
 * clip becomes a {@code <clipPath>}. Each distinct pattern or clip is defined once.
 */
final class SvgPaints {
    private final Map<String, String> defsById = new LinkedHashMap<>();
    private final Map<String, String> idsByKey = new LinkedHashMap<>();
    private final Map<Image, String> imageData = new IdentityHashMap<>();

    String fill(Paint paint) {
        String value = paint(paint);
        if (value == null) {
            return "";
        }
        return " fill=\"" + value + "\"" + alpha("fill-opacity", paint);
    }

    String stroke(Shape s) {
        String value = paint(s.getStroke());
        if (value == null || s.getStrokeWidth() <= 0) {
            return "";
        }
        StringBuilder a = new StringBuilder(" stroke=\"").append(value).append('"')
                .append(alpha("stroke-opacity", s.getStroke()))
                .append(" stroke-width=\"").append(num(s.getStrokeWidth())).append('"');
        if (s.getStrokeLineJoin() != StrokeLineJoin.MITER) {
            a.append(" stroke-linejoin=\"").append(s.getStrokeLineJoin() == StrokeLineJoin.ROUND ? "round" : "bevel").append('"');
        }
        if (s.getStrokeLineCap() != StrokeLineCap.SQUARE) {
            a.append(" stroke-linecap=\"").append(s.getStrokeLineCap() == StrokeLineCap.ROUND ? "round" : "butt").append('"');
        }
        if (!s.getStrokeDashArray().isEmpty()) {
            a.append(" stroke-dasharray=\"").append(s.getStrokeDashArray().stream().map(SvgWriter::num)
                    .collect(Collectors.joining(" "))).append('"');
        }
        return a.toString();
    }

    /** The SVG paint for a JavaFX paint, or null when nothing would be drawn. */
    String paint(Paint paint) {
        if (paint instanceof Color c) {
            return c.getOpacity() == 0 ? null : String.format("#%02X%02X%02X",
                    Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255));
        }
        if (paint instanceof ImagePattern p && !p.isProportional()) {
            return "url(#" + pattern(p) + ")";
        }
        return null; // gradients are not used in figures
    }

    private static String alpha(String attribute, Paint paint) {
        return paint instanceof Color c && c.getOpacity() < 1 ? " " + attribute + "=\"" + num(c.getOpacity()) + "\"" : "";
    }

    private String pattern(ImagePattern p) {
        String key = "pattern " + System.identityHashCode(p.getImage()) + " " + p.getX() + " " + p.getY() + " "
                + p.getWidth() + " " + p.getHeight();
        return define(key, "hatch", id -> "<pattern id=\"" + id + "\" patternUnits=\"userSpaceOnUse\" x=\""
                + num(p.getX()) + "\" y=\"" + num(p.getY()) + "\" width=\"" + num(p.getWidth()) + "\" height=\""
                + num(p.getHeight()) + "\"><image width=\"" + num(p.getWidth()) + "\" height=\"" + num(p.getHeight())
                + "\" preserveAspectRatio=\"none\" image-rendering=\"optimizeSpeed\" xlink:href=\""
                + imageData.computeIfAbsent(p.getImage(), SvgPaints::dataUri) + "\"/></pattern>");
    }

    String clip(Rectangle r) {
        String key = "clip " + r.getX() + " " + r.getY() + " " + r.getWidth() + " " + r.getHeight();
        return define(key, "clip", id -> "<clipPath id=\"" + id + "\"><rect x=\"" + num(r.getX()) + "\" y=\""
                + num(r.getY()) + "\" width=\"" + num(r.getWidth()) + "\" height=\"" + num(r.getHeight())
                + "\"/></clipPath>");
    }

    private String define(String key, String prefix, java.util.function.Function<String, String> element) {
        return idsByKey.computeIfAbsent(key, k -> {
            String id = prefix + "-" + (defsById.size() + 1);
            defsById.put(id, element.apply(id));
            return id;
        });
    }

    String defs() {
        return defsById.values().stream().map(d -> d + "\n").collect(Collectors.joining());
    }

    private static String dataUri(Image image) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            PngEncoder.write(image, true, bytes);
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(bytes.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
