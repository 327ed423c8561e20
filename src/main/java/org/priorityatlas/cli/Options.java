package org.priorityatlas.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A parsed command line: {@code --key value} options, {@code --flag} switches and positional words.
 * Unknown options are a usage error, so a typo never silently changes what a command does.
 */
public final class Options {
    private final Map<String, String> values;
    private final List<String> positional;
    private final Set<String> presentFlags;

    private Options(Map<String, String> values, Set<String> presentFlags, List<String> positional) {
        this.values = Map.copyOf(values);
        this.presentFlags = Set.copyOf(presentFlags);
        this.positional = List.copyOf(positional);
    }

    /**
     * @param valued the options that take a value, without dashes ({@code "out"})
     * @param flags  the switches that take none ({@code "strict"})
     */
    public static Options parse(List<String> args, Set<String> valued, Set<String> flags) throws UsageException {
        Map<String, String> values = new HashMap<>();
        Set<String> present = new java.util.HashSet<>();
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--") || arg.length() == 2) {
                positional.add(arg);
                continue;
            }
            String key = arg.substring(2);
            String inline = null;
            int eq = key.indexOf('=');
            if (eq >= 0) {
                inline = key.substring(eq + 1);
                key = key.substring(0, eq);
            }
            if (flags.contains(key) && inline == null) {
                present.add(key);
            } else if (valued.contains(key)) {
                if (inline == null && (i + 1 >= args.size() || args.get(i + 1).startsWith("--"))) {
                    throw new UsageException("--" + key + " needs a value");
                }
                values.put(key, inline != null ? inline : args.get(++i));
            } else {
                throw new UsageException("unknown option --" + key);
            }
        }
        return new Options(values, present, positional);
    }

    public Optional<String> value(String key) {
        return Optional.ofNullable(values.get(key));
    }

    public String required(String key) throws UsageException {
        return value(key).orElseThrow(() -> new UsageException("--" + key + " is required"));
    }

    public int intValue(String key, int fallback) throws UsageException {
        String v = values.get(key);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new UsageException("--" + key + " must be a whole number, not '" + v + "'");
        }
    }

    public boolean flag(String key) {
        return presentFlags.contains(key);
    }

    public List<String> positional() {
        return positional;
    }
}
