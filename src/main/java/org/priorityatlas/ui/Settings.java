package org.priorityatlas.ui;

import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The last view and window size, kept between runs with {@link Preferences}. The system property
 * {@code priorityatlas.prefs} names another node (tests use their own) or {@code none} to keep nothing.
 */
final class Settings {
    private final Preferences node;

    private Settings(Preferences node) {
        this.node = node;
    }

    static Settings open() {
        String name = System.getProperty("priorityatlas.prefs", "priority-atlas");
        return new Settings("none".equals(name) ? null : Preferences.userRoot().node("org/priorityatlas/" + name));
    }

    Optional<String> get(String key) {
        return node == null ? Optional.empty() : Optional.ofNullable(node.get(key, null)).filter(v -> !v.isEmpty());
    }

    double getDouble(String key, double fallback) {
        return node == null ? fallback : node.getDouble(key, fallback);
    }

    void put(String key, String value) {
        if (node != null) {
            node.put(key, value == null ? "" : value);
        }
    }

    void putDouble(String key, double value) {
        if (node != null) {
            node.putDouble(key, value);
        }
    }

    /** Writes the values to the backing store; a failure only costs the remembered view. */
    void flush() {
        if (node != null) {
            try {
                node.flush();
            } catch (BackingStoreException e) {
                System.err.println("priority-atlas: could not save the view: " + e.getMessage());
            }
        }
    }

    void clear() {
        if (node != null) {
            try {
                node.clear();
                node.flush();
            } catch (BackingStoreException e) {
                System.err.println("priority-atlas: could not clear saved settings: " + e.getMessage());
            }
        }
    }
}
