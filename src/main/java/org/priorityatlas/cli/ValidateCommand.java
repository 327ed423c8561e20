package org.priorityatlas.cli;

import org.priorityatlas.dataset.Dataset;
import org.priorityatlas.dataset.DatasetFormatException;
import org.priorityatlas.dataset.DatasetReader;
import org.priorityatlas.dataset.DatasetValidator;
import org.priorityatlas.dataset.DocumentStore;
import org.priorityatlas.dataset.Taxonomy;
import org.priorityatlas.explore.Counted;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code validate FILE [--documents DIR]}: exit 0 only for a dataset that keeps the contract. Offsets
 * are checked against the documents in DIR, or the bundled documents when DIR is not given.
 */
public final class ValidateCommand implements Command {
    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String summary() {
        return "check a dataset file: validate FILE [--documents DIR]";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws CommandException {
        Options options = Options.parse(args, Set.of("documents"), Set.of());
        if (options.positional().size() != 1) {
            throw new UsageException("expected one dataset file");
        }
        Path file = Path.of(options.positional().get(0));
        if (!Files.isRegularFile(file)) {
            throw new CommandException("no such file: " + file);
        }
        Dataset dataset;
        try {
            dataset = DatasetReader.read(file);
        } catch (DatasetFormatException e) {
            err.println("problem: " + e.getMessage());
            return 1;
        }
        Optional<Path> dir = options.value("documents").map(Path::of);
        if (dir.isPresent() && !Files.isDirectory(dir.get())) {
            throw new CommandException("not a directory: " + dir.get());
        }
        DocumentStore store = dir.map(d -> DocumentStore.directory(dataset, d)).orElseGet(() -> DocumentStore.bundled(dataset));
        Set<String> unread = new TreeSet<>();
        List<String> problems = new DatasetValidator(Taxonomy.load()).validate(dataset, id -> {
            Optional<String> body = store.body(id);
            if (body.isEmpty()) {
                unread.add(id);
            }
            return body;
        });
        if (!unread.isEmpty()) {
            // Said, since "valid" would otherwise vouch for offsets nobody checked.
            err.println("note: offsets not checked for " + Counted.of(unread.size(), "document")
                    + " not found in " + dir.map(Path::toString).orElse("the bundled documents") + ": "
                    + String.join(", ", unread));
        }
        problems.forEach(p -> err.println("problem: " + p));
        if (!problems.isEmpty()) {
            err.println("invalid: " + problems.size() + " problem(s) in " + file);
            return 1;
        }
        out.printf("valid: %s — %d documents, %d sentences, %d claims%n",
                file, dataset.documents().size(), dataset.sentences().size(), dataset.claims().size());
        return 0;
    }
}
