package org.priorityatlas.export;

import org.locationtech.jts.geom.Envelope;
import org.priorityatlas.geo.BasemapFeature;
import org.priorityatlas.geo.Geodata;
import org.priorityatlas.map.ProjectedRegion;
import org.priorityatlas.map.RegionProjector;

import java.util.List;

/**
 * The geometry every figure draws: the projected regions and the neighbouring land, as SVG path data in
 * world pixels at {@link RegionProjector#BASE_ZOOM}. Projecting takes a few hundred milliseconds, so it is
 * done once, off the FX thread, and shared by every export of the session.
 *
 * @param regions  the 34 regions, both levels of detail
 * @param basemap  land around China (neighbouring countries), one path per feature
 */
public record FigureAssets(List<ProjectedRegion> regions, List<String> basemap) {
    /** Only land that can appear around China's frame is kept; the rest of the world never shows. */
    private static final Envelope AROUND_CHINA = new Envelope(55, 155, 0, 65);
    private static volatile FigureAssets bundled;

    public FigureAssets {
        regions = List.copyOf(regions);
        basemap = List.copyOf(basemap);
    }

    /** The bundled geodata, projected on first use. Call off the FX thread. */
    public static FigureAssets bundled() {
        FigureAssets a = bundled;
        if (a == null) {
            synchronized (FigureAssets.class) {
                a = bundled;
                if (a == null) {
                    a = new FigureAssets(RegionProjector.projectAll(), basemapPaths(Geodata.basemap()));
                    bundled = a;
                }
            }
        }
        return a;
    }

    static List<String> basemapPaths(List<BasemapFeature> features) {
        return features.stream()
                .filter(f -> f.geometry().getEnvelopeInternal().intersects(AROUND_CHINA))
                .map(f -> RegionProjector.svgPath(f.geometry()))
                .filter(p -> !p.isEmpty())
                .toList();
    }
}
