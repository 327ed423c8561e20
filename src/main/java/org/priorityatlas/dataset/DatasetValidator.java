package org.priorityatlas.dataset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Checks a dataset against the contract; each problem is one line of text. */
public final class DatasetValidator {
    private static final Set<String> KINDS = Set.of(Sentence.BODY, Sentence.CAPTION, Sentence.BOILERPLATE);

    private final Taxonomy taxonomy;

    public DatasetValidator(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    /**
     * @param bodies a document's body by id, when available; offsets are checked against it
     */
    public List<String> validate(Dataset dataset, Function<String, Optional<String>> bodies) {
        List<String> problems = new ArrayList<>();
        if (dataset.schemaVersion() != Dataset.SCHEMA_VERSION) {
            problems.add("schemaVersion is " + dataset.schemaVersion() + ", expected " + Dataset.SCHEMA_VERSION);
        }
        Set<String> documents = unique(dataset.documents().stream().map(DocumentInfo::id).toList(), "document", problems);
        dataset.regions().stream().filter(r -> taxonomy.region(r.id()).isEmpty())
                .forEach(r -> problems.add("region " + r.id() + " is not in the taxonomy"));
        dataset.sectors().stream().filter(s -> taxonomy.sector(s.id()).isEmpty())
                .forEach(s -> problems.add("sector " + s.id() + " is not in the taxonomy"));
        Map<String, Sentence> sentences = checkSentences(dataset, documents, bodies, problems);
        checkClaims(dataset, sentences, problems);
        return problems;
    }

    private Map<String, Sentence> checkSentences(Dataset dataset, Set<String> documents,
                                                 Function<String, Optional<String>> bodies, List<String> problems) {
        Map<String, Sentence> byId = new HashMap<>();
        Map<String, Optional<String>> bodyCache = new HashMap<>();
        for (Sentence s : dataset.sentences()) {
            if (byId.put(s.id(), s) != null) {
                problems.add("sentence " + s.id() + " appears more than once");
            }
            if (!documents.contains(s.document())) {
                problems.add("sentence " + s.id() + " refers to unknown document " + s.document());
                continue;
            }
            if (!KINDS.contains(s.kind())) {
                problems.add("sentence " + s.id() + " has unknown kind " + s.kind());
            }
            Optional<String> body = bodyCache.computeIfAbsent(s.document(), bodies);
            body.ifPresent(b -> checkOffsets(s, b, problems));
        }
        return byId;
    }

    private static void checkOffsets(Sentence s, String body, List<String> problems) {
        if (s.start() < 0 || s.end() > body.length() || s.start() >= s.end()) {
            problems.add("sentence " + s.id() + " offsets " + s.start() + ".." + s.end() + " lie outside its document");
        } else if (!body.substring(s.start(), s.end()).equals(s.text())) {
            problems.add("sentence " + s.id() + " text does not match its document at " + s.start() + ".." + s.end());
        }
    }

    private void checkClaims(Dataset dataset, Map<String, Sentence> sentences, List<String> problems) {
        Set<String> regions = new HashSet<>();
        dataset.regions().forEach(r -> regions.add(r.id()));
        Set<String> pairs = new HashSet<>();
        for (Claim c : dataset.claims()) {
            String name = "claim " + c.region() + "/" + c.sector();
            if (!regions.contains(c.region()) || taxonomy.region(c.region()).isEmpty()) {
                problems.add(name + " names unknown region " + c.region());
            }
            if (taxonomy.sector(c.sector()).isEmpty()) {
                problems.add(name + " names unknown sector " + c.sector());
            }
            if (!pairs.add(c.region() + "/" + c.sector())) {
                problems.add(name + " is duplicated");
            }
            checkClaimSentences(c, name, sentences, problems);
        }
    }

    private static void checkClaimSentences(Claim c, String name, Map<String, Sentence> sentences, List<String> problems) {
        if (c.sentences().isEmpty()) {
            problems.add(name + " has no supporting sentence");
            return;
        }
        boolean bodySupport = false;
        for (String id : c.sentences()) {
            Sentence s = sentences.get(id);
            if (s == null) {
                problems.add(name + " cites unknown sentence " + id);
            } else {
                bodySupport |= s.isBody();
            }
        }
        if (!bodySupport && c.sentences().stream().allMatch(sentences::containsKey)) {
            problems.add(name + " is supported only by captions or page furniture");
        }
    }

    private static Set<String> unique(List<String> ids, String what, List<String> problems) {
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (id == null) {
                problems.add("a " + what + " has no id");
            } else if (!seen.add(id)) {
                problems.add(what + " " + id + " appears more than once");
            }
        }
        return seen;
    }
}
