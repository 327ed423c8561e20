package org.priorityatlas.library;

import org.priorityatlas.dataset.Claim;
import org.priorityatlas.dataset.Dataset;
import org.priorityatlas.dataset.Sentence;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * How much of a dataset one document accounts for, as lists show it.
 *
 * @param claims the claims that at least one of its sentences supports
 */
public record DocumentStats(int sentences, int claims) {
    public static final DocumentStats NONE = new DocumentStats(0, 0);

    /** Every document's figures, by id. */
    public static Map<String, DocumentStats> of(Dataset dataset) {
        Map<String, String> documentOf = new HashMap<>();
        Map<String, Integer> sentences = new HashMap<>();
        for (Sentence s : dataset.sentences()) {
            documentOf.put(s.id(), s.document());
            sentences.merge(s.document(), 1, Integer::sum);
        }
        Map<String, Integer> claims = new HashMap<>();
        for (Claim c : dataset.claims()) {
            Set<String> documents = new HashSet<>();
            c.sentences().forEach(id -> documents.add(documentOf.get(id)));
            documents.forEach(d -> claims.merge(d, 1, Integer::sum));
        }
        Map<String, DocumentStats> stats = new HashMap<>();
        dataset.documents().forEach(d -> stats.put(d.id(),
                new DocumentStats(sentences.getOrDefault(d.id(), 0), claims.getOrDefault(d.id(), 0))));
        return stats;
    }
}
