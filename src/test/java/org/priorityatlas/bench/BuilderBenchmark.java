package org.priorityatlas.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.priorityatlas.dataset.Dataset;
import org.priorityatlas.extract.DatasetBuilder;
import org.priorityatlas.extract.DocumentRejectedException;
import org.priorityatlas.extract.DocumentReader;
import org.priorityatlas.extract.SourceDocument;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Single-threaded throughput of {@link DatasetBuilder#build} on synthetic corpora of 100 and 1,000
 * documents made from the seeds, with region names rotated so each document differs. Run with
 * <pre>mvn -o -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.priorityatlas.bench.BuilderBenchmark</pre>
 * It runs in-process (no fork: under exec:java the JVM's class path is Maven's) and briefly; it
 * prints MB/s per corpus and the 1,000/100 time ratio (linear work gives about 10).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BuilderBenchmark {
    private static final List<String> REGIONS = List.of("Guangdong", "Zhejiang", "Shanghai", "Liaoning", "Anhui",
            "Hubei", "Sichuan", "Fujian", "Hainan", "Shandong", "Henan", "Hunan", "Jiangsu", "Shaanxi", "Yunnan");
    private static final Map<String, String> SECTOR_SWAPS = Map.of("semiconductor", "robotics",
            "artificial intelligence", "biomedicine", "new energy", "rare earth");

    @Param({"100", "1000"})
    public int documents;

    private List<SourceDocument> corpus;
    private final DatasetBuilder builder = new DatasetBuilder();

    @Setup
    public void setUp() throws IOException, DocumentRejectedException {
        corpus = synthesize(documents);
    }

    @Benchmark
    public Dataset build() {
        return builder.build(corpus);
    }

    static List<SourceDocument> synthesize(int count) throws IOException, DocumentRejectedException {
        List<SourceDocument> seeds = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("resources/documents"))) {
            for (Path f : files.sorted().toList()) {
                seeds.add(DocumentReader.read(f));
            }
        }
        List<SourceDocument> docs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            SourceDocument seed = seeds.get(i % seeds.size());
            String body = vary(seed.body(), i);
            String text = "title: synthetic " + i + "\n\n" + body;
            docs.add(DocumentReader.parse(String.format("syn-%05d.txt", i), text.getBytes(StandardCharsets.UTF_8)));
        }
        return docs;
    }

    /** Rotates region names and swaps a few sector words, deterministically by document number. */
    private static String vary(String body, int i) {
        String out = body;
        for (int r = 0; r < REGIONS.size(); r++) {
            out = out.replace(REGIONS.get(r), "\u0000" + r + "\u0000");
        }
        for (int r = 0; r < REGIONS.size(); r++) {
            out = out.replace("\u0000" + r + "\u0000", REGIONS.get((r + i) % REGIONS.size()));
        }
        if (i % 2 == 1) {
            for (Map.Entry<String, String> swap : SECTOR_SWAPS.entrySet()) {
                out = out.replace(swap.getKey(), swap.getValue());
            }
        }
        return out;
    }

    static long bytes(List<SourceDocument> docs) {
        return docs.stream().mapToLong(d -> d.body().getBytes(StandardCharsets.UTF_8).length).sum();
    }

    public static void main(String[] args) throws RunnerException, IOException, DocumentRejectedException {
        Options options = new OptionsBuilder().include(BuilderBenchmark.class.getSimpleName())
                .forks(0).threads(1).warmupIterations(3).warmupTime(TimeValue.seconds(2))
                .measurementIterations(5).measurementTime(TimeValue.seconds(2)).build();
        Collection<RunResult> results = new Runner(options).run();
        double ms100 = 0;
        double ms1000 = 0;
        for (RunResult r : results) {
            int n = Integer.parseInt(r.getParams().getParam("documents"));
            double ms = r.getPrimaryResult().getScore();
            double mb = bytes(synthesize(n)) / 1e6;
            System.out.printf("%5d documents: %.2f MB in %.1f ms = %.1f MB/s%n", n, mb, ms, mb / (ms / 1000));
            if (n == 100) {
                ms100 = ms;
            } else {
                ms1000 = ms;
            }
        }
        System.out.printf("time ratio 1000/100: %.2f%n", ms1000 / ms100);
    }
}
