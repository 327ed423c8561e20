package org.priorityatlas.extract;

import org.priorityatlas.dataset.Dataset;
import org.priorityatlas.dataset.DocumentInfo;
import org.priorityatlas.dataset.Sentence;
import org.priorityatlas.dataset.Taxonomy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Builds the atlas dataset from source documents. The same documents always give the same dataset. */
public final class DatasetBuilder {
    private final Taxonomy taxonomy;
    private final ClaimAttributor attributor;

    public DatasetBuilder() {
        this(Taxonomy.load(), new ClaimAttributor(Gazetteer.load(), SectorLexicon.load()));
    }

    public DatasetBuilder(Taxonomy taxonomy, ClaimAttributor attributor) {
        this.taxonomy = taxonomy;
        this.attributor = attributor;
    }

    /** Builds from documents already read; pure, so the app can rebuild when a user adds one. */
    public Dataset build(List<SourceDocument> documents) {
        List<SourceDocument> sorted = documents.stream().sorted(Comparator.comparing(SourceDocument::id)).toList();
        List<DocumentInfo> infos = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        ClaimCollector claims = new ClaimCollector();
        for (SourceDocument doc : sorted) {
            infos.add(info(doc));
            addDocument(doc, sentences, claims);
        }
        return new Dataset(Dataset.SCHEMA_VERSION, infos, taxonomy.regionsWithNational(), taxonomy.sectors(),
                sentences, claims.claims(taxonomy.regionsWithNational(), taxonomy.sectors()));
    }

    /** Reads every file of a directory; a file that cannot be read is skipped with a warning. */
    public BuildResult buildDirectory(Path dir) throws IOException {
        List<SourceDocument> documents = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Path file : files(dir)) {
            String name = file.getFileName().toString();
            try {
                SourceDocument doc = DocumentReader.read(file);
                doc.warnings().forEach(w -> warnings.add(name + ": " + w));
                if (ids.add(doc.id())) {
                    documents.add(doc);
                } else {
                    warnings.add(name + ": another file already has the id " + doc.id() + " (skipped)");
                }
            } catch (DocumentRejectedException e) {
                warnings.add(name + ": " + e.getMessage());
            }
        }
        return new BuildResult(build(documents), warnings);
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> listing = Files.list(dir)) {
            return listing.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        }
    }

    private void addDocument(SourceDocument doc, List<Sentence> sentences, ClaimCollector claims) {
        String body = doc.body();
        List<SentenceSegmenter.Span> spans = SentenceSegmenter.split(body);
        List<String> kinds = new ArrayList<>(spans.size());
        List<String> ids = new ArrayList<>(spans.size());
        int lineStart = -1;
        String lineKind = null;
        for (int i = 0; i < spans.size(); i++) {
            SentenceSegmenter.Span s = spans.get(i);
            String text = body.substring(s.start(), s.end());
            int start = body.lastIndexOf('\n', s.start() - 1) + 1;
            if (start != lineStart) {
                lineStart = start;
                lineKind = SentenceClassifier.lineKind(lineFrom(body, start));
            }
            String kind = SentenceClassifier.classify(lineKind, text);
            String id = doc.id() + "#" + i;
            kinds.add(kind);
            ids.add(id);
            sentences.add(new Sentence(id, doc.id(), s.start(), s.end(), text, kind));
        }
        for (Attribution a : attributor.attribute(body, spans, kinds)) {
            claims.add(ids.get(a.sentence()), a);
        }
    }

    private static String lineFrom(String body, int start) {
        int end = body.indexOf('\n', start);
        return body.substring(start, end < 0 ? body.length() : end).strip();
    }

    private static DocumentInfo info(SourceDocument doc) {
        return new DocumentInfo(doc.id(), doc.file(), doc.title(), doc.outlet(), doc.date(), doc.period(),
                doc.url(), doc.language(), doc.sha256());
    }
}
