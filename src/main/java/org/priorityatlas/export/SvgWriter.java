package org.priorityatlas.export;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.shape.Circle;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.SVGPath;
import javafx.scene.shape.Shape;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.scene.transform.Transform;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Serialises a laid-out node tree (the {@link MapFigure}) to SVG, so vector output is the same drawing as
 * the PNG rather than a second rendering. Groups become {@code <g>} with their local transform, clip and
 * opacity; shapes become paths, rects, circles and lines; text stays text (one {@code <tspan>} per line);
 * Region backgrounds and borders become rects. Invisible nodes are skipped, so of the map's two levels of
 * detail only the one on screen is written: one path per region, with the region id as its id.
 */
public final class SvgWriter {
    /** Where the bundled font is not installed, these CJK-capable families are tried in turn. */
    private static final List<String> FONT_FALLBACKS = List.of("Noto Sans CJK SC", "Noto Sans SC",
            "Source Han Sans SC", "Microsoft YaHei", "PingFang SC");
    private final StringBuilder body = new StringBuilder(1 << 20);
    private final SvgPaints paints = new SvgPaints();

    private SvgWriter() {
    }

    /** The SVG document for {@code root}, {@code width} × {@code height}. Call on the FX thread. */
    public static String write(Node root, int width, int height, String title) {
        SvgWriter w = new SvgWriter();
        w.node(root);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\""
                + width + "\" height=\"" + height + "\" viewBox=\"0 0 " + width + " " + height + "\">\n"
                + "<title>" + escape(title) + "</title>\n"
                + "<defs>\n" + w.paints.defs() + "</defs>\n" + w.body + "</svg>\n";
    }

    private void node(Node n) {
        if (!n.isVisible() || n.getOpacity() == 0) {
            return;
        }
        String common = id(n) + transform(n.getLocalToParentTransform()) + opacity(n) + clip(n);
        if (n instanceof Text t) {
            text(t, common);
        } else if (n instanceof Shape s) {
            shape(s, common);
        } else if (n instanceof Parent p) {
            body.append("<g").append(common).append(">\n");
            if (p instanceof javafx.scene.layout.Region r) {
                SvgRegions.background(r, body, paints);
            }
            p.getChildrenUnmodifiable().forEach(this::node);
            body.append("</g>\n");
        }
    }

    private void shape(Shape s, String common) {
        String geometry;
        if (s instanceof SVGPath p) {
            geometry = "<path d=\"" + p.getContent() + "\""
                    + (p.getFillRule() == FillRule.EVEN_ODD ? " fill-rule=\"evenodd\"" : "");
        } else if (s instanceof Rectangle r) {
            geometry = "<rect x=\"" + num(r.getX()) + "\" y=\"" + num(r.getY()) + "\" width=\"" + num(r.getWidth())
                    + "\" height=\"" + num(r.getHeight()) + "\""
                    + (r.getArcWidth() > 0 ? " rx=\"" + num(r.getArcWidth() / 2) + "\"" : "");
        } else if (s instanceof Circle c) {
            geometry = "<circle cx=\"" + num(c.getCenterX()) + "\" cy=\"" + num(c.getCenterY()) + "\" r=\""
                    + num(c.getRadius()) + "\"";
        } else if (s instanceof Line l) {
            geometry = "<line x1=\"" + num(l.getStartX()) + "\" y1=\"" + num(l.getStartY()) + "\" x2=\""
                    + num(l.getEndX()) + "\" y2=\"" + num(l.getEndY()) + "\"";
        } else {
            return; // no other shape is used in figures
        }
        String fill = paints.fill(s.getFill());
        String stroke = paints.stroke(s);
        if (fill.isEmpty() && stroke.isEmpty()) {
            return; // nothing visible: e.g. the transparent hit areas of tiny regions
        }
        // SVG fills black by default: a line drawing (the basemap's borders) says it has no fill.
        String paint = (fill.isEmpty() ? " fill=\"none\"" : fill) + stroke;
        body.append(geometry).append(common).append(paint).append("/>\n");
    }

    /**
     * Text with its lines placed as JavaFX placed them: the first baseline is the layout bounds' top plus
     * the baseline offset, the others follow at equal line heights; centred text anchors at the middle.
     */
    private void text(Text t, String common) {
        if (t.getText() == null || t.getText().isEmpty()) {
            return;
        }
        String[] lines = t.getText().split("\n", -1);
        Bounds b = t.getLayoutBounds();
        double lineHeight = b.getHeight() / lines.length;
        double baseline = b.getMinY() + t.getBaselineOffset();
        TextAlignment align = t.getTextAlignment();
        String anchor = align == TextAlignment.CENTER ? "middle" : align == TextAlignment.RIGHT ? "end" : "start";
        double x = align == TextAlignment.CENTER ? b.getCenterX() : align == TextAlignment.RIGHT ? b.getMaxX() : b.getMinX();
        var font = t.getFont();
        String style = font.getStyle().toLowerCase(Locale.ROOT);
        body.append("<text").append(common)
                .append(" font-family=\"").append(fontFamilies(font.getFamily())).append('"')
                .append(" font-size=\"").append(num(font.getSize())).append('"')
                .append(style.contains("bold") ? " font-weight=\"bold\"" : "")
                .append(style.contains("italic") || style.contains("oblique") ? " font-style=\"italic\"" : "")
                .append(anchor.equals("start") ? "" : " text-anchor=\"" + anchor + "\"")
                .append(paints.fill(t.getFill())).append(paints.stroke(t));
        if (lines.length == 1) {
            body.append(" x=\"").append(num(x)).append("\" y=\"").append(num(baseline)).append('"');
            if (t.getWrappingWidth() <= 0) {
                // The width JavaFX measured with the bundled face: a viewer without it (DejaVu is a fifth wider)
                // fits the line to it instead of running it out of the legend's box.
                body.append(" textLength=\"").append(num(b.getWidth())).append("\" lengthAdjust=\"spacingAndGlyphs\"");
            }
            body.append('>').append(escape(lines[0])).append("</text>\n");
            return;
        }
        body.append(">");
        for (int i = 0; i < lines.length; i++) {
            body.append("<tspan x=\"").append(num(x)).append("\" y=\"").append(num(baseline + i * lineHeight))
                    .append("\">").append(escape(lines[i])).append("</tspan>");
        }
        body.append("</text>\n");
    }

    private static String fontFamilies(String family) {
        return Stream.concat(Stream.of(family), FONT_FALLBACKS.stream().filter(f -> !f.equals(family)))
                .map(f -> "'" + escape(f) + "'").collect(Collectors.joining(", ")) + ", sans-serif";
    }

    private static String id(Node n) {
        return n.getId() == null || n.getId().isEmpty() ? "" : " id=\"" + escape(n.getId()) + "\"";
    }

    private static String transform(Transform t) {
        if (t.isIdentity()) {
            return "";
        }
        if (t.getMxx() == 1 && t.getMyy() == 1 && t.getMxy() == 0 && t.getMyx() == 0) {
            return " transform=\"translate(" + num(t.getTx()) + " " + num(t.getTy()) + ")\"";
        }
        return " transform=\"matrix(" + num(t.getMxx()) + " " + num(t.getMyx()) + " " + num(t.getMxy()) + " "
                + num(t.getMyy()) + " " + num(t.getTx()) + " " + num(t.getTy()) + ")\"";
    }

    private static String opacity(Node n) {
        return n.getOpacity() < 1 ? " opacity=\"" + num(n.getOpacity()) + "\"" : "";
    }

    /** Rectangular clips (the map panel's frame) are the only kind figures use. */
    private String clip(Node n) {
        return n.getClip() instanceof Rectangle r ? " clip-path=\"url(#" + paints.clip(r) + ")\"" : "";
    }

    static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return Long.toString((long) v);
        }
        String s = String.format(Locale.ROOT, "%.4f", v);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    /** XML text and attribute escaping; characters XML 1.0 forbids are dropped. */
    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        if (c < 0xFFFE && !(c >= 0xD800 && c <= 0xDFFF) || c > 0xFFFF) {
                            out.appendCodePoint(c);
                        }
                    }
                }
            }
        });
        return out.toString();
    }
}
