package org.priorityatlas.extract;

import org.junit.jupiter.api.Test;
import org.priorityatlas.dataset.Claim;
import org.priorityatlas.dataset.Dataset;
import org.priorityatlas.dataset.Region;
import org.priorityatlas.dataset.Sentence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Micro precision and recall of (region, sector) pairs per document against hand-made gold in
 * {@code src/test/resources/gold/}. National (CN) claims are left out of the metric: they are the
 * catch-all for statements about unnamed regions, and the atlas is about attributing named ones.
 */
class GoldQualityTest {
    private static final Path GOLD = Path.of("src/test/resources/gold");
    private static final double MIN_RECALL = 0.95;
    private static final double MIN_PRECISION = 0.90;

    /** True positives, false positives and false negatives. */
    private record Score(int tp, int fp, int fn) {
        Score plus(Score o) {
            return new Score(tp + o.tp, fp + o.fp, fn + o.fn);
        }

        double precision() {
            return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
        }
    }

    @Test
    void seedsMeetTheBar() throws IOException {
        assertMeetsBar("seeds", Path.of("resources/documents"));
    }

    @Test
    void extraDocumentsMeetTheBar() throws IOException {
        assertMeetsBar("extra", Path.of("src/test/resources/extra-docs"));
    }

    private static void assertMeetsBar(String label, Path dir) throws IOException {
        BuildResult result = new DatasetBuilder().buildDirectory(dir);
        Map<String, Set<String>> predicted = pairsByDocument(result.dataset());
        Score total = new Score(0, 0, 0);
        StringBuilder report = new StringBuilder();
        for (var doc : result.dataset().documents()) {
            Set<String> gold = gold(doc.id());
            Set<String> got = predicted.getOrDefault(doc.id(), Set.of());
            Score s = score(gold, got);
            total = total.plus(s);
            report.append(String.format("%-24s P=%.3f R=%.3f  tp=%d fp=%d fn=%d  missed=%s wrong=%s%n", doc.id(),
                    s.precision(), s.recall(), s.tp, s.fp, s.fn, minus(gold, got), minus(got, gold)));
        }
        report.append(String.format("%s total: P=%.3f R=%.3f  tp=%d fp=%d fn=%d%n", label,
                total.precision(), total.recall(), total.tp, total.fp, total.fn));
        System.out.print(report);
        assertTrue(total.recall() >= MIN_RECALL && total.precision() >= MIN_PRECISION, report.toString());
    }

    private static Map<String, Set<String>> pairsByDocument(Dataset dataset) {
        Map<String, String> documentOf = new HashMap<>();
        for (Sentence s : dataset.sentences()) {
            documentOf.put(s.id(), s.document());
        }
        Map<String, Set<String>> pairs = new TreeMap<>();
        for (Claim c : dataset.claims()) {
            if (!Region.NATIONAL.equals(c.region())) {
                c.sentences().forEach(id -> pairs.computeIfAbsent(documentOf.get(id), k -> new TreeSet<>())
                        .add(c.region() + "/" + c.sector()));
            }
        }
        return pairs;
    }

    private static Set<String> gold(String documentId) throws IOException {
        Path file = GOLD.resolve(documentId + ".tsv");
        assertTrue(Files.exists(file), "no gold file for " + documentId);
        Set<String> pairs = new TreeSet<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] f = line.split("\t");
                pairs.add(f[0] + "/" + f[1]);
            }
        }
        return pairs;
    }

    private static Score score(Set<String> gold, Set<String> got) {
        int tp = (int) got.stream().filter(gold::contains).count();
        return new Score(tp, got.size() - tp, gold.size() - tp);
    }

    private static List<String> minus(Set<String> a, Set<String> b) {
        Set<String> d = new HashSet<>(a);
        d.removeAll(b);
        return new TreeSet<>(d).stream().toList();
    }
}
