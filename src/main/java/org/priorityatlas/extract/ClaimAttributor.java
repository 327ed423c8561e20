package org.priorityatlas.extract;

import org.priorityatlas.dataset.Region;
import org.priorityatlas.dataset.Support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides which region each sector term in a document belongs to. Works one document at a time,
 * sentence by sentence, carrying only the previous body sentence's subject and sectors, so its cost
 * grows linearly with the text. Captions and page furniture are never read for claims.
 */
public final class ClaimAttributor {
    /** A region acting in a clause and how it was found. */
    private record Actor(String region, String via, String place) {
    }

    /** What the next sentence may refer back to. */
    private record Context(List<Actor> subjects, Set<String> sectors) {
        static final Context NONE = new Context(List.of(), Set.of());
    }

    /** The places and sector terms of one body sentence. */
    private record Facts(int index, int start, int end, List<Gazetteer.Mention> places, List<SectorLexicon.Term> terms) {
    }

    private final Gazetteer gazetteer;
    private final SectorLexicon lexicon;

    public ClaimAttributor(Gazetteer gazetteer, SectorLexicon lexicon) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
    }

    /**
     * @param spans the document's sentences; {@code kinds} gives each one's kind
     */
    public List<Attribution> attribute(String body, List<SentenceSegmenter.Span> spans, List<String> kinds) {
        List<Facts> facts = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            if (org.priorityatlas.dataset.Sentence.BODY.equals(kinds.get(i))) {
                SentenceSegmenter.Span s = spans.get(i);
                List<Gazetteer.Mention> places = PlaceFilter.actors(body, s.start(), gazetteer.find(body, s.start(), s.end()));
                facts.add(new Facts(i, s.start(), s.end(), places, lexicon.find(body, s.start(), s.end())));
            }
        }
        boolean beijingMeansCentral = onlyBeijingNamed(facts);
        List<Attribution> out = new ArrayList<>();
        Context context = Context.NONE;
        int previousIndex = -2;
        for (Facts f : facts) {
            Context carried = f.index() == previousIndex + 1 ? context : Context.NONE;
            context = new SentenceAttributor(body, f, beijingMeansCentral, carried, out).run();
            previousIndex = f.index();
        }
        return out;
    }

    /** A text whose only named region is Beijing uses "Beijing" for the central government. */
    private static boolean onlyBeijingNamed(List<Facts> facts) {
        Set<String> named = new LinkedHashSet<>();
        for (Facts f : facts) {
            for (Gazetteer.Mention m : f.places()) {
                named.addAll(m.place().regions());
            }
        }
        return named.equals(Set.of("CN-BJ"));
    }

    /** Attributes one sentence, clause by clause, and returns what the next sentence may refer to. */
    private record SentenceAttributor(String body, Facts f, boolean beijingMeansCentral, Context previous,
                                      List<Attribution> out) {
        Context run() {
            String text = body.substring(f.start(), f.end());
            boolean central = beijingMeansCentral || namesBeijing() && DiscourseCues.centralGovernment(text);
            List<ClauseSplitter.Aside> asides = ClauseSplitter.asides(body, f.start(), f.end(), f.places());
            List<Actor> clauseActors = null;
            List<Actor> subjects = new ArrayList<>();
            Set<String> sectors = new LinkedHashSet<>();
            for (ClauseSplitter.Range clause : ClauseSplitter.clauses(body, f.start(), f.end(), f.places())) {
                List<SectorLexicon.Term> terms = clauseTerms(clause, asides);
                List<Actor> own = actorsIn(clause, central);
                clauseActors = !own.isEmpty() ? own : clauseActors != null ? clauseActors : fallback(text, !terms.isEmpty());
                subjects.addAll(clauseActors);
                if (!terms.isEmpty() && !clauseActors.isEmpty()) {
                    emit(clauseActors, terms, withoutAsides(clause, asides));
                }
                terms.forEach(t -> sectors.add(t.sector()));
            }
            for (ClauseSplitter.Aside aside : asides) {
                ClauseSplitter.Range r = aside.range();
                emit(actorsOf(aside.owner(), central), termsIn(r, List.of()), body.substring(r.start(), r.end()));
            }
            subjects.removeIf(a -> Support.VIA_GROUPING.equals(a.via()) || Support.VIA_NATIONAL.equals(a.via()));
            Map<String, Actor> byRegion = new LinkedHashMap<>();
            subjects.forEach(a -> byRegion.putIfAbsent(a.region(), a));
            return new Context(List.copyOf(byRegion.values()), sectors);
        }

        private boolean namesBeijing() {
            return f.places().stream().anyMatch(m -> m.place().regions().contains("CN-BJ"));
        }

        /** The clause's sector terms or, failing those, the previous sentence's sectors it points back to. */
        private List<SectorLexicon.Term> clauseTerms(ClauseSplitter.Range clause, List<ClauseSplitter.Aside> asides) {
            List<SectorLexicon.Term> terms = termsIn(clause, asides);
            if (terms.isEmpty() && !previous.sectors().isEmpty()) {
                String pointer = DiscourseCues.backReference(body.subSequence(clause.start(), clause.end()));
                if (pointer != null) {
                    previous.sectors().forEach(s -> terms.add(new SectorLexicon.Term(clause.start(), clause.end(), pointer, s)));
                }
            }
            return terms;
        }

        private void emit(List<Actor> actors, List<SectorLexicon.Term> terms, String text) {
            if (actors.isEmpty() || terms.isEmpty()) {
                return;
            }
            boolean past = DiscourseCues.past(text);
            for (Actor a : actors) {
                for (SectorLexicon.Term t : terms) {
                    out.add(new Attribution(f.index(), a.region(), t.sector(), t.text(), a.via(), a.place(), past));
                }
            }
        }

        /** The clause's words without the asides about one of its places: their tense is their own. */
        private String withoutAsides(ClauseSplitter.Range clause, List<ClauseSplitter.Aside> asides) {
            StringBuilder text = new StringBuilder(body.substring(clause.start(), clause.end()));
            for (ClauseSplitter.Aside a : asides) {
                int from = Math.max(a.range().start(), clause.start()) - clause.start();
                int to = Math.min(a.range().end(), clause.end()) - clause.start();
                for (int i = from; i < to; i++) {
                    text.setCharAt(i, ' ');
                }
            }
            return text.toString();
        }

        private List<SectorLexicon.Term> termsIn(ClauseSplitter.Range range, List<ClauseSplitter.Aside> asides) {
            List<SectorLexicon.Term> terms = new ArrayList<>();
            for (SectorLexicon.Term t : f.terms()) {
                if (range.contains(t.start()) && asides.stream().noneMatch(a -> a.range().contains(t.start()))) {
                    terms.add(t);
                }
            }
            return terms;
        }

        private List<Actor> actorsIn(ClauseSplitter.Range clause, boolean central) {
            List<Actor> actors = new ArrayList<>();
            for (Gazetteer.Mention m : f.places()) {
                if (clause.contains(m.start())) {
                    actors.addAll(actorsOf(m, central));
                }
            }
            return actors;
        }

        private static List<Actor> actorsOf(Gazetteer.Mention m, boolean central) {
            List<Actor> actors = new ArrayList<>();
            for (String region : m.place().regions()) {
                boolean centralGovernment = central && "CN-BJ".equals(region) && Gazetteer.NAME.equals(m.place().kind())
                        && !m.text().contains("Municipal") && !m.text().endsWith("市");
                String via = centralGovernment ? Support.VIA_NATIONAL
                        : Gazetteer.GROUPING.equals(m.place().kind()) ? Support.VIA_GROUPING
                        : Gazetteer.CITY.equals(m.place().kind()) ? Support.VIA_CITY : Support.VIA_NAME;
                actors.add(new Actor(centralGovernment ? Region.NATIONAL : region, via, m.text()));
            }
            return actors;
        }

        /** A sentence naming no place: its subject is carried over, or it speaks of the nation. */
        private List<Actor> fallback(String text, boolean hasTerms) {
            List<Actor> subjects = previous.subjects();
            boolean carry = DiscourseCues.singularSubject(text) ? subjects.size() == 1
                    : DiscourseCues.pluralSubject(text) && !subjects.isEmpty();
            if (carry) {
                return subjects.stream().map(a -> new Actor(a.region(), Support.VIA_CARRIED, a.place())).toList();
            }
            if (hasTerms && DiscourseCues.national(text)) {
                return List.of(new Actor(Region.NATIONAL, Support.VIA_NATIONAL, "national"));
            }
            return List.of();
        }
    }
}
