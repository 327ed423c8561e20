package org.priorityatlas.dataset;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The 34 regions, the national scope and the 17 sectors, read from the bundled {@code taxonomy.tsv}
 * (the shared spec's table extended with a family and a colour per sector).
 */
public final class Taxonomy {
    private static final String RESOURCE = "/taxonomy.tsv";

    private final List<Region> regions;
    private final Region national;
    private final List<Sector> sectors;
    private final Map<String, Region> regionsById;
    private final Map<String, Sector> sectorsById;

    private Taxonomy(List<Region> regions, Region national, List<Sector> sectors) {
        this.regions = List.copyOf(regions);
        this.national = national;
        this.sectors = List.copyOf(sectors);
        this.regionsById = regions.stream().collect(Collectors.toUnmodifiableMap(Region::id, Function.identity()));
        this.sectorsById = sectors.stream().collect(Collectors.toUnmodifiableMap(Sector::id, Function.identity()));
    }

    /** The bundled taxonomy. */
    public static Taxonomy load() {
        try (InputStream in = Taxonomy.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("taxonomy.tsv is missing from the class path");
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Taxonomy parse(InputStream in) throws IOException {
        List<Region> regions = new ArrayList<>();
        List<Sector> sectors = new ArrayList<>();
        Region national = null;
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            LocalizedName name = new LocalizedName(f[3], f[4]);
            switch (f[0]) {
                case "region" -> regions.add(new Region(f[1], f[2], name, f[5]));
                case "scope" -> national = new Region(f[1], f[2], name, "national");
                case "sector" -> sectors.add(new Sector(f[1], name, f[7], f[6]));
                default -> throw new IOException("unknown row kind in taxonomy: " + f[0]);
            }
        }
        return new Taxonomy(regions, national, sectors);
    }

    /** The 34 provincial-level regions, in GB/T 2260 order. */
    public List<Region> regions() {
        return regions;
    }

    /** The national scope {@code CN}. */
    public Region national() {
        return national;
    }

    /** The regions followed by the national scope, as listed in a dataset. */
    public List<Region> regionsWithNational() {
        List<Region> all = new ArrayList<>(regions);
        all.add(national);
        return List.copyOf(all);
    }

    public List<Sector> sectors() {
        return sectors;
    }

    public Optional<Region> region(String id) {
        return national.id().equals(id) ? Optional.of(national) : Optional.ofNullable(regionsById.get(id));
    }

    public Optional<Sector> sector(String id) {
        return Optional.ofNullable(sectorsById.get(id));
    }
}
