package org.priorityatlas.library;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.priorityatlas.dataset.Dataset;
import org.priorityatlas.dataset.DatasetReader;
import org.priorityatlas.dataset.DatasetValidator;
import org.priorityatlas.dataset.Taxonomy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A child JVM adding documents in a loop is killed (SIGKILL) at several moments; each time the library
 * still loads, with every document whose add completed, a valid index and a dataset that matches.
 */
class KilledAddTest {
    @TempDir
    Path tmp;

    @Test
    void aKillDuringAddNeverLosesACompletedDocument() throws Exception {
        Path root = tmp.resolve("lib");
        Set<String> completed = new HashSet<>();
        int next = 0;
        for (long delay : new long[]{1700, 2300, 2600, 3100}) {
            completed.addAll(runAndKill(root, next, delay));
            next += 1000;
            LibrarySnapshot snapshot = new Library(root, LibraryTest.BUNDLED).load();
            Set<String> present = new HashSet<>(snapshot.entries().stream().map(LibraryEntry::id).toList());
            assertTrue(present.containsAll(completed), "lost: " + completed + " vs " + present);
            assertEquals(present.size(), LibraryIndex.read(root.resolve("library.json")).documents().size());
            Dataset dataset = DatasetReader.read(root.resolve("user-dataset.json"));
            assertEquals(present, new HashSet<>(dataset.documents().stream().map(d -> d.id()).toList()));
            assertEquals(List.of(), new DatasetValidator(Taxonomy.load()).validate(dataset, snapshot.documents()::body));
        }
        assertTrue(completed.size() >= 2, "the child added documents before being killed: " + completed);
    }

    private static List<String> runAndKill(Path root, int first, long delayMillis) throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), AddLoop.class.getName(), root.toString(),
                Integer.toString(first)).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> added = new ArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    if (line.startsWith("added ")) {
                        synchronized (added) {
                            added.add(line.substring(6));
                        }
                    }
                }
            } catch (java.io.IOException e) {
                // the pipe closes when the child is killed
            }
        });
        reader.start();
        Thread.sleep(delayMillis);
        child.destroyForcibly();
        child.waitFor(10, TimeUnit.SECONDS);
        reader.join(5000);
        synchronized (added) {
            return List.copyOf(added);
        }
    }
}
