package org.priorityatlas.explore;

import org.priorityatlas.dataset.LocalizedName;
import org.priorityatlas.dataset.Region;
import org.priorityatlas.dataset.Sector;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds regions (English, pinyin or Chinese, with or without 省/市/Province), sectors (English,
 * Chinese or id) and sentences containing a word. Regions come first, then sectors, then sentences.
 */
public final class SearchIndex {
    private static final Pattern ENGLISH_SUFFIX = Pattern.compile("(province|municipality|autonomous region|sar)$");
    private static final int MAX_SENTENCE_HITS = 12;

    private final AtlasIndex atlas;

    public SearchIndex(AtlasIndex atlas) {
        this.atlas = atlas;
    }

    public List<SearchHit> search(String query) {
        String q = normalise(query);
        if (q.isEmpty()) {
            return List.of();
        }
        List<SearchHit> hits = new ArrayList<>();
        for (Region r : atlas.regions()) {
            if (matchesRegion(r, q)) {
                hits.add(new SearchHit(SearchHit.Kind.REGION, r.id(), null, r.name().en(), r.name().zh()));
            }
        }
        for (Sector s : atlas.sectors()) {
            if (contains(s.name().en(), q) || contains(s.name().zh(), q) || s.id().equals(q)) {
                hits.add(new SearchHit(SearchHit.Kind.SECTOR, null, s.id(), s.name().en(), s.name().zh()));
            }
        }
        if (q.length() >= 2 || hasCjk(q)) {
            hits.addAll(sentenceHits(q));
        }
        return List.copyOf(hits);
    }

    private List<SearchHit> sentenceHits(String q) {
        List<SearchHit> hits = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        List<ClaimView> claims = new ArrayList<>();
        atlas.regions().forEach(r -> claims.addAll(atlas.claimsOf(r.id())));
        for (ClaimView claim : claims) {
            for (Evidence e : claim.evidence()) {
                String text = e.sentence().text();
                if (hits.size() < MAX_SENTENCE_HITS && contains(text, q) && seen.add(claim.region().id() + e.sentence().id())) {
                    hits.add(new SearchHit(SearchHit.Kind.SENTENCE, claim.region().id(), claim.sector().id(),
                            claim.region().name().en() + " \u00B7 " + claim.sector().name().en(), excerpt(text, q)));
                }
            }
        }
        return hits;
    }

    private static boolean matchesRegion(Region r, String q) {
        String en = normalise(r.name().en());
        String zh = r.name().zh();
        String bare = stripSuffix(q);
        return en.startsWith(q) || stripSuffix(en).equals(bare) || en.replace(" ", "").startsWith(q.replace(" ", ""))
                || zh.startsWith(q) || stripSuffix(zh).equals(bare) || (bare.length() >= 2 && zh.startsWith(bare))
                || r.id().toLowerCase(Locale.ROOT).equals(q) || r.id().substring(3).toLowerCase(Locale.ROOT).equals(q);
    }

    /** One administrative suffix off the end, Chinese (省, 市, 自治区...) or English (province...). */
    private static String stripSuffix(String s) {
        String chinese = LocalizedName.shortChinese(s);
        return (chinese.equals(s) ? ENGLISH_SUFFIX.matcher(s).replaceAll("") : chinese).trim();
    }

    private static boolean contains(String text, String q) {
        return text.toLowerCase(Locale.ROOT).contains(q);
    }

    private static boolean hasCjk(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static String normalise(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /** About 90 characters of the sentence around the first match. */
    static String excerpt(String text, String q) {
        int at = text.toLowerCase(Locale.ROOT).indexOf(q);
        int from = Math.max(0, at - 40);
        int to = Math.min(text.length(), at + q.length() + 50);
        return (from > 0 ? "..." : "") + text.substring(from, to) + (to < text.length() ? "..." : "");
    }
}
