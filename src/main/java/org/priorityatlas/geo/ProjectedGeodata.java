package org.priorityatlas.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Everything the map draws, projected once to Web Mercator world pixels at zoom 0: the 34 regions at both
 * levels of detail, China's land (the union of the regions, for the coastline), the border network (each
 * shared border once, so it is stroked once), the neighbouring land and its borders (without the edges of
 * the box the basemap is clipped to).
 *
 * <p>The bundled copy, {@code geodata/projected.bin}, is derived from the GeoJSON files by
 * {@link GeodataProjection} and committed; reading it takes a few milliseconds, where parsing and
 * projecting the GeoJSON takes several hundred on a cold JVM (a test keeps the two in step).
 */
public record ProjectedGeodata(List<RegionOutline> regions, Polylines landLow, Polylines landHigh,
                               Polylines bordersLow, Polylines bordersHigh, Polylines neighbours,
                               Polylines neighbourBorders) {
    public static final String RESOURCE = "/geodata/projected.bin";

    public ProjectedGeodata {
        regions = List.copyOf(regions);
    }

    public Polylines land(Detail detail) {
        return detail == Detail.HIGH ? landHigh : landLow;
    }

    public Polylines borders(Detail detail) {
        return detail == Detail.HIGH ? bordersHigh : bordersLow;
    }

    /** The bundled geodata, read on first use (a few milliseconds) and shared. Thread-safe. */
    public static ProjectedGeodata bundled() {
        return Bundled.GEODATA;
    }

    private static final class Bundled {
        static final ProjectedGeodata GEODATA = read();

        private static ProjectedGeodata read() {
            try (InputStream in = ProjectedGeodata.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE.substring(1) + " is missing from the class path");
                }
                return ProjectedGeodataFile.read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE.substring(1), e);
            }
        }
    }
}
