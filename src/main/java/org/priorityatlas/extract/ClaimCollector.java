package org.priorityatlas.extract;

import org.priorityatlas.dataset.Claim;
import org.priorityatlas.dataset.Region;
import org.priorityatlas.dataset.Sector;
import org.priorityatlas.dataset.Support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gathers attributions from all documents into one claim per (region, sector). Sentences arrive in
 * dataset order, so each claim lists its sentences in that order without sorting.
 */
final class ClaimCollector {
    /** Strongest first: a sentence that names a region outranks one that reaches it otherwise. */
    private static final List<String> VIA_RANK = List.of(Support.VIA_NAME, Support.VIA_CITY, Support.VIA_CARRIED,
            Support.VIA_GROUPING, Support.VIA_NATIONAL);

    private static final class Evidence {
        final Set<String> terms = new LinkedHashSet<>();
        String via;
        String place;
        boolean past = true;

        void add(Attribution a) {
            terms.add(a.term());
            if (via == null || VIA_RANK.indexOf(a.via()) < VIA_RANK.indexOf(via)) {
                via = a.via();
                place = a.place();
            }
            past &= a.past();
        }
    }

    /** (region, sector) → sentence id → evidence. */
    private final Map<String, Map<String, Evidence>> byPair = new LinkedHashMap<>();

    void add(String sentenceId, Attribution a) {
        byPair.computeIfAbsent(a.region() + "\t" + a.sector(), k -> new LinkedHashMap<>())
                .computeIfAbsent(sentenceId, k -> new Evidence()).add(a);
    }

    /** The claims in region order, then sector order, as the taxonomy lists them. */
    List<Claim> claims(List<Region> regions, List<Sector> sectors) {
        List<Claim> claims = new ArrayList<>();
        for (Region r : regions) {
            for (Sector s : sectors) {
                Map<String, Evidence> evidence = byPair.get(r.id() + "\t" + s.id());
                if (evidence != null) {
                    claims.add(claim(r.id(), s.id(), evidence));
                }
            }
        }
        return claims;
    }

    private static Claim claim(String region, String sector, Map<String, Evidence> evidence) {
        Set<String> matched = new LinkedHashSet<>();
        List<Support> support = new ArrayList<>();
        evidence.forEach((sentence, e) -> {
            matched.addAll(e.terms);
            support.add(new Support(sentence, List.copyOf(e.terms), e.via, e.place, e.past));
        });
        return new Claim(region, sector, List.copyOf(evidence.keySet()), List.copyOf(matched), support);
    }
}
