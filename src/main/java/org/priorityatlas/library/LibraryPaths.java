package org.priorityatlas.library;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the user's library lives: {@code $XDG_DATA_HOME/priority-atlas} (else
 * {@code ~/.local/share/priority-atlas}) on Linux, {@code %APPDATA%\priority-atlas} on Windows and
 * {@code ~/Library/Application Support/priority-atlas} on macOS. The system property
 * {@code priorityatlas.library} overrides it (tests and portable installs).
 */
public final class LibraryPaths {
    static final String APP = "priority-atlas";

    private LibraryPaths() {
    }

    public static Path defaultRoot() {
        return root(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home", "."),
                System.getProperty("priorityatlas.library"));
    }

    /** The user's document copies. */
    static Path documents(Path root) {
        return root.resolve("documents");
    }

    /** The index of the user's documents. */
    static Path index(Path root) {
        return root.resolve("library.json");
    }

    /** The dataset built from the user's documents alone. */
    static Path dataset(Path root) {
        return root.resolve("user-dataset.json");
    }

    static Path root(String osName, Map<String, String> env, String home, String override) {
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return appData != null ? Path.of(appData, APP) : Path.of(home, "AppData", "Roaming", APP);
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", APP);
        }
        String xdg = env.get("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, APP) : Path.of(home, ".local", "share", APP);
    }
}
