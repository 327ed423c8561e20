package org.priorityatlas.library;

import org.priorityatlas.dataset.Claim;
import org.priorityatlas.dataset.Dataset;
import org.priorityatlas.dataset.DocumentInfo;
import org.priorityatlas.dataset.Region;
import org.priorityatlas.dataset.Sector;
import org.priorityatlas.dataset.Support;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The atlas the app shows: the bundled dataset plus the user's. The bundled file stays as shipped; the
 * merge is deterministic (bundled first, then the user's, each in its own order) so the same library
 * always gives the same atlas. User document ids carry a prefix, so the two never share an id; a user
 * document that somehow does is left out rather than shadowing a bundled one.
 */
public final class DatasetMerger {
    private DatasetMerger() {
    }

    public static Dataset merge(Dataset bundled, Dataset user) {
        Set<String> bundledIds = new HashSet<>();
        bundled.documents().forEach(d -> bundledIds.add(d.id()));
        List<DocumentInfo> documents = new ArrayList<>(bundled.documents());
        user.documents().stream().filter(d -> !bundledIds.contains(d.id())).forEach(documents::add);
        var sentences = new ArrayList<>(bundled.sentences());
        user.sentences().stream().filter(s -> !bundledIds.contains(s.document())).forEach(sentences::add);
        Set<String> kept = new HashSet<>();
        sentences.forEach(s -> kept.add(s.id()));
        List<Region> regions = union(bundled.regions(), user.regions(), Region::id);
        List<Sector> sectors = union(bundled.sectors(), user.sectors(), Sector::id);
        return new Dataset(Dataset.SCHEMA_VERSION, documents, regions, sectors, sentences,
                claims(bundled.claims(), user.claims(), regions, sectors, kept));
    }

    /** One claim per (region, sector), in region then sector order like the builder's. */
    private static List<Claim> claims(List<Claim> bundled, List<Claim> user, List<Region> regions,
                                      List<Sector> sectors, Set<String> sentences) {
        Map<String, Claim> byPair = new LinkedHashMap<>();
        for (Claim claim : concat(bundled, user)) {
            Claim own = keepOnly(claim, sentences);
            if (own != null) {
                byPair.merge(claim.region() + "\t" + claim.sector(), own, DatasetMerger::combine);
            }
        }
        List<Claim> claims = new ArrayList<>();
        for (Region r : regions) {
            for (Sector s : sectors) {
                Claim c = byPair.get(r.id() + "\t" + s.id());
                if (c != null) {
                    claims.add(c);
                }
            }
        }
        return claims;
    }

    private static Claim keepOnly(Claim claim, Set<String> sentences) {
        List<String> ids = claim.sentences().stream().filter(sentences::contains).toList();
        if (ids.isEmpty()) {
            return null;
        }
        List<Support> support = claim.support().stream().filter(s -> sentences.contains(s.sentence())).toList();
        return ids.size() == claim.sentences().size() ? claim
                : new Claim(claim.region(), claim.sector(), ids, claim.matched(), support);
    }

    private static Claim combine(Claim first, Claim second) {
        Set<String> matched = new LinkedHashSet<>(first.matched());
        matched.addAll(second.matched());
        return new Claim(first.region(), first.sector(), concat(first.sentences(), second.sentences()),
                List.copyOf(matched), concat(first.support(), second.support()));
    }

    private static <T> List<T> union(List<T> first, List<T> second, Function<T, String> id) {
        Map<String, T> byId = new LinkedHashMap<>();
        concat(first, second).forEach(t -> byId.putIfAbsent(id.apply(t), t));
        return List.copyOf(byId.values());
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        List<T> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
