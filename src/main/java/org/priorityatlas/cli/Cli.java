package org.priorityatlas.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * Dispatches {@code java -jar priority-atlas.jar COMMAND ...}. Commands are found with
 * {@link ServiceLoader} ({@code META-INF/services/org.priorityatlas.cli.Command}) so each feature
 * package registers its own without this class knowing it.
 */
public final class Cli {
    private Cli() {
    }

    private static Map<String, Command> commands() {
        Map<String, Command> byName = new LinkedHashMap<>();
        for (Command c : ServiceLoader.load(Command.class)) {
            byName.put(c.name(), c);
        }
        byName.put("help", null);
        return byName;
    }

    /**
     * Whether {@code word}, the first argument, is for the command line rather than the window: a command,
     * a request for help, or any other word (the window takes only options, so a bare word is a mistyped
     * command, told as such instead of opening the window).
     */
    public static boolean isCommand(String word) {
        return !word.startsWith("-") || "--help".equals(word) || "-h".equals(word);
    }

    public static int run(String[] args) {
        return run(Arrays.asList(args), System.out, System.err);
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        Map<String, Command> commands = commands();
        Command command = args.isEmpty() ? null : commands.get(args.get(0));
        if (command == null) {
            boolean help = !args.isEmpty() && List.of("help", "--help", "-h").contains(args.get(0));
            if (!help && !args.isEmpty()) {
                err.println("priority-atlas: unknown command '" + args.get(0) + "'");
            }
            printUsage(commands, help ? out : err);
            return help ? 0 : 2;
        }
        try {
            return command.run(List.copyOf(args.subList(1, args.size())), out, err);
        } catch (CommandException e) {
            err.println("priority-atlas " + command.name() + ": " + e.getMessage());
            return e.exitCode();
        }
    }

    private static void printUsage(Map<String, Command> commands, PrintStream out) {
        out.println("Usage: java -jar priority-atlas.jar [COMMAND] [OPTIONS]");
        out.println("With no command the atlas window opens (options: --region ID --sector ID --period P).");
        out.println();
        commands.values().stream().filter(c -> c != null)
                .forEach(c -> out.printf("  %-10s %s%n", c.name(), c.summary()));
    }
}
