package org.priorityatlas.map;

import org.priorityatlas.dataset.Sector;
import org.priorityatlas.explore.AtlasIndex;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Every colouring of one atlas (the overview and one per sector), each computed once and kept. Switching
 * sectors then takes the colouring from here instead of working through the claims on the FX thread:
 * 0.2-0.4 ms a switch once the JIT has compiled {@link Colouring#of}, 0.6-7 ms in the first switches after
 * start-up (timed in the recolour benchmark), which {@link #computeAll} moves to a background thread.
 * Safe to share between threads: colourings are immutable and the map is concurrent.
 */
public final class Colourings {
    private static final String OVERVIEW = "";
    private final AtlasIndex atlas;
    private final ConcurrentMap<String, Colouring> byView = new ConcurrentHashMap<>();

    public Colourings(AtlasIndex atlas) {
        this.atlas = atlas;
    }

    /** The atlas these are the colourings of. */
    public AtlasIndex atlas() {
        return atlas;
    }

    /** The colouring for {@code sector}, or the overview when empty: kept, or computed now and kept. */
    public Colouring get(Optional<Sector> sector) {
        return byView.computeIfAbsent(sector.map(Sector::id).orElse(OVERVIEW), k -> Colouring.of(atlas, sector));
    }

    /** Computes every colouring not computed yet. */
    public void computeAll() {
        get(Optional.empty());
        atlas.sectors().forEach(s -> get(Optional.of(s)));
    }
}
