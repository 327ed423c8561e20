package org.priorityatlas.library.cli;

import org.priorityatlas.cli.CommandException;
import org.priorityatlas.cli.Options;
import org.priorityatlas.cli.UsageException;
import org.priorityatlas.explore.Counted;
import org.priorityatlas.library.Library;
import org.priorityatlas.library.LibraryException;
import org.priorityatlas.library.Overrides;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** {@code add FILE [--title T --outlet O --date D --period P]}: copies a document into the library. */
public final class AddCommand extends LibraryCommand {
    @Override
    public String name() {
        return "add";
    }

    @Override
    public String summary() {
        return "add a document to your library: add FILE [--title T --outlet O --date D --period P]";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws CommandException {
        Options options = Options.parse(args, Set.of("title", "outlet", "date", "period"), Set.of());
        if (options.positional().size() != 1) {
            throw new UsageException("expected one document file");
        }
        Overrides overrides = new Overrides(options.value("title").orElse(null), options.value("outlet").orElse(null),
                options.value("date").orElse(null), options.value("period").orElse(null));
        try {
            Library.Added added = library().add(Path.of(options.positional().get(0)), overrides);
            reportNotices(added.snapshot(), err);
            added.warnings().forEach(w -> err.println("warning: " + w));
            out.printf("added %s \"%s\" (%s, %s)%n", added.entry().id(), added.entry().title(),
                    Counted.of(added.stats().sentences(), "sentence"), Counted.of(added.stats().claims(), "claim"));
            return 0;
        } catch (LibraryException e) {
            throw new CommandException(e.getMessage());
        }
    }
}
