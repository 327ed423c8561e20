package org.priorityatlas.library.cli;

import org.priorityatlas.cli.CommandException;
import org.priorityatlas.cli.Options;
import org.priorityatlas.cli.UsageException;
import org.priorityatlas.dataset.DocumentInfo;
import org.priorityatlas.explore.Counted;
import org.priorityatlas.library.DocumentStats;
import org.priorityatlas.library.LibrarySnapshot;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code list}: every document the atlas uses, bundled or the user's, with its claim count. */
public final class ListCommand extends LibraryCommand {
    @Override
    public String name() {
        return "list";
    }

    @Override
    public String summary() {
        return "list the bundled documents and yours, with their claim counts";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws CommandException {
        Options options = Options.parse(args, Set.of(), Set.of());
        if (!options.positional().isEmpty()) {
            throw new UsageException("unexpected argument " + options.positional().get(0));
        }
        LibrarySnapshot snapshot = loadLibrary(err);
        print("bundled", bundled().documents(), DocumentStats.of(bundled()), out);
        print("user", snapshot.dataset().documents(), snapshot.stats(), out);
        out.printf("%d bundled, %d yours (library: %s)%n", bundled().documents().size(), snapshot.entries().size(),
                snapshot.root());
        return 0;
    }

    private static void print(String kind, List<DocumentInfo> documents, Map<String, DocumentStats> stats,
                              PrintStream out) {
        for (DocumentInfo d : documents) {
            DocumentStats s = stats.getOrDefault(d.id(), DocumentStats.NONE);
            out.printf("%-7s %-45s %10s  \"%s\" (%s)%n", kind, d.id(), Counted.of(s.claims(), "claim"), d.shortTitle(), d.citation());
        }
    }
}
