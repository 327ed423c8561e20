package org.priorityatlas.export;

import javafx.geometry.Insets;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.SVGPath;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Text;
import javafx.scene.transform.Affine;
import org.priorityatlas.dataset.DocumentInfo;
import org.priorityatlas.dataset.LocalizedName;
import org.priorityatlas.dataset.Region;
import org.priorityatlas.dataset.Sector;
import org.priorityatlas.explore.AtlasIndex;
import org.priorityatlas.map.ChinaExtent;
import org.priorityatlas.map.Colouring;
import org.priorityatlas.map.Palette;
import org.priorityatlas.map.SvgPathData;
import org.priorityatlas.map.RegionShapes;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A finished figure of exactly width × height pixels: title, headline, the map (sea, neighbouring land
 * and the window's own {@link RegionShapes}), the key, sources, boundary note and date. PNG, SVG,
 * clipboard and print all draw this node, so every output is the same picture. Build it on the FX thread.
 */
public final class MapFigure extends Pane {
    /** Figure chrome, matching atlas.css (-atlas-ink, -atlas-ink-soft, -atlas-line, .map-area). */
    static final String INK = "#1F2328";
    static final String INK_SOFT = "#57606A";
    static final String LINE = "#D8D5CD";
    /** Sea and neighbouring land as on the window's basemap, so the figure is the map as seen. */
    static final Color SEA = Color.web(Palette.SEA);
    static final Color LAND = Color.web(Palette.LAND);
    static final Color LAND_BORDER = Color.web(Palette.LAND_BORDER);

    private final FigureSpec spec;
    private final RegionShapes shapes;
    private final Colouring colouring;
    private final Group basemap = new Group();
    private final Affine basemapTransform = new Affine();
    private final List<DocumentInfo> documents;
    /** The map's Web Mercator view, {@link RegionShapes#layout} arguments. */
    private double zoom;
    private double tx;
    private double ty;

    private MapFigure(FigureAssets assets, AtlasIndex atlas, Optional<Sector> sector, FigureSpec spec) {
        this.spec = spec;
        this.colouring = Colouring.of(atlas, sector);
        this.documents = atlas.documents();
        Map<String, LocalizedName> names = atlas.regions().stream()
                .collect(Collectors.toMap(Region::id, Region::name, (a, b) -> a));
        this.shapes = new RegionShapes(assets.regions(), names);
        SVGPath land = new SVGPath();
        land.setContent(assets.land());
        land.setFill(LAND);
        SVGPath borders = new SVGPath();
        borders.setContent(assets.landBorders());
        borders.setFill(null);
        borders.setStroke(LAND_BORDER);
        borders.setStrokeLineJoin(StrokeLineJoin.ROUND);
        basemap.getChildren().addAll(land, borders);
        basemap.getTransforms().add(basemapTransform);
        basemap.setId("basemap");
        shapes.setId("regions");
        setId("figure");
        getStyleClass().add("map-figure");
        setPrefSize(spec.width(), spec.height());
        setMinSize(spec.width(), spec.height());
        setMaxSize(spec.width(), spec.height());
    }

    /**
     * Builds the figure in its own off-screen scene with the atlas stylesheet (the region labels take
     * their look from it) and lays everything out. Must run on the FX thread.
     */
    public static MapFigure create(FigureAssets assets, AtlasIndex atlas, Optional<Sector> sector,
                                   FigureSpec spec, String fontFamily) {
        MapFigure figure = new MapFigure(assets, atlas, sector, spec);
        // Under a plain Group, not as the root itself: the root takes .root styles (modena paints its
        // background), while the atlas colours defined at .root still reach the figure from its parent.
        Scene scene = new Scene(new Group(figure), spec.width(), spec.height(), Color.TRANSPARENT);
        scene.getStylesheets().add(MapFigure.class.getResource("/styles/atlas.css").toExternalForm());
        figure.shapes.setStyle("-fx-font-family: '" + fontFamily + "';");
        figure.compose(new FigureType(fontFamily), sector);
        // Region labels are measured in their CSS font, so they are placed once the stylesheet applies.
        figure.applyCss();
        figure.shapes.layout(figure.zoom, figure.tx, figure.ty);
        // A Group sizes its children only in a scene pulse (a snapshot has one, the SVG writer does not).
        figure.resize(spec.width(), spec.height());
        figure.layout();
        return figure;
    }

    private void compose(FigureType type, Optional<Sector> sector) {
        double u = spec.unit();
        double w = spec.width();
        double h = spec.height();
        double m = 40 * u;
        setBackground(spec.transparent() ? Background.EMPTY
                : new Background(new BackgroundFill(Color.WHITE, CornerRadii.EMPTY, Insets.EMPTY)));
        Text title = type.text(type.wrap(spec.title(), 34 * u, true, w - 2 * m, 2), 34 * u, true, INK);
        title.setId("figure-title");
        title.relocate(m, m - 6 * u);
        Text headline = type.text(type.wrap(colouring.headline(), 19 * u, false, w - 2 * m, 2), 19 * u, false, INK_SOFT);
        headline.setId("figure-headline");
        headline.relocate(m, bottom(title) + 6 * u);
        double top = bottom(headline) + 20 * u;

        String date = FigureText.dateLine(spec.date());
        double dateW = type.width(date, 12.5 * u, false);
        Text note = type.text(type.wrap(FigureText.BOUNDARY_NOTE, 12.5 * u, false, w - 2 * m - dateW - 30 * u, 2),
                12.5 * u, false, INK_SOFT);
        note.setId("figure-boundary-note");
        Text sources = type.text(type.wrap(FigureText.sources(documents), 13.5 * u, false, w - 2 * m, 3),
                13.5 * u, false, INK);
        sources.setId("figure-sources");
        double footerTop = h - m - height(note) - 6 * u - height(sources);
        sources.relocate(m, footerTop);
        note.relocate(m, bottom(sources) + 6 * u);
        Text dateText = type.text(date, 12.5 * u, false, INK_SOFT);
        dateText.setId("figure-date");
        dateText.relocate(w - m - dateW, note.getLayoutY());

        String heading = sector.map(s -> s.name().en()).orElse(null);
        FigureLegend legend = new FigureLegend(heading, colouring.legend(), type, u);
        double legendW = legend.getPrefWidth();
        double legendH = legend.getPrefHeight();
        // Landscape: the key beside the map; portrait or square: below it.
        boolean beside = w >= 1.25 * h;
        double mapRight = beside ? w - m - legendW - 28 * u : w - m;
        double mapBottom = footerTop - 18 * u - (beside ? 0 : legendH + 16 * u);
        legend.relocate(beside ? mapRight + 28 * u : m, beside ? top : mapBottom + 16 * u);
        legend.resize(legendW, legendH);

        Group map = mapPanel(m, top, mapRight - m, mapBottom - top, u);
        getChildren().addAll(map, title, headline, legend, sources, note, dateText);
    }

    private Group mapPanel(double x, double y, double width, double height, double u) {
        Rectangle sea = new Rectangle(x, y, width, height);
        sea.setFill(spec.transparent() ? Color.TRANSPARENT : SEA);
        sea.setId("sea");
        double pad = 10 * u;
        zoom = ChinaExtent.fitZoom(width - 2 * pad, height - 2 * pad);
        double s = Math.pow(2, zoom);
        tx = x + width / 2 - s * ChinaExtent.centreX();
        ty = y + height / 2 - s * ChinaExtent.centreY();
        double k = SvgPathData.scale(zoom);
        basemapTransform.setToTransform(k, 0, tx, 0, k, ty);
        basemap.getChildren().forEach(n -> ((SVGPath) n).setStrokeWidth(0.8 * u / k));
        shapes.setPixelScale(u);
        shapes.setLabelMode(spec.labels());
        shapes.setColouring(colouring);
        shapes.setSelected(spec.region());
        Group content = new Group(sea, basemap, shapes);
        content.setClip(new Rectangle(x, y, width, height));
        content.setId("map");
        return content;
    }

    private static double bottom(Text t) {
        return t.getLayoutY() + t.getLayoutBounds().getMaxY();
    }

    private static double height(Text t) {
        return t.getLayoutBounds().getHeight();
    }

    public RegionShapes shapes() {
        return shapes;
    }

    public FigureSpec spec() {
        return spec;
    }
}
