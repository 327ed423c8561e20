package org.priorityatlas.library.cli;

import org.priorityatlas.cli.Command;
import org.priorityatlas.cli.CommandException;
import org.priorityatlas.dataset.BundledDataset;
import org.priorityatlas.dataset.Dataset;
import org.priorityatlas.library.Library;
import org.priorityatlas.library.LibraryException;
import org.priorityatlas.library.LibraryPaths;
import org.priorityatlas.library.LibrarySnapshot;

import java.io.PrintStream;

/** What the library commands share: the bundled dataset and the user's library at its usual place. */
abstract class LibraryCommand implements Command {
    private Dataset bundled;

    Dataset bundled() throws CommandException {
        if (bundled == null) {
            try {
                bundled = BundledDataset.load();
            } catch (RuntimeException e) {
                throw new CommandException("the bundled dataset cannot be loaded: " + e.getMessage());
            }
        }
        return bundled;
    }

    Library library() throws CommandException {
        return new Library(LibraryPaths.defaultRoot(), bundled());
    }

    /** Reads the library; its repair notices go to stderr, so stdout stays clean for scripts. */
    LibrarySnapshot loadLibrary(PrintStream err) throws CommandException {
        LibrarySnapshot snapshot;
        try {
            snapshot = library().load();
        } catch (LibraryException e) {
            throw new CommandException(e.getMessage());
        }
        reportNotices(snapshot, err);
        return snapshot;
    }

    /** Repairs made while reading the library go to stderr, so stdout stays clean for scripts. */
    static void reportNotices(LibrarySnapshot snapshot, PrintStream err) {
        snapshot.notices().forEach(n -> err.println("note: " + n));
    }
}
