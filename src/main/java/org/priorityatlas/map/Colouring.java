package org.priorityatlas.map;

import org.priorityatlas.dataset.Region;
import org.priorityatlas.dataset.Sector;
import org.priorityatlas.explore.AtlasIndex;
import org.priorityatlas.explore.ClaimView;
import org.priorityatlas.explore.Counted;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides every region's fill, the legend and the headline for a view. Pure and shared by the map window
 * and the exporters, so a saved picture is coloured exactly as the screen.
 */
public final class Colouring {
    private final Map<String, RegionFill> fills;
    private final List<LegendEntry> legend;
    private final String headline;

    private Colouring(Map<String, RegionFill> fills, List<LegendEntry> legend, String headline) {
        this.fills = Map.copyOf(fills);
        this.legend = List.copyOf(legend);
        this.headline = headline;
    }

    /** The colouring for a sector, or the overview when {@code sector} is empty. */
    public static Colouring of(AtlasIndex atlas, Optional<Sector> sector) {
        return sector.map(s -> sectorView(atlas, s)).orElseGet(() -> overview(atlas));
    }

    private static Colouring sectorView(AtlasIndex atlas, Sector sector) {
        Map<String, RegionFill> fills = new LinkedHashMap<>();
        for (Region r : atlas.regions()) {
            Optional<ClaimView> claim = atlas.claim(r.id(), sector.id());
            boolean noData = atlas.sectorCount(r.id()) == 0;
            String color = claim.map(c -> Palette.sectorFill(sector, c.strength()))
                    .orElse(noData ? Palette.NO_DATA : Palette.NEUTRAL);
            fills.put(r.id(), new RegionFill(color, noData && claim.isEmpty(), null, -1, claim.isPresent(),
                    atlas.sectorCount(r.id())));
        }
        int n = atlas.claimsFor(sector.id()).size();
        String evidence = "Strength of evidence";
        String other = "Other regions";
        List<LegendEntry> legend = List.of(
                new LegendEntry(evidence, Palette.sectorFill(sector, 3), false, "Several documents"),
                new LegendEntry(evidence, Palette.sectorFill(sector, 2), false, "Several sentences"),
                new LegendEntry(evidence, Palette.sectorFill(sector, 1), false, "One sentence"),
                new LegendEntry(other, Palette.NEUTRAL, false, "Other sectors only"),
                new LegendEntry(other, Palette.NO_DATA, true, "No data"));
        String headline = n + (n == 1 ? " region prioritises " : " regions prioritise ")
                + sector.name().en().toLowerCase(java.util.Locale.ROOT);
        return new Colouring(fills, legend, headline);
    }

    private static Colouring overview(AtlasIndex atlas) {
        int max = atlas.maxSectorCount();
        Map<String, RegionFill> fills = new LinkedHashMap<>();
        int named = 0;
        for (Region r : atlas.regions()) {
            int count = atlas.sectorCount(r.id());
            named += count > 0 ? 1 : 0;
            String chip = atlas.leadingFamily(r.id()).flatMap(Family::of).map(Family::color).orElse(null);
            fills.put(r.id(), new RegionFill(count == 0 ? Palette.NO_DATA : Palette.countFill(count, max),
                    count == 0, chip, count > 0 ? count : -1, count > 0, count));
        }
        List<LegendEntry> legend = new ArrayList<>();
        String counts = "Number of priority sectors";
        for (int c : countSteps(max)) {
            legend.add(new LegendEntry(counts, Palette.countFill(c, max), false, Counted.of(c, "sector")));
        }
        legend.add(new LegendEntry(counts, Palette.NO_DATA, true, "No data"));
        for (Family f : Family.values()) {
            legend.add(new LegendEntry("Dot: leading sector family", f.color(), false, f.english()));
        }
        String headline = named + (named == 1 ? " region names" : " regions name") + " priority sectors";
        return new Colouring(fills, legend, headline);
    }

    /** Up to five representative counts between 1 and max for the legend. */
    private static List<Integer> countSteps(int max) {
        List<Integer> steps = new ArrayList<>();
        int n = Math.min(max, 5);
        for (int i = 0; i < n; i++) {
            int c = n == 1 ? max : 1 + (int) Math.round(i * (max - 1) / (double) (n - 1));
            if (!steps.contains(c)) {
                steps.add(c);
            }
        }
        return steps;
    }

    public RegionFill fill(String regionId) {
        return fills.getOrDefault(regionId, new RegionFill(Palette.NO_DATA, true, null, -1, false, 0));
    }

    public Map<String, RegionFill> fills() {
        return fills;
    }

    public List<LegendEntry> legend() {
        return legend;
    }

    public String headline() {
        return headline;
    }
}
