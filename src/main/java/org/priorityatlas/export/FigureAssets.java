package org.priorityatlas.export;

import org.priorityatlas.geo.Polylines;
import org.priorityatlas.geo.ProjectedGeodata;
import org.priorityatlas.geo.RegionOutline;
import org.priorityatlas.geo.WebMercator;
import org.priorityatlas.map.SvgPathData;

import java.util.List;

/**
 * The geometry every figure draws: the projected regions, and the neighbouring land around China as SVG
 * path data in world pixels at {@link SvgPathData#BASE_ZOOM} (its fill, and its borders without the edges
 * of the box the basemap is clipped to). Made once from the bundled geodata and shared by every export.
 *
 * @param regions     the 34 regions, both levels of detail
 * @param land        land around China, one path of rings
 * @param landBorders the borders of that land, one path of lines
 */
public record FigureAssets(List<RegionOutline> regions, String land, String landBorders) {
    /** Only land that can appear around China's frame is kept; the rest of the world never shows. */
    private static final double[] AROUND_CHINA = {WebMercator.x(55) * 256, WebMercator.y(65) * 256,
            WebMercator.x(155) * 256, WebMercator.y(0) * 256};
    private static volatile FigureAssets bundled;

    public FigureAssets {
        regions = List.copyOf(regions);
    }

    /** The bundled geodata; the first call reads it (a few milliseconds). */
    public static FigureAssets bundled() {
        FigureAssets a = bundled;
        if (a == null) {
            synchronized (FigureAssets.class) {
                a = bundled;
                if (a == null) {
                    ProjectedGeodata geo = ProjectedGeodata.bundled();
                    a = new FigureAssets(geo.regions(), SvgPathData.rings(aroundChina(geo.neighbours())),
                            SvgPathData.lines(aroundChina(geo.neighbourBorders())));
                    bundled = a;
                }
            }
        }
        return a;
    }

    private static Polylines aroundChina(Polylines lines) {
        return new Polylines(lines.parts().stream().filter(part -> {
            double[] b = Polylines.bounds(part);
            return b[2] >= AROUND_CHINA[0] && b[0] <= AROUND_CHINA[2] && b[3] >= AROUND_CHINA[1] && b[1] <= AROUND_CHINA[3];
        }).toList());
    }
}
