package org.priorityatlas.cli;

import org.priorityatlas.dataset.Dataset;
import org.priorityatlas.dataset.DatasetWriter;
import org.priorityatlas.dataset.IoReason;
import org.priorityatlas.extract.BuildResult;
import org.priorityatlas.extract.DatasetBuilder;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** {@code build --documents DIR --out FILE [--strict]}: documents in, dataset JSON out. */
public final class BuildCommand implements Command {
    @Override
    public String name() {
        return "build";
    }

    @Override
    public String summary() {
        return "build the dataset: build --documents DIR --out FILE [--strict]";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws CommandException {
        Options options = Options.parse(args, Set.of("documents", "out"), Set.of("strict"));
        if (!options.positional().isEmpty()) {
            throw new UsageException("unexpected argument " + options.positional().get(0));
        }
        Path documents = Path.of(options.required("documents"));
        Path target = Path.of(options.required("out"));
        if (!Files.isDirectory(documents)) {
            throw new CommandException("not a directory: " + documents);
        }
        BuildResult result;
        try {
            result = new DatasetBuilder().buildDirectory(documents);
        } catch (IOException e) {
            throw new CommandException("cannot read the documents in " + documents + ": " + IoReason.reading(e));
        }
        try {
            DatasetWriter.write(result.dataset(), target);
        } catch (IOException | UncheckedIOException e) {
            throw new CommandException("could not write " + target + ": " + IoReason.writing(e));
        }
        result.warnings().forEach(w -> err.println("warning: " + w));
        Dataset d = result.dataset();
        out.printf("built %d documents, %d sentences, %d claims → %s%n",
                d.documents().size(), d.sentences().size(), d.claims().size(), target);
        if (options.flag("strict") && !result.warnings().isEmpty()) {
            err.println("strict: " + result.warnings().size() + " warning(s)");
            return 1;
        }
        return 0;
    }
}
