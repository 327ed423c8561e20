package org.priorityatlas.library;

import org.priorityatlas.dataset.BundledDataset;

import java.nio.file.Path;

/**
 * Run in a child JVM by {@link KilledAddTest}: adds numbered articles to a library until killed, printing
 * each id only once its add has returned.
 */
public final class AddLoop {
    private AddLoop() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        int first = Integer.parseInt(args[1]);
        Library library = new Library(root, BundledDataset.load());
        for (int n = first; ; n++) {
            Path file = Articles.write(root.resolveSibling("inbox"), n + ".txt", Articles.numbered(n));
            String id = library.add(file, Overrides.NONE).entry().id();
            System.out.println("added " + id);
            System.out.flush();
        }
    }
}
