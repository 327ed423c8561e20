package org.priorityatlas.map;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.CoverageUnion;
import org.priorityatlas.geo.BasemapFeature;
import org.priorityatlas.geo.Detail;
import org.priorityatlas.geo.Geodata;
import org.priorityatlas.geo.GeoJson;
import org.priorityatlas.geo.RegionFeature;
import org.priorityatlas.geo.WebMercator;

/**
 * Draws 256×256 Web Mercator basemap tiles (slippy-map numbering) from the bundled geodata with Java2D:
 * sea, neighbouring land with its borders, China's land in a slightly lighter tone. Region fills are
 * not drawn here; the UI paints them on top. Thread-safe after construction.
 */
public final class BasemapTileRenderer {
    public static final int TILE_SIZE = 256;
    public static final Color SEA = new Color(0xDCE6EE);
    public static final Color LAND = new Color(0xEFEDE8);
    public static final Color BORDER = new Color(0xC8C4BC);
    public static final Color CHINA = new Color(0xF7F6F2);
    public static final Color COAST = new Color(0xB9C6D2);
    private static final Color GRATICULE = new Color(0xD2DEE8);
    /** Below this zoom the whole-country outlines suffice. */
    static final int HIGH_DETAIL_ZOOM = 6;

    /** Polygons projected to world units, indexed by their world-unit envelopes. */
    private record Layer(STRtree index) {
        static Layer of(List<Geometry> polygonal) {
            STRtree index = new STRtree();
            for (Geometry g : polygonal) {
                for (int i = 0; i < g.getNumGeometries(); i++) {
                    Path2D path = project((Polygon) g.getGeometryN(i));
                    var b = path.getBounds2D();
                    index.insert(new Envelope(b.getMinX(), b.getMaxX(), b.getMinY(), b.getMaxY()), path);
                }
            }
            index.build();
            return new Layer(index);
        }

        @SuppressWarnings("unchecked")
        List<Path2D> query(Envelope world) {
            return index.query(world);
        }
    }

    private final Layer neighbours;
    private final Layer chinaLow;
    private final Layer chinaHigh;

    /** From the bundled geodata; parses it if not yet loaded, so construct off the FX thread. */
    public BasemapTileRenderer() {
        this(Geodata.basemap(), Geodata.regions(Detail.LOW), Geodata.regions(Detail.HIGH));
    }

    BasemapTileRenderer(List<BasemapFeature> basemap, List<RegionFeature> low, List<RegionFeature> high) {
        neighbours = Layer.of(basemap.stream().map(BasemapFeature::geometry).toList());
        chinaLow = Layer.of(List.of(land(low)));
        chinaHigh = Layer.of(List.of(land(high)));
    }

    /** The regions merged into one outline, so only the coast and national border get a stroke. */
    private static Geometry land(List<RegionFeature> regions) {
        return CoverageUnion.union(GeoJson.FACTORY.buildGeometry(regions.stream().map(RegionFeature::geometry).toList()));
    }

    private static Path2D project(Polygon p) {
        Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        addRing(path, p.getExteriorRing().getCoordinates());
        for (int i = 0; i < p.getNumInteriorRing(); i++) {
            addRing(path, p.getInteriorRingN(i).getCoordinates());
        }
        return path;
    }

    private static void addRing(Path2D path, Coordinate[] ring) {
        path.moveTo(WebMercator.x(ring[0].x), WebMercator.y(ring[0].y));
        for (int i = 1; i < ring.length; i++) {
            path.lineTo(WebMercator.x(ring[i].x), WebMercator.y(ring[i].y));
        }
        path.closePath();
    }

    /**
     * Tile {@code x} (column, wrapped around the antimeridian) and {@code y} (row from the north) at
     * {@code zoom}. Rows outside the world are plain sea.
     */
    public BufferedImage render(int zoom, long x, long y) {
        BufferedImage image = new BufferedImage(TILE_SIZE, TILE_SIZE, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(SEA);
            g.fillRect(0, 0, TILE_SIZE, TILE_SIZE);
            long tiles = 1L << zoom;
            if (zoom < 0 || zoom > 30 || y < 0 || y >= tiles) {
                return image;
            }
            long column = Math.floorMod(x, tiles);
            double scale = (double) TILE_SIZE * tiles;
            AffineTransform toPixels = new AffineTransform(scale, 0, 0, scale, -column * TILE_SIZE, -y * TILE_SIZE);
            // A pixel of margin so strokes of shapes just outside the tile still reach its edge.
            double margin = 2.0 / scale;
            Envelope world = new Envelope((double) column / tiles - margin, (double) (column + 1) / tiles + margin,
                    (double) y / tiles - margin, (double) (y + 1) / tiles + margin);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            drawGraticule(g, zoom, toPixels, world);
            draw(g, neighbours.query(world), toPixels, LAND, BORDER, 0.8f);
            draw(g, (zoom < HIGH_DETAIL_ZOOM ? chinaLow : chinaHigh).query(world), toPixels, CHINA, COAST, 0.9f);
            return image;
        } finally {
            g.dispose();
        }
    }

    private static void draw(Graphics2D g, List<Path2D> paths, AffineTransform toPixels, Color fill, Color stroke,
                             float width) {
        List<Shape> shapes = new ArrayList<>(paths.size());
        paths.forEach(p -> shapes.add(p.createTransformedShape(toPixels)));
        g.setColor(fill);
        shapes.forEach(g::fill);
        g.setColor(stroke);
        g.setStroke(new BasicStroke(width));
        shapes.forEach(g::draw);
    }

    /** Faint meridians and parallels on the sea (land is drawn over them), coarser when zoomed out. */
    private static void drawGraticule(Graphics2D g, int zoom, AffineTransform toPixels, Envelope world) {
        double step = zoom < 4 ? 20 : zoom < 6 ? 10 : zoom < 8 ? 5 : 1;
        g.setColor(GRATICULE);
        g.setStroke(new BasicStroke(0.6f));
        double west = WebMercator.lon(world.getMinX());
        double east = WebMercator.lon(world.getMaxX());
        for (double lon = Math.ceil(west / step) * step; lon <= east; lon += step) {
            g.draw(toPixels.createTransformedShape(new Line2D.Double(WebMercator.x(lon), world.getMinY(),
                    WebMercator.x(lon), world.getMaxY())));
        }
        double north = WebMercator.lat(world.getMinY());
        double south = WebMercator.lat(world.getMaxY());
        for (double lat = Math.ceil(south / step) * step; lat <= north; lat += step) {
            g.draw(toPixels.createTransformedShape(new Line2D.Double(world.getMinX(), WebMercator.y(lat),
                    world.getMaxX(), WebMercator.y(lat))));
        }
    }
}
