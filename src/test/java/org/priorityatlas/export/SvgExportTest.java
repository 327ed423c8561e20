package org.priorityatlas.export;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.priorityatlas.dataset.Region;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SVG figure: well-formed, one path per region, text as text, the hatch as a pattern. */
class SvgExportTest {
    @TempDir
    static Path dir;
    private static Document svg;
    private static FigureRequest request;

    @BeforeAll
    static void export() throws Exception {
        request = FigureFixture.request("semiconductors", 1600, 900, false);
        Path file = dir.resolve("figure.svg");
        Exporter.export(request, ExportFormat.SVG, file);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        svg = factory.newDocumentBuilder().parse(file.toFile());
    }

    @Test
    void everyDrawnShapeSaysHowItIsFilled() {
        // SVG fills a shape without a fill black: the basemap's border lines had covered the neighbouring
        // countries in black in every viewer.
        for (String tag : List.of("path", "rect", "line", "polyline", "polygon", "circle")) {
            NodeList shapes = svg.getElementsByTagName(tag);
            for (int i = 0; i < shapes.getLength(); i++) {
                Element e = (Element) shapes.item(i);
                boolean inDefs = e.getParentNode() instanceof Element p && p.getTagName().equals("clipPath");
                assertTrue(inDefs || e.hasAttribute("fill"), "<" + tag + "> without a fill: "
                        + e.getAttribute("d").substring(0, Math.min(60, e.getAttribute("d").length())));
            }
        }
    }

    @Test
    void singleLinesKeepTheWidthJavaFxGaveThem() {
        // Viewers without the bundled face substitute a wider one; the legend's title had run out of its box.
        NodeList texts = svg.getElementsByTagName("text");
        int fitted = 0;
        for (int i = 0; i < texts.getLength(); i++) {
            Element t = (Element) texts.item(i);
            if (t.getElementsByTagName("tspan").getLength() == 0) {
                assertTrue(Double.parseDouble(t.getAttribute("textLength")) > 0, "a width for " + t.getTextContent());
                assertEquals("spacingAndGlyphs", t.getAttribute("lengthAdjust"));
                fitted++;
            }
        }
        assertTrue(fitted > 10, fitted + " single-line texts");
    }

    @Test
    void hasExactlyOnePathPerRegionWithItsId() {
        Set<String> regions = FigureFixture.ATLAS.regions().stream().map(Region::id).collect(Collectors.toSet());
        List<String> ids = new ArrayList<>();
        NodeList paths = svg.getElementsByTagNameNS("*", "path");
        for (int i = 0; i < paths.getLength(); i++) {
            String id = ((Element) paths.item(i)).getAttribute("id");
            if (regions.contains(id)) {
                ids.add(id);
            }
        }
        assertEquals(34, ids.size(), "region paths: " + ids);
        assertEquals(regions, Set.copyOf(ids));
    }

    @Test
    void hasAWhitePageTheSizeOfTheFigure() {
        Element figure = byId("g", "figure");
        Element page = (Element) figure.getElementsByTagNameNS("*", "rect").item(0);
        assertEquals("1600", page.getAttribute("width"));
        assertEquals("900", page.getAttribute("height"));
        assertEquals("#FFFFFF", page.getAttribute("fill"));
    }

    @Test
    void titleAndLabelsAreText() {
        Element title = svg.getElementById("figure-title");
        if (title == null) {
            title = byId("text", "figure-title");
        }
        assertEquals(request.spec().title(), title.getTextContent().replace("\n", " ").strip());
        String all = svg.getDocumentElement().getTextContent();
        assertTrue(all.contains("Xinjiang") && all.contains("Sichuan"), "region labels are text");
        assertTrue(all.contains("Natural Earth"), "the boundary note is text");
        assertEquals("1600", svg.getDocumentElement().getAttribute("width"));
    }

    @Test
    void noDataHatchIsAPatternTheRegionsUse() {
        NodeList patterns = svg.getElementsByTagNameNS("*", "pattern");
        assertTrue(patterns.getLength() > 0);
        String id = ((Element) patterns.item(0)).getAttribute("id");
        assertFalse(id.isEmpty());
        NodeList paths = svg.getElementsByTagNameNS("*", "path");
        boolean used = false;
        for (int i = 0; i < paths.getLength(); i++) {
            used |= ((Element) paths.item(i)).getAttribute("fill").equals("url(#" + id + ")");
        }
        assertTrue(used, "a region is filled with the hatch");
    }

    @Test
    void escapesTextForXml() {
        assertEquals("a &amp; b &lt;c&gt; &quot;d&quot;", SvgWriter.escape("a & b <c> \"d\"\u0001"));
    }

    private static Element byId(String tag, String id) {
        NodeList nodes = svg.getElementsByTagNameNS("*", tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            if (id.equals(((Element) nodes.item(i)).getAttribute("id"))) {
                return (Element) nodes.item(i);
            }
        }
        throw new AssertionError("no <" + tag + " id=" + id + ">");
    }

}
