package org.priorityatlas.explore;

import org.priorityatlas.dataset.Claim;
import org.priorityatlas.dataset.Dataset;
import org.priorityatlas.dataset.DocumentInfo;
import org.priorityatlas.dataset.Sentence;
import org.priorityatlas.dataset.Support;
import org.priorityatlas.dataset.Taxonomy;

import java.util.List;

/** A small hand-made dataset: two documents of different periods, a caption, a grouping-only claim. */
final class SampleData {
    private SampleData() {
    }

    static Dataset dataset() {
        Taxonomy t = Taxonomy.load();
        List<DocumentInfo> docs = List.of(
                new DocumentInfo("a", "a.txt", "Plans for 2026-2030", "CGTN", "2025-12-29", "15th-fyp", null, "en", "x"),
                new DocumentInfo("b", "b.txt", "Work reports", "Xinhua", "2025-01-27", "2025-work-report", null, "en", "y"));
        List<Sentence> sentences = List.of(
                new Sentence("a#0", "a", 0, 40, "Guangdong will develop chips and AI.", Sentence.BODY),
                new Sentence("a#1", "a", 41, 80, "Guangdong also backs humanoid robots.", Sentence.BODY),
                new Sentence("b#0", "b", 0, 45, "Guangdong and Shanghai boost chip output.", Sentence.BODY),
                new Sentence("b#1", "b", 46, 90, "The Pearl River Delta leads in NEVs.", Sentence.BODY),
                new Sentence("b#2", "b", 91, 120, "A robot line in Hefei. [Photo]", Sentence.CAPTION));
        List<Claim> claims = List.of(
                claim("CN-GD", "semiconductors", List.of("a#0", "b#0"), "chips", "name"),
                claim("CN-GD", "ai", List.of("a#0"), "AI", "name"),
                claim("CN-GD", "robotics", List.of("a#1"), "humanoid robots", "carried"),
                claim("CN-SH", "semiconductors", List.of("b#0"), "chip", "name"),
                claim("CN-GD", "nev", List.of("b#1"), "NEVs", "grouping"),
                claim("CN-AH", "robotics", List.of("b#2"), "robot", "city"));
        return new Dataset(1, docs, t.regionsWithNational(), t.sectors(), sentences, claims);
    }

    private static Claim claim(String region, String sector, List<String> ids, String term, String via) {
        List<Support> support = ids.stream().map(id -> new Support(id, List.of(term), via,
                "grouping".equals(via) ? "Pearl River Delta" : region, false)).toList();
        return new Claim(region, sector, ids, List.of(term), support);
    }
}
