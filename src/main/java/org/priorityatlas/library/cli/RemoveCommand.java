package org.priorityatlas.library.cli;

import org.priorityatlas.cli.CommandException;
import org.priorityatlas.cli.Options;
import org.priorityatlas.cli.UsageException;
import org.priorityatlas.library.LibraryException;
import org.priorityatlas.library.LibrarySnapshot;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

/** {@code remove ID}: takes a user document out of the library. */
public final class RemoveCommand extends LibraryCommand {
    @Override
    public String name() {
        return "remove";
    }

    @Override
    public String summary() {
        return "remove a document from your library: remove ID (see list)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws CommandException {
        Options options = Options.parse(args, Set.of(), Set.of());
        if (options.positional().size() != 1) {
            throw new UsageException("expected one document id");
        }
        String id = options.positional().get(0);
        try {
            LibrarySnapshot snapshot = library().remove(id);
            reportNotices(snapshot, err);
            out.printf("removed %s (%d documents left in your library)%n", id, snapshot.entries().size());
            return 0;
        } catch (LibraryException e) {
            throw new CommandException(e.getMessage());
        }
    }
}
