package org.priorityatlas.explore;

import org.priorityatlas.dataset.Claim;
import org.priorityatlas.dataset.Dataset;
import org.priorityatlas.dataset.DocumentInfo;
import org.priorityatlas.dataset.Region;
import org.priorityatlas.dataset.Sector;
import org.priorityatlas.dataset.Sentence;
import org.priorityatlas.dataset.Support;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The dataset indexed for the atlas: claims by region and by sector, filtered by period and document.
 * Immutable and free of JavaFX, so it can be built off the FX thread and shared by the map, the panel
 * and the exporters.
 */
public final class AtlasIndex {
    private final Dataset dataset;
    private final Filter filter;
    private final Map<String, Region> regions;
    private final Map<String, Sector> sectors;
    private final Map<String, Integer> sectorOrder = new HashMap<>();
    private final Map<String, List<ClaimView>> byRegion = new LinkedHashMap<>();
    private final Map<String, List<ClaimView>> bySector = new LinkedHashMap<>();

    private AtlasIndex(Dataset dataset, Filter filter) {
        this.dataset = dataset;
        this.filter = filter;
        this.regions = dataset.regions().stream().collect(Collectors.toMap(Region::id, Function.identity(),
                (a, b) -> a, LinkedHashMap::new));
        this.sectors = dataset.sectors().stream().collect(Collectors.toMap(Sector::id, Function.identity(),
                (a, b) -> a, LinkedHashMap::new));
        for (Sector s : dataset.sectors()) {
            sectorOrder.put(s.id(), sectorOrder.size());
        }
        index();
    }

    public static AtlasIndex of(Dataset dataset) {
        return new AtlasIndex(dataset, Filter.ALL);
    }

    /** The same dataset seen through another filter (cheap: claims are re-resolved, nothing is parsed). */
    public AtlasIndex withFilter(Filter newFilter) {
        return newFilter.equals(filter) ? this : new AtlasIndex(dataset, newFilter);
    }

    private void index() {
        Map<String, Sentence> sentences = dataset.sentences().stream()
                .collect(Collectors.toMap(Sentence::id, Function.identity(), (a, b) -> a));
        Map<String, DocumentInfo> documents = dataset.documents().stream()
                .filter(this::inView)
                .collect(Collectors.toMap(DocumentInfo::id, Function.identity()));
        for (Claim claim : dataset.claims()) {
            Region region = regions.get(claim.region());
            Sector sector = sectors.get(claim.sector());
            if (region == null || sector == null) {
                continue;
            }
            List<Evidence> evidence = resolve(claim, sentences, documents);
            if (evidence.stream().noneMatch(e -> e.sentence().isBody())) {
                continue; // a caption or page furniture is never the only support of a claim
            }
            ClaimView view = new ClaimView(region, sector, evidence, matchedIn(evidence, claim),
                    (int) evidence.stream().map(e -> e.document().id()).distinct().count());
            byRegion.computeIfAbsent(region.id(), k -> new ArrayList<>()).add(view);
            bySector.computeIfAbsent(sector.id(), k -> new ArrayList<>()).add(view);
        }
        Comparator<ClaimView> strongestFirst = Comparator.comparingInt(ClaimView::strength).reversed()
                .thenComparing(Comparator.comparingInt((ClaimView c) -> c.evidence().size()).reversed())
                .thenComparingInt(c -> sectorOrder.get(c.sector().id()));
        byRegion.values().forEach(list -> list.sort(strongestFirst));
        bySector.values().forEach(list -> list.sort(strongestFirst));
    }

    private static List<Evidence> resolve(Claim claim, Map<String, Sentence> sentences,
                                          Map<String, DocumentInfo> documents) {
        Map<String, Support> supportBySentence = new HashMap<>();
        claim.support().forEach(s -> supportBySentence.putIfAbsent(s.sentence(), s));
        List<Evidence> evidence = new ArrayList<>();
        for (String id : claim.sentences()) {
            Sentence sentence = sentences.get(id);
            DocumentInfo document = sentence == null ? null : documents.get(sentence.document());
            if (document != null) {
                evidence.add(new Evidence(sentence, document, supportBySentence.get(id)));
            }
        }
        return evidence;
    }

    private static List<String> matchedIn(List<Evidence> evidence, Claim claim) {
        Set<String> terms = new LinkedHashSet<>();
        for (Evidence e : evidence) {
            if (e.support() != null) {
                terms.addAll(e.support().terms());
            }
        }
        return terms.isEmpty() ? claim.matched() : List.copyOf(terms);
    }

    private boolean inView(DocumentInfo document) {
        boolean periodOk = filter.allPeriods() || filter.period().equals(document.period());
        boolean documentOk = filter.documents().isEmpty() || filter.documents().contains(document.id());
        return periodOk && documentOk;
    }

    public Filter filter() {
        return filter;
    }

    public Dataset dataset() {
        return dataset;
    }

    /** The provincial-level regions (without the national scope), in dataset order. */
    public List<Region> regions() {
        return regions.values().stream().filter(r -> !r.isNational()).toList();
    }

    public Optional<Region> region(String id) {
        return Optional.ofNullable(regions.get(id));
    }

    public List<Sector> sectors() {
        return List.copyOf(sectors.values());
    }

    public Optional<Sector> sector(String id) {
        return Optional.ofNullable(sectors.get(id));
    }

    /** The documents in view under the filter. */
    public List<DocumentInfo> documents() {
        return dataset.documents().stream().filter(this::inView).toList();
    }

    /** The distinct document periods of the whole dataset, in first-seen order. */
    public List<String> periods() {
        return dataset.documents().stream().map(DocumentInfo::period).distinct().toList();
    }

    /** A region's claims, strongest first. */
    public List<ClaimView> claimsOf(String regionId) {
        return byRegion.getOrDefault(regionId, List.of());
    }

    /** A sector's claims by provincial-level regions (not the national scope), strongest first. */
    public List<ClaimView> claimsFor(String sectorId) {
        return bySector.getOrDefault(sectorId, List.of()).stream().filter(c -> !c.region().isNational()).toList();
    }

    public Optional<ClaimView> claim(String regionId, String sectorId) {
        return claimsOf(regionId).stream().filter(c -> c.sector().id().equals(sectorId)).findFirst();
    }

    /** The national ({@code CN}) statements. */
    public List<ClaimView> nationalClaims() {
        return claimsOf(Region.NATIONAL);
    }

    /** Number of priority sectors per region under the filter. */
    public int sectorCount(String regionId) {
        return claimsOf(regionId).size();
    }

    /** The largest {@link #sectorCount} over the provincial-level regions. */
    public int maxSectorCount() {
        return regions().stream().mapToInt(r -> sectorCount(r.id())).max().orElse(0);
    }

    /** The family a region names most often (ties: stronger evidence, then taxonomy order). */
    public Optional<String> leadingFamily(String regionId) {
        Map<String, Integer> score = new LinkedHashMap<>();
        for (ClaimView c : claimsOf(regionId)) {
            score.merge(c.sector().family(), 10 + c.strength(), Integer::sum);
        }
        return score.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }

    /** Sectors ranked by how many regions chose them: the convergence (duplication) question. */
    public List<SectorCount> convergence() {
        return sectors.values().stream()
                .map(s -> new SectorCount(s, claimsFor(s.id()).size()))
                .sorted(Comparator.comparingInt(SectorCount::regions).reversed()
                        .thenComparingInt(c -> sectorOrder.get(c.sector().id())))
                .toList();
    }
}
