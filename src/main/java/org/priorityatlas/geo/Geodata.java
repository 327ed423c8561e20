package org.priorityatlas.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.priorityatlas.dataset.LocalizedName;

/**
 * The bundled region outlines and basemap ({@code /geodata/*.geojson} on the class path), each file
 * parsed once on first use and cached. Thread-safe; the first call per file takes the parse time, so
 * call it off the FX thread at start-up.
 */
public final class Geodata {
    private static final String BASEMAP = "basemap.geojson";
    private static final Map<Detail, List<RegionFeature>> REGIONS = new EnumMap<>(Detail.class);
    private static List<BasemapFeature> basemap;

    private Geodata() {
    }

    /** The 34 regions in taxonomy order. */
    public static List<RegionFeature> regions(Detail detail) {
        synchronized (REGIONS) {
            return REGIONS.computeIfAbsent(detail, d -> parseRegions(read(d.fileName())));
        }
    }

    public static synchronized List<BasemapFeature> basemap() {
        if (basemap == null) {
            basemap = parseBasemap(read(BASEMAP));
        }
        return basemap;
    }

    /** Regions from a GeoJSON file of the geodata's format (the build tools read files, not the class path). */
    public static List<RegionFeature> readRegions(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return parseRegions(GeoJson.read(in));
        }
    }

    public static List<BasemapFeature> readBasemap(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return parseBasemap(GeoJson.read(in));
        }
    }

    private static List<BasemapFeature> parseBasemap(List<GeoJson.Feature> read) {
        List<BasemapFeature> features = new ArrayList<>();
        for (GeoJson.Feature f : read) {
            features.add(new BasemapFeature(f.string("name"), f.string("kind"), f.geometry()));
        }
        return List.copyOf(features);
    }

    /** A region at {@link Detail#HIGH} detail by id, e.g. {@code CN-GD}. */
    public static Optional<RegionFeature> region(String id) {
        return regions(Detail.HIGH).stream().filter(r -> r.id().equals(id)).findFirst();
    }

    private static List<RegionFeature> parseRegions(List<GeoJson.Feature> features) {
        List<RegionFeature> regions = new ArrayList<>(features.size());
        for (GeoJson.Feature f : features) {
            double[] label = f.numbers("label");
            regions.add(new RegionFeature(f.id(), f.string("code"),
                    new LocalizedName(f.string("name_en"), f.string("name_zh")), f.string("type"), f.geometry(),
                    new Coordinate(label[0], label[1]), f.number("label_radius")));
        }
        return List.copyOf(regions);
    }

    private static List<GeoJson.Feature> read(String fileName) {
        try (InputStream in = Geodata.class.getResourceAsStream("/geodata/" + fileName)) {
            if (in == null) {
                throw new IllegalStateException("geodata/" + fileName + " is missing from the class path");
            }
            return GeoJson.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read geodata/" + fileName, e);
        }
    }
}
